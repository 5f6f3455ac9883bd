import { Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n/format';

/** The foot of a cursor-paged list: how many are shown, and "Show more" while the API has a next page. */
export function LoadMoreFooter({
  shown,
  hasMore,
  loading,
  onMore,
}: {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const t = useT();
  if (shown === 0) return null;
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.count.results', { count: shown })}
      </Text>
      {hasMore && (
        <Button variant="light" onClick={onMore} loading={loading}>
          {t('common.loadMore')}
        </Button>
      )}
    </Group>
  );
}
