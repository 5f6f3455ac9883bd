import { Anchor, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { lazy, memo, Suspense, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type {
  MonthlyPoint,
  NationalDashboard,
  PartnerExecution,
  ResourceUse,
} from '../../features/dashboards/dashboards';
import { ResourceTable } from '../../features/dashboards/resource-table';
import type { SeriesLine } from '../../features/dashboards/series-chart';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { Loading } from '../../ui/page';

/*
 * The national dashboard's sections below the map: the headline figures, the monthly series and the
 * resources and partners. The series and the last two are memoised on the figures they draw, so that a
 * filter that leaves them as they were (the map's measure, a region opened) does not redraw them.
 */

// ECharts is loaded by the chart, after the page's figures are on screen (ADR 0009).
const SeriesChart = lazy(() => import('../../features/dashboards/series-chart'));

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} className="tabular">
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

/** The period's main figures; with a compared period, what they were then. */
export function Headline({ d, previous }: { d: NationalDashboard; previous: NationalDashboard | undefined }) {
  const t = useT();
  const f = useFormat();
  const intl = useIntl();
  // "23 M MAD": the card is narrow; the exact amount is in the table and the reports.
  const compactMoney = (value: string) =>
    intl.formatNumber(Number(value), { style: 'currency', currency: 'MAD', notation: 'compact' });
  const active = (x: NationalDashboard) => x.projects.byStatus.find((s) => s.key === 'active')?.count ?? 0;
  const was = (value: number | string) =>
    previous
      ? t('dashboards.period.was', { value: typeof value === 'string' ? value : f.number(value) })
      : undefined;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" data-testid="headline">
      <Stat
        label={t('dashboards.measure.projects')}
        value={f.number(d.projects.total)}
        detail={was(previous?.projects.total ?? 0) ?? t('dashboards.stat.active', { count: active(d) })}
      />
      <Stat
        label={t('dashboards.measure.beneficiaries')}
        value={f.number(d.beneficiaries.total)}
        detail={t('dashboards.stat.startupsSmes', {
          startups: f.number(d.beneficiaries.startups),
          smes: f.number(d.beneficiaries.smes),
        })}
      />
      <Stat
        label={t('dashboards.stat.conventions')}
        value={f.number(d.conventions.active)}
        detail={t('dashboards.stat.awaiting', { count: d.conventions.awaitingSignature })}
      />
      <Stat
        label={t('dashboards.measure.workshops')}
        value={f.number(d.workshops.held)}
        detail={
          was(previous?.workshops.held ?? 0) ??
          t('dashboards.stat.participants', { count: d.workshops.participants })
        }
      />
      <Stat
        label={t('dashboards.measure.budget')}
        value={compactMoney(d.projects.budgetCommittedMad)}
        detail={t('dashboards.stat.spent', { amount: f.money(d.projects.budgetSpentMad) })}
      />
      <Stat
        label={t('dashboards.stat.onTime')}
        value={f.percent(d.deliverables.onTimePercent)}
        detail={t('dashboards.stat.accepted', { count: d.deliverables.accepted })}
      />
    </SimpleGrid>
  );
}

const SERIES = ['projectsStarted', 'conventionsSigned', 'beneficiariesSupported', 'workshopsHeld'] as const;

