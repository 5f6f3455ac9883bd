import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/format';
import { usePageTitle } from '../ui/page';

export function Component() {
  const t = useT();
  usePageTitle(t('common.notFound.title'));
  return (
    <Stack align="center" ta="center" py="xl">
      <Title order={1}>{t('common.notFound.title')}</Title>
      <Text c="dimmed">{t('common.notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('common.backHome')}
      </Button>
    </Stack>
  );
}
