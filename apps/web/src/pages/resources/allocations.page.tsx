import { Anchor, Group, Paper, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCan, useMe } from '../../features/identity/me';
import {
  ALLOCATION_STATUSES,
  ALLOCATION_STATUS_COLOR,
  useAllocations,
  type AllocationView,
} from '../../features/resources/resources';
import { UsageBar } from '../../features/resources/usage-bar';
import { today } from '../../features/resources/week';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useUrlFilters } from '../../ui/url-query-state';
import { WholeBadge } from '../../ui/whole-badge';

const DAY = 86_400_000;

/**
 * The tenant's allocations (requested by it; on its own resources with `?view=incoming`; Root's views
 * for Root), each with its usage against the approved quota, its status and when it ends.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters(['view', 'status'] as const);
  const root = me.data?.current.tenant.kind === 'root';
  const views: AllocationView[] = [
    'mine',
    ...(can('resources.manage') ? (['incoming'] as const) : []),
    ...(root ? (['awaiting-root', 'all'] as const) : []),
  ];
  const view = views.find((v) => v === filters.view) ?? 'mine';
  const status = ALLOCATION_STATUSES.find((s) => s === filters.status);
  const list = useAllocations({ view, status });
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const now = today();

  const expiry = (endsOn: string, live: boolean) => {
    const days = Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${now}T00:00:00Z`)) / DAY);
    if (!live) return null;
    if (days < 0)
      return (
        <Text size="xs" c="dimmed">
          {t('resources.alloc.ended')}
        </Text>
      );
    return (
      <Text size="xs" c={days <= 7 ? 'red.9' : 'dimmed'} fw={days <= 7 ? 600 : undefined}>
        {t('resources.alloc.endsIn', { count: days })}
      </Text>
    );
  };

  return (
    <>
      <PageHeader
        title={t('resources.allocations.title')}
        subtitle={t('resources.allocations.subtitle')}
        actions={
          <Anchor component={Link} to="/resources" fw={600}>
            {t('resources.allocations.catalogue')}
          </Anchor>
        }
      />
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        {views.length > 1 && (
          <SegmentedControl
            aria-label={t('resources.allocations.view')}
            value={view}
            onChange={(v) => setFilters({ view: v === 'mine' ? undefined : v })}
            data={views.map((v) => ({ value: v, label: t(`resources.allocations.view.${v}`) }))}
          />
        )}
        <Select
          label={t('resources.field.status')}
          data={ALLOCATION_STATUSES.map((s) => ({ value: s, label: t(`resources.allocStatus.${s}`) }))}
          value={status ?? null}
          onChange={(v) => setFilters({ status: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={220}
        />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={t('resources.allocations.empty')}>
            {status ? t('resources.list.emptyFiltered') : t('resources.allocations.emptyHint')}
          </EmptyState>
        </Paper>
      ) : (
        <>
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="sm" horizontalSpacing="md" miw={860} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('resources.alloc.resource')}</Table.Th>
                  <Table.Th scope="col">
                    {view === 'mine' ? t('resources.alloc.host') : t('resources.alloc.requester')}
                  </Table.Th>
                  <Table.Th scope="col">{t('resources.alloc.usage')}</Table.Th>
                  <Table.Th scope="col">{t('resources.field.status')}</Table.Th>
                  <Table.Th scope="col">{t('resources.alloc.until')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.id} data-testid="allocation" data-id={a.id} data-status={a.status}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/allocations/${a.id}`} fw={600}>
                        {a.resourceName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('resources.alloc.requestedOn', { date: f.date(a.createdAt) })}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{view === 'mine' ? a.ownerName : a.requesterName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <UsageBar allocation={a} />
                    </Table.Td>
                    <Table.Td>
                      <WholeBadge variant="light" color={ALLOCATION_STATUS_COLOR[a.status] ?? 'gray'}>
                        {t(`resources.allocStatus.${a.status}`)}
                      </WholeBadge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.date(a.endsOn)}</Text>
                      {expiry(a.endsOn, a.status === 'active' || a.status === 'approved')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
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
