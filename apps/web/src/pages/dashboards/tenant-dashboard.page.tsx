import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useSession } from '../../auth/use-session';
import {
  useInstituteDashboard,
  usePartnerDashboard,
  type DashboardRange,
  type InstituteDashboard,
  type LateItem,
  type ObligationCounts,
  type PartnerDashboard,
  type UpcomingWorkshop,
} from '../../features/dashboards/dashboards';
import { ResourceTable, useNamed } from '../../features/dashboards/resource-table';
import type { SeriesLine } from '../../features/dashboards/series-chart';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useUrlFilters } from '../../ui/url-query-state';

const SeriesChart = lazy(() => import('../../features/dashboards/series-chart'));

/**
 * An institute's or a partner's dashboard, for its own managers (and Root's staff), over a period of months.
 * `/dashboard` opens the reader's own: the national one for Root, else their institute's or partner's.
 */
export function Component() {
  const { id } = useParams();
  const { pathname } = useLocation();
  const session = useSession();
  const tenant = session.status === 'signed-in' || session.status === 'locked' ? session.tenant : undefined;
  const kind = pathname.startsWith('/dashboards/partners/')
    ? 'partner'
    : pathname.startsWith('/dashboards/institutes/')
      ? 'institute'
      : tenant?.kind;
  const [filters, setFilters] = useUrlFilters(['from', 'to'] as const);
  const range: DashboardRange = { from: filters.from, to: filters.to };
  if (kind === 'root' || !kind) return <Navigate to="/dashboards/national" replace />;
  const tenantId = id ?? tenant?.id ?? '';
  return kind === 'institute' ? (
    <Institute id={tenantId} range={range} onRange={setFilters} />
  ) : (
    <Partner id={tenantId} range={range} onRange={setFilters} />
  );
}

