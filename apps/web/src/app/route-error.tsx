import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/format';

/** A page that failed to load or render: says so in the reader's language, with a way on. */
export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  // A new deployment replaced the chunk this page asked for: a reload fetches the current ones.
  const staleChunk =
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script|error loading/i.test(error.message);
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" maw={480} ta="center">
        <Title order={1}>{t('common.error.title')}</Title>
        <Text c="dimmed">{staleChunk ? t('common.error.newVersion') : t('common.error.body')}</Text>
        {staleChunk ? (
          <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
        ) : (
          <Button component="a" href="/">
            {t('common.backHome')}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
