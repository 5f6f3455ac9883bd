import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconPlus, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { WholeBadge } from '../../ui/whole-badge';
import { Link } from 'react-router';
import { NewConventionModal } from '../../features/conventions/convention-drafting';
import { useCan, useMe } from '../../features/identity/me';
import {
  CONVENTION_STATUSES,
  CONVENTION_TYPES,
  STATUS_COLOR,
  useConventions,
  type ConventionView,
} from '../../features/conventions/conventions';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useUrlFilters } from '../../ui/url-query-state';

/**
 * The conventions the tenant owns or is a party to, those awaiting this person's signature, and for Root
 * the whole network's; filtered by status and type (in the URL), newest first.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const [filters, setFilters] = useUrlFilters(['view', 'status', 'type'] as const);
  const root = me.data?.current.tenant.kind === 'root';
  const view: ConventionView =
    filters.view === 'awaiting-my-signature' ? filters.view : filters.view === 'all' && root ? 'all' : 'mine';
  const status = CONVENTION_STATUSES.find((s) => s === filters.status);
  const type = CONVENTION_TYPES.find((s) => s === filters.type);
  const list = useConventions({ view, status, type });
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  // What waits for this person's signature comes first, whatever the view below shows.
  const awaiting = useConventions({ view: 'awaiting-my-signature' });
  const toSign = view === 'mine' ? (awaiting.data?.pages.flatMap((p) => p.data) ?? []) : [];
  const can = useCan();
  const drafter = can('conventions.manage') && me.data?.current.tenant.kind !== 'partner';
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('conventions.list.title')}
        subtitle={t('conventions.list.subtitle')}
        actions={
          drafter && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('conventions.new.open')}
            </Button>
          )
        }
      />
      {drafter && <NewConventionModal opened={creating} onClose={() => setCreating(false)} />}
      {toSign.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          mb="md"
          icon={<IconSignature aria-hidden />}
          title={t('conventions.list.awaitingFirst')}
          data-testid="awaiting-signature"
        >
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {toSign.map((c) => (
              <li key={c.id}>
                <Anchor component={Link} to={`/conventions/${c.id}`} fw={600}>
                  {c.title}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{c.reference}</span>
                  {c.nextDeadline ? ` · ${f.date(c.nextDeadline.date)}` : ''}
                </Text>
              </li>
            ))}
          </Stack>
        </Alert>
      )}
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('conventions.list.view')}
          value={view}
          onChange={(v) => setFilters({ view: v === 'mine' ? undefined : v })}
          data={[
            { value: 'mine', label: t('conventions.list.view.mine') },
            { value: 'awaiting-my-signature', label: t('conventions.list.view.awaiting') },
            ...(root ? [{ value: 'all', label: t('conventions.list.view.all') }] : []),
          ]}
        />
        <Select
          label={t('conventions.list.status')}
          data={CONVENTION_STATUSES.map((s) => ({ value: s, label: t(`conventions.status.${s}`) }))}
          value={status ?? null}
          onChange={(v) => setFilters({ status: v ?? undefined })}
          placeholder={t('common.all')}
          clearable
          w={200}
        />
        <Select
          label={t('conventions.list.type')}
          data={CONVENTION_TYPES.map((s) => ({ value: s, label: t(`conventions.type.${s}`) }))}
          value={type ?? null}
          onChange={(v) => setFilters({ type: v ?? undefined })}
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
          <EmptyState
            title={
              view === 'awaiting-my-signature'
                ? t('conventions.list.emptyAwaiting')
                : t('conventions.list.empty')
            }
          >
            {status || type ? t('conventions.list.emptyFiltered') : undefined}
          </EmptyState>
        </Paper>
      ) : (
        <>
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="sm" horizontalSpacing="md" miw={820} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('conventions.list.convention')}</Table.Th>
                  <Table.Th scope="col">{t('conventions.list.parties')}</Table.Th>
                  <Table.Th scope="col">{t('conventions.list.status')}</Table.Th>
                  <Table.Th scope="col">{t('conventions.list.deadline')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id} data-testid="convention" data-reference={c.reference}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/conventions/${c.id}`} fw={600}>
                        {c.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{c.reference}</span> ·{' '}
                        {t(`conventions.type.${c.type}`)}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{c.parties.map((p) => p.name).join(' · ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <WholeBadge variant="light" color={STATUS_COLOR[c.status]}>
                        {t(`conventions.status.${c.status}`)}
                      </WholeBadge>
                    </Table.Td>
                    <Table.Td>
                      {c.nextDeadline ? (
                        <>
                          <Text size="sm">{f.date(c.nextDeadline.date)}</Text>
                          <Text size="xs" c="dimmed">
                            {t(`conventions.deadline.${c.nextDeadline.kind}`)}
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
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