function Period({
  range,
  resolved,
  onRange,
}: {
  range: DashboardRange;
  resolved: { from: string; to: string } | undefined;
  onRange: (r: DashboardRange) => void;
}) {
  const t = useT();
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <TextInput
        type="month"
        label={t('dashboards.period.from')}
        value={range.from ?? resolved?.from ?? ''}
        onChange={(e) => onRange({ from: e.currentTarget.value || undefined })}
        w={170}
      />
      <TextInput
        type="month"
        label={t('dashboards.period.to')}
        value={range.to ?? resolved?.to ?? ''}
        onChange={(e) => onRange({ to: e.currentTarget.value || undefined })}
        w={170}
      />
    </Group>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} className="tabular">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Months({ months, lines }: { months: readonly string[]; lines: SeriesLine[] }) {
  const t = useT();
  const locale = useLocale();
  const f = useFormat();
  const intl = useIntl();
  const labels = useMemo(
    () =>
      months.map((m) => {
        const [y, mo] = m.split('-').map(Number) as [number, number];
        return intl.formatDate(new Date(Date.UTC(y, mo - 1, 15)), {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        });
      }),
    [months, intl],
  );
  return (
    <Section id="series-title" title={t('dashboards.series.title')}>
      <Suspense fallback={<Loading />}>
        <SeriesChart
          months={labels}
          lines={lines}
          rtl={locale === 'ar'}
          label={t('dashboards.series.chartLabel')}
        />
      </Suspense>
      <details>
        <summary>
          <Text span size="sm">
            {t('dashboards.series.table')}
          </Text>
        </summary>
        <div
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={t('dashboards.series.table')}
        >
          <Table verticalSpacing={4} miw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboards.series.month')}</Table.Th>
                {lines.map((l) => (
                  <Table.Th key={l.name} scope="col" ta="end">
                    {l.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {labels.map((label, i) => (
                <Table.Tr key={months[i]}>
                  <Table.Th scope="row" fw={500}>
                    {label}
                  </Table.Th>
                  {lines.map((l) => (
                    <Table.Td key={l.name} ta="end" className="tabular">
                      {f.number(l.values[i] ?? 0)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </details>
    </Section>
  );
}

function LateTable({ items, empty }: { items: readonly LateItem[]; empty: string }) {
  const t = useT();
  const f = useFormat();
  if (items.length === 0) return <EmptyState title={empty} />;
  return (
    <Table verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboards.tenant.item')}</Table.Th>
          <Table.Th scope="col">{t('dashboards.drill.project')}</Table.Th>
          <Table.Th scope="col">{t('dashboards.tenant.due')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('dashboards.tenant.daysLate')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.id}>
            <Table.Th scope="row" fw={500}>
              {i.title}
            </Table.Th>
            <Table.Td>
              <Anchor component={Link} to={`/projects/${i.projectId}`} size="sm">
                {i.projectTitle}
              </Anchor>
            </Table.Td>
            <Table.Td>{f.date(i.dueDate)}</Table.Td>
            <Table.Td ta="end" className="tabular">
              {f.number(i.daysLate)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function WorkshopList({ items }: { items: readonly UpcomingWorkshop[] }) {
  const t = useT();
  const f = useFormat();
  const named = useNamed();
  if (items.length === 0) return <EmptyState title={t('dashboards.tenant.noWorkshops')} />;
  return (
    <Stack gap={6}>
      {items.map((w) => (
        <Group key={w.id} justify="space-between" wrap="nowrap">
          <div>
            <Anchor component={Link} to={`/workshops/${w.id}`} size="sm" fw={500}>
              {w.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {named(`workshops.kind.${w.kind}`, w.kind)} · {f.dateTime(w.startsAt)}
            </Text>
          </div>
          <Text size="sm" className="tabular">
            {w.capacity === null
              ? f.number(w.registered)
              : `${f.number(w.registered)} / ${f.number(w.capacity)}`}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function obligationsText(t: ReturnType<typeof useT>, o: ObligationCounts): string {
  return t('dashboards.tenant.obligationsDetail', { met: o.met, overdue: o.overdue, waived: o.waived });
}

function Institute({
  id,
  range,
  onRange,
}: {
  id: string;
  range: DashboardRange;
  onRange: (r: DashboardRange) => void;
}) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const intl = useIntl();
  const q = useInstituteDashboard(id, range);
  const d: InstituteDashboard | undefined = q.data;
  return (
    <>
      <PageHeader
        title={
          d ? t('dashboards.tenant.title', { name: d.name[locale] }) : t('dashboards.tenant.titlePending')
        }
        subtitle={d ? t('dashboards.national.asOf', { date: f.dateTime(d.asOf) }) : undefined}
      />
      <Period range={range} resolved={d?.period} onRange={onRange} />
      {q.isPending ? (
        <Loading />
      ) : q.isError || !d ? (
        <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" data-testid="headline">
            <Stat
              label={t('dashboards.measure.projects')}
              value={f.number(d.projects.total)}
              detail={t('dashboards.stat.active', {
                count: d.projects.byStatus.find((s) => s.key === 'active')?.count ?? 0,
              })}
            />
            <Stat
              label={t('dashboards.measure.budget')}
              value={intl.formatNumber(Number(d.projects.budgetCommittedMad), {
                style: 'currency',
                currency: 'MAD',
                notation: 'compact',
              })}
              detail={t('dashboards.stat.spent', { amount: f.money(d.projects.budgetSpentMad) })}
            />
            <Stat
              label={t('dashboards.stat.onTime')}
              value={f.percent(d.deliverables.onTimePercent)}
              detail={t('dashboards.stat.accepted', { count: d.deliverables.accepted })}
            />
            <Stat
              label={t('dashboards.measure.workshops')}
              value={f.number(d.workshops.held)}
              detail={t('dashboards.stat.participants', { count: d.workshops.participants })}
            />
            <Stat
              label={t('dashboards.tenant.obligations')}
              value={f.number(d.obligations.open)}
              detail={obligationsText(t, d.obligations)}
            />
            <Stat
              label={t('dashboards.tenant.pending')}
              value={f.number(d.resources.pendingRequests.incoming)}
              detail={t('dashboards.tenant.outgoing', { count: d.resources.pendingRequests.outgoing })}
            />
          </SimpleGrid>
          <Months
            months={d.series.map((p) => p.month)}
            lines={[
              {
                name: t('dashboards.series.projectsStarted'),
                values: d.series.map((p) => p.projectsStarted),
              },
              {
                name: t('dashboards.series.beneficiariesSupported'),
                values: d.series.map((p) => p.beneficiariesSupported),
              },
              { name: t('dashboards.series.workshopsHeld'), values: d.series.map((p) => p.workshopsHeld) },
            ]}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Section id="late-title" title={t('dashboards.tenant.lateMilestones')}>
              <LateTable items={d.lateMilestones} empty={t('dashboards.tenant.noneLate')} />
            </Section>
            <Section id="overdue-title" title={t('dashboards.tenant.overdueDeliverables')}>
              <LateTable items={d.overdueDeliverables} empty={t('dashboards.tenant.noneLate')} />
            </Section>
            <Section id="owned-title" title={t('dashboards.tenant.resourcesOwned')}>
              <ResourceTable rows={d.resources.owned} />
            </Section>
            <Section id="allocated-title" title={t('dashboards.tenant.resourcesAllocated')}>
              <ResourceTable rows={d.resources.allocated} />
            </Section>
            <Section id="kpis-title" title={t('dashboards.tenant.kpis')}>
              {d.kpis.length === 0 ? (
                <EmptyState title={t('dashboards.tenant.none')} />
              ) : (
                <Table verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('dashboards.tenant.kpi')}</Table.Th>
                      <Table.Th scope="col">{t('dashboards.drill.project')}</Table.Th>
                      <Table.Th scope="col" ta="end">
                        {t('dashboards.tenant.ofTarget')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.kpis.map((k) => (
                      <Table.Tr key={k.kpiId}>
                        <Table.Th scope="row" fw={500}>
                          {k.name}
                        </Table.Th>
                        <Table.Td>
                          <Anchor component={Link} to={`/projects/${k.projectId}/kpis`} size="sm">
                            {k.projectTitle}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="end" className="tabular">
                          {f.percent(k.percent, 1)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
            <Section id="workshops-title" title={t('dashboards.tenant.upcomingWorkshops')}>
              <WorkshopList items={d.upcomingWorkshops} />
            </Section>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}

function Partner({
  id,
  range,
  onRange,
}: {
  id: string;
  range: DashboardRange;
  onRange: (r: DashboardRange) => void;
}) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const named = useNamed();
  const q = usePartnerDashboard(id, range);
  const d: PartnerDashboard | undefined = q.data;
  return (
    <>
      <PageHeader
        title={
          d ? t('dashboards.tenant.title', { name: d.name[locale] }) : t('dashboards.tenant.titlePending')
        }
        subtitle={d ? t('dashboards.national.asOf', { date: f.dateTime(d.asOf) }) : undefined}
      />
      <Period range={range} resolved={d?.period} onRange={onRange} />
      {q.isPending ? (
        <Loading />
      ) : q.isError || !d ? (
        <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" data-testid="headline">
            <Stat
              label={t('dashboards.series.conventionsSigned')}
              value={f.number(d.conventionsSigned)}
              detail={t('dashboards.tenant.expiring', { count: d.conventions.expiringWithin90Days })}
            />
            <Stat
              label={t('dashboards.tenant.weOwe')}
              value={f.number(d.obligations.weOwe.open)}
              detail={obligationsText(t, d.obligations.weOwe)}
            />
            <Stat
              label={t('dashboards.tenant.owedToUs')}
              value={f.number(d.obligations.owedToUs.open)}
              detail={obligationsText(t, d.obligations.owedToUs)}
            />
            <Stat
              label={t('dashboards.measure.workshops')}
              value={f.number(d.workshops.held)}
              detail={t('dashboards.tenant.attended', { count: d.workshopsAttended })}
            />
          </SimpleGrid>
          <Months
            months={d.series.map((p) => p.month)}
            lines={[
              {
                name: t('dashboards.series.conventionsSigned'),
                values: d.series.map((p) => p.conventionsSigned),
              },
              { name: t('dashboards.series.workshopsHeld'), values: d.series.map((p) => p.workshopsHeld) },
            ]}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Section id="status-title" title={t('dashboards.tenant.conventionsByStatus')}>
              <Table verticalSpacing={4}>
                <Table.Tbody>
                  {d.conventions.byStatus.map((s) => (
                    <Table.Tr key={s.key}>
                      <Table.Th scope="row" fw={500}>
                        {s.label?.[locale] ?? named(`conventions.status.${s.key}`, s.key)}
                      </Table.Th>
                      <Table.Td ta="end" className="tabular">
                        {f.number(s.count)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <Section id="signatures-title" title={t('dashboards.tenant.signaturesPending')}>
              {d.signaturesPending.length === 0 ? (
                <EmptyState title={t('dashboards.tenant.none')} />
              ) : (
                <Stack gap={6}>
                  {d.signaturesPending.map((s) => (
                    <Group key={s.conventionId} justify="space-between" wrap="nowrap">
                      <Anchor component={Link} to={`/conventions/${s.conventionId}`} size="sm">
                        {s.reference} · {s.title}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {t('dashboards.tenant.signers', { count: s.signers })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              )}
            </Section>
            <Section id="workshops-title" title={t('dashboards.tenant.upcomingWorkshops')}>
              <WorkshopList items={d.upcomingWorkshops} />
            </Section>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
