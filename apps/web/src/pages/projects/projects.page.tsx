import {
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../features/identity/me';
import { NewProjectModal } from '../../features/projects/new-project-modal';
import { useDomains, usePriorities, useRegions } from '../../features/network/network';
import {
  PROJECT_STATUSES,
  PROJECT_TYPES,
  STATUS_COLOR,
  useProjects,
  type ProjectFilters,
  type ProjectListItem,
} from '../../features/projects/projects';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useUrlFilters } from '../../ui/url-query-state';
import { WholeBadge } from '../../ui/whole-badge';

/** How much of a project's period has gone by, 0–100 (null without both dates). */
function elapsed(p: Pick<ProjectListItem, 'startDate' | 'endDate'>): number | null {
  if (!p.startDate || !p.endDate) return null;
  const start = Date.parse(p.startDate);
  const end = Date.parse(p.endDate);
  if (!(end > start)) return null;
  return Math.min(100, Math.max(0, ((Date.now() - start) / (end - start)) * 100));
}

/**
 * The projects this person may see (an institute's own, a partner's shared ones, the whole network for
 * Root), newest first, narrowed by the API's filters — all in the URL, so a view can be shared.
 */
export function Component() {
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const [filters, setFilters] = useUrlFilters([
    'q',
    'status',
    'type',
    'region',
    'priority',
    'domain',
    'overdue',
  ] as const);
  const [search, setSearch] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if ((filters.q ?? '') !== debounced.trim()) setFilters({ q: debounced.trim() || undefined });
  }, [debounced, filters.q, setFilters]);

  const regions = useRegions();
  const priorities = usePriorities(false);
  const domains = useDomains(false);

  const query: ProjectFilters = {
    q: filters.q,
    status: PROJECT_STATUSES.find((s) => s === filters.status),
    type: PROJECT_TYPES.find((s) => s === filters.type),
    region: filters.region,
    priority: filters.priority,
    domain: filters.domain,
    overdue: filters.overdue === 'true' ? true : undefined,
  };
  const list = useProjects(query);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = Object.values(query).some((v) => v !== undefined);

  const priorityOptions = (priorities.data?.data ?? []).flatMap((pillar) => [
    { value: pillar.code, label: pillar.labels[locale] },
    ...pillar.children.map((c) => ({ value: c.code, label: `— ${c.labels[locale]}` })),
  ]);

  return (
    <>
      <PageHeader
        title={t('projects.list.title')}
        subtitle={t('projects.list.subtitle')}
        actions={
          can('projects.create') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('projects.new.action')}
            </Button>
          )
        }
      />
      {creating && <NewProjectModal opened onClose={() => setCreating(false)} />}
      <Stack gap="sm" mb="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('projects.list.search')}
            placeholder={t('projects.list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
            w={280}
          />
          <Select
            label={t('projects.list.status')}
            data={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }))}
            value={query.status ?? null}
            onChange={(v) => setFilters({ status: v ?? undefined })}
            placeholder={t('common.all')}
            clearable
            w={170}
          />
          <Select
            label={t('projects.list.type')}
            data={PROJECT_TYPES.map((s) => ({ value: s, label: t(`projects.type.${s}`) }))}
            value={query.type ?? null}
            onChange={(v) => setFilters({ type: v ?? undefined })}
            placeholder={t('common.all')}
            clearable
            w={210}
          />
          <Select
            label={t('projects.list.region')}
            data={(regions.data?.data ?? []).map((r) => ({ value: r.code, label: r.names[locale] }))}
            value={query.region ?? null}
            onChange={(v) => setFilters({ region: v ?? undefined })}
            placeholder={t('common.all')}
            clearable
            searchable
            w={220}
          />
          <Select
            label={t('projects.list.priority')}
            data={priorityOptions}
            value={query.priority ?? null}
            onChange={(v) => setFilters({ priority: v ?? undefined })}
            placeholder={t('common.all')}
            clearable
            searchable
            w={260}
          />
          <Select
            label={t('projects.list.domain')}
            data={(domains.data?.data ?? []).map((d) => ({ value: d.code, label: d.labels[locale] }))}
            value={query.domain ?? null}
            onChange={(v) => setFilters({ domain: v ?? undefined })}
            placeholder={t('common.all')}
            clearable
            searchable
            w={220}
          />
        </Group>
        <Switch
          label={t('projects.list.overdueOnly')}
          checked={query.overdue === true}
          onChange={(e) => setFilters({ overdue: e.currentTarget.checked ? 'true' : undefined })}
        />
      </Stack>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={t('projects.list.empty')}>
            {filtered ? t('projects.list.emptyFiltered') : undefined}
          </EmptyState>
        </Paper>
      ) : (
        <>
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="sm" horizontalSpacing="md" miw={900} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('projects.list.project')}</Table.Th>
                  <Table.Th scope="col">{t('projects.list.status')}</Table.Th>
                  <Table.Th scope="col">{t('projects.list.period')}</Table.Th>
                  <Table.Th scope="col">{t('projects.list.budget')}</Table.Th>
                  <Table.Th scope="col">{t('projects.list.alerts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <ProjectRow key={p.id} project={p} />
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

function ProjectRow({ project: p }: { project: ProjectListItem }) {
  const t = useT();
  const f = useFormat();
  const time = elapsed(p);
  const budget = Number(p.budgetMad);
  const spent = budget > 0 ? Math.min(100, (Number(p.spentMad) / budget) * 100) : null;
  const late = p.lateMilestones + p.overdueDeliverables > 0;
  return (
    <Table.Tr data-testid="project" data-id={p.id} data-late={late}>
      <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
        <Anchor component={Link} to={`/projects/${p.id}`} fw={600}>
          {p.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {p.institute.name} · {t(`projects.type.${p.type}`)} · {p.lead.displayName ?? '—'}
        </Text>
      </Table.Th>
      <Table.Td>
        <WholeBadge variant="light" color={STATUS_COLOR[p.status]}>
          {t(`projects.status.${p.status}`)}
        </WholeBadge>
      </Table.Td>
      <Table.Td miw={170}>
        <Text size="sm">
          {f.date(p.startDate, 'short')} – {f.date(p.endDate, 'short')}
        </Text>
        {time !== null && (
          <Progress
            value={time}
            size="sm"
            mt={4}
            color={late ? 'red' : 'blue'}
            aria-label={t('projects.list.elapsed', { percent: f.percent(time) })}
          />
        )}
      </Table.Td>
      <Table.Td miw={170}>
        <Text size="sm">{f.money(p.budgetMad)}</Text>
        {spent !== null && (
          <Tooltip label={t('projects.list.spent', { amount: f.money(p.spentMad) })}>
            <Progress
              value={spent}
              size="sm"
              mt={4}
              color="teal"
              aria-label={t('projects.list.spent', { amount: f.money(p.spentMad) })}
            />
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {p.lateMilestones > 0 && (
            <WholeBadge color="red" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              {t('projects.list.lateMilestones', { count: p.lateMilestones })}
            </WholeBadge>
          )}
          {p.overdueDeliverables > 0 && (
            <WholeBadge color="orange" variant="light">
              {t('projects.list.overdueDeliverables', { count: p.overdueDeliverables })}
            </WholeBadge>
          )}
          {!late && (
            <Text size="sm" c="dimmed">
              {t('projects.list.onTrack')}
            </Text>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
