import { Anchor, Card, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconBuilding, IconMapPin, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  RESOURCE_KINDS,
  RESOURCE_STATUSES,
  RESOURCE_STATUS_COLOR,
  RESOURCE_UNITS,
  useResources,
} from '../../features/resources/resources';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useUrlFilters } from '../../ui/url-query-state';
import { WholeBadge } from '../../ui/whole-badge';

/**
 * The shared catalogue across the network (the API decides what this tenant sees): each resource with
 * its kind, host institute, capacity per period and unit; kind, unit, status and words in the URL.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const [filters, setFilters] = useUrlFilters(['kind', 'unit', 'status', 'q'] as const);
  const kind = RESOURCE_KINDS.find((k) => k === filters.kind);
  const unit = RESOURCE_UNITS.find((u) => u === filters.unit);
  const status = RESOURCE_STATUSES.find((s) => s === filters.status);
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => {
    const id = setTimeout(() => {
      const q = text.trim();
      if (q !== (filters.q ?? '')) setFilters({ q: q || undefined });
    }, 300);
    return () => clearTimeout(id);
  }, [text, filters.q, setFilters]);
  const list = useResources({ kind, unit, status, q: filters.q });
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader
        title={t('resources.list.title')}
        subtitle={t('resources.list.subtitle')}
        actions={
          <Anchor component={Link} to="/allocations" fw={600}>
            {t('resources.list.myAllocations')}
          </Anchor>
        }
      />
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('resources.list.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('resources.field.kind')}
          data={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`resources.kind.${k}`) }))}
          value={kind ?? null}
          onChange={(v) => setFilters({ kind: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={200}
        />
        <Select
          label={t('resources.field.unit')}
          data={RESOURCE_UNITS.map((u) => ({ value: u, label: t(`resources.unitName.${u}`) }))}
          value={unit ?? null}
          onChange={(v) => setFilters({ unit: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={180}
        />
        <Select
          label={t('resources.field.status')}
          data={RESOURCE_STATUSES.map((s) => ({ value: s, label: t(`resources.status.${s}`) }))}
          value={status ?? null}
          onChange={(v) => setFilters({ status: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={180}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={t('resources.list.empty')}>
            {kind || unit || status || filters.q ? t('resources.list.emptyFiltered') : undefined}
          </EmptyState>
        </Paper>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {items.map((r) => (
              <Card key={r.id} withBorder radius="md" padding="lg" data-testid="resource" data-id={r.id}>
                <Stack gap="xs" h="100%">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <WholeBadge variant="light" color="indigo">
                      {t(`resources.kind.${r.kind}`)}
                    </WholeBadge>
                    <WholeBadge variant="dot" color={RESOURCE_STATUS_COLOR[r.status] ?? 'gray'}>
                      {t(`resources.status.${r.status}`)}
                    </WholeBadge>
                  </Group>
                  <Anchor component={Link} to={`/resources/${r.id}`} fw={700} size="lg">
                    {r.name}
                  </Anchor>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {r.description}
                  </Text>
                  <Group gap={6} mt="auto" wrap="nowrap">
                    <IconBuilding size={16} aria-hidden />
                    <Text size="sm">{r.ownerName}</Text>
                  </Group>
                  <Group justify="space-between">
                    <Group gap={6}>
                      <IconMapPin size={16} aria-hidden />
                      <Text size="sm" style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>
                        {r.regionCode}
                      </Text>
                    </Group>
                    <Text size="sm" fw={600}>
                      {t('resources.capacityPer', {
                        amount: f.number(r.capacity),
                        unit: t(`resources.unitName.${r.unit}`),
                        period: t(`resources.period.${r.period}`),
                      })}
                    </Text>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <LoadMoreFooter
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}