/** The monthly series as lines (the compared period dashed), with the same numbers in a table. */
export const Series = memo(function Series({
  series,
  previous,
}: {
  series: readonly MonthlyPoint[];
  /** The compared period's series, if one is compared. */
  previous: readonly MonthlyPoint[] | undefined;
}) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const intl = useIntl();
  const months = useMemo(
    () =>
      series.map((p) => {
        const [y, m] = p.month.split('-').map(Number) as [number, number];
        return intl.formatDate(new Date(Date.UTC(y, m - 1, 15)), {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        });
      }),
    [series, intl],
  );
  const lines = useMemo<SeriesLine[]>(
    () =>
      SERIES.flatMap((key) => {
        const line: SeriesLine = { name: t(`dashboards.series.${key}`), values: series.map((p) => p[key]) };
        if (!previous) return [line];
        return [
          line,
          {
            name: t('dashboards.series.previous', { name: line.name }),
            values: previous.map((p) => p[key]),
            dashed: true,
          },
        ];
      }),
    [series, previous, t],
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="series-title">
      <Title order={2} size="h4" id="series-title" mb="sm">
        {t('dashboards.series.title')}
      </Title>
      <Suspense fallback={<Loading />}>
        <SeriesChart
          months={months}
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
          <Table verticalSpacing={4} miw={640} data-testid="series-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboards.series.month')}</Table.Th>
                {SERIES.map((key) => (
                  <Table.Th key={key} scope="col" ta="end">
                    {t(`dashboards.series.${key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.map((p, i) => (
                <Table.Tr key={p.month}>
                  <Table.Th scope="row" fw={500}>
                    {months[i]}
                  </Table.Th>
                  {SERIES.map((key) => (
                    <Table.Td key={key} ta="end" className="tabular">
                      {f.number(p[key])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </details>
    </Paper>
  );
});

/** Resource utilisation by kind and the partners' execution of their obligations. */
export const Others = memo(function Others({
  resources,
  partners,
}: {
  resources: readonly ResourceUse[];
  partners: readonly PartnerExecution[];
}) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="resources-title">
        <Title order={2} size="h4" id="resources-title" mb="sm">
          {t('dashboards.resources.title')}
        </Title>
        <ResourceTable rows={resources} />
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="partners-title">
        <Title order={2} size="h4" id="partners-title" mb="sm">
          {t('dashboards.partners.title')}
        </Title>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboards.partners.partner')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('dashboards.partners.met')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('dashboards.partners.overdue')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('dashboards.partners.executed')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.map((p) => (
              <Table.Tr key={p.partnerTenantId}>
                <Table.Th scope="row" fw={500}>
                  {p.name[locale]}
                </Table.Th>
                <Table.Td ta="end" className="tabular">
                  {f.number(p.obligationsMet)} / {f.number(p.obligationsTotal)}
                </Table.Td>
                <Table.Td ta="end" className="tabular">
                  {f.number(p.obligationsOverdue)}
                </Table.Td>
                <Table.Td ta="end" className="tabular">
                  {f.percent(p.executedPercent, 1)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </SimpleGrid>
  );
});

/** A region's row in the regions table: its name (which opens it) and its figures, already formatted. */
export interface RegionRow {
  readonly code: string;
  readonly name: string;
  readonly values: readonly string[];
}

const sameRow = (a: RegionRow, b: RegionRow) =>
  a.code === b.code &&
  a.name === b.name &&
  a.values.length === b.values.length &&
  a.values.every((v, i) => v === b.values[i]);

/**
 * The map's table alternative: every region's figures. Rows are memoised on their text, so that opening
 * a region redraws the rows whose figures or mark changed, not the 96 cells.
 */
export function RegionsTable({
  rows,
  headers,
  selected,
  onOpen,
}: {
  rows: readonly RegionRow[];
  /** The measures' names, one per column after the region's. */
  headers: readonly string[];
  selected: string | undefined;
  /** Stable across renders (the rows are memoised). */
  onOpen: (code: string) => void;
}) {
  const t = useT();
  return (
    <>
      <Title order={3} size="h5" mt="lg" mb="xs" id="regions-table-title">
        {t('dashboards.table.title')}
      </Title>
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="regions-table-title">
        <Table
          verticalSpacing={6}
          miw={960}
          highlightOnHover
          aria-labelledby="regions-table-title"
          data-testid="regions-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboards.table.region')}</Table.Th>
              {headers.map((h) => (
                <Table.Th key={h} scope="col" ta="end">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <RegionTableRow key={r.code} row={r} current={r.code === selected} onOpen={onOpen} />
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}

const RegionTableRow = memo(
  function RegionTableRow({
    row: r,
    current,
    onOpen,
  }: {
    row: RegionRow;
    current: boolean;
    onOpen: (code: string) => void;
  }) {
    return (
      <Table.Tr data-region={r.code} aria-current={current || undefined}>
        <Table.Th scope="row" fw={500}>
          <Anchor component="button" type="button" size="sm" onClick={() => onOpen(r.code)}>
            {r.name}
          </Anchor>
        </Table.Th>
        {r.values.map((v, i) => (
          <Table.Td key={i} ta="end" className="tabular">
            {v}
          </Table.Td>
        ))}
      </Table.Tr>
    );
  },
  (a, b) => a.current === b.current && a.onOpen === b.onOpen && sameRow(a.row, b.row),
);
