import { Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useFormat, useT } from '../../i18n/format';
import { DIRECTION } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { EmptyState, Loading, QueryState } from '../../ui/page';
import { WholeBadge } from '../../ui/whole-badge';
import { useKpis, type Kpi, type Project } from './projects';

// ECharts is loaded with this tab only (its own chunk), never with the rest of the app.
const KpiChart = lazy(() => import('./kpi-chart').then((m) => ({ default: m.KpiChart })));

const percentOf = (k: Kpi): number | null => (k.percentOfTarget === null ? null : Number(k.percentOfTarget));

/** The API's verdict (it follows the KPI's direction), as a badge colour and a message key. */
const STATUS = {
  met: { color: 'green', variant: 'light', key: 'projects.kpis.met' },
  not_met: { color: 'red.8', variant: 'filled', key: 'projects.kpis.notMet' },
  not_measured: { color: 'gray.8', variant: 'outline', key: 'projects.kpis.notMeasured' },
} as const;

/** The KPIs against their targets: a chart (mirrored in Arabic) and the same figures as a table. */
export function KpisTab({ project }: { project: Project }) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const kpis = useKpis(project.id);
  const percentLabel = useCallback((v: number) => f.percent(v, 0), [f]);

  return (
    <QueryState query={kpis}>
      {(items) =>
        items.length === 0 ? (
          <EmptyState title={t('projects.kpis.empty')} />
        ) : (
          <KpiView items={items} rtl={DIRECTION[locale] === 'rtl'} percentLabel={percentLabel} />
        )
      }
    </QueryState>
  );
}

function KpiView({
  items,
  rtl,
  percentLabel,
}: {
  items: Kpi[];
  rtl: boolean;
  percentLabel: (v: number) => string;
}) {
  const t = useT();
  const f = useFormat();
  const bars = useMemo(
    () =>
      items.map((k) => ({
        name: k.name,
        percent: percentOf(k),
        detail:
          `${k.latest ? f.number(k.latest.value) : '—'} / ${f.number(k.target)} ${k.unit}` +
          ` (${t(k.direction === 'lower' ? 'projects.kpis.lower' : 'projects.kpis.higher')})`,
      })),
    [items, f, t],
  );
  const met = items.filter((k) => k.status === 'met').length;
  const summary = t('projects.kpis.summary', { met, total: items.length });

  return (
    <Stack gap="lg">
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="kpi-chart-title">
        <Title order={2} size="h4" id="kpi-chart-title" mb={4}>
          {t('projects.kpis.chartTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md" id="kpi-chart-summary">
          {summary}
        </Text>
        <div role="img" aria-labelledby="kpi-chart-title kpi-chart-summary" data-testid="kpi-chart">
          <Suspense fallback={<Loading />}>
            <KpiChart
              bars={bars}
              rtl={rtl}
              targetLabel={t('projects.kpis.target')}
              percentLabel={percentLabel}
            />
          </Suspense>
        </div>
      </Card>
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="kpi-table-title">
        <Title order={2} size="h4" id="kpi-table-title" mb="md">
          {t('projects.kpis.tableTitle')}
        </Title>
        <div style={{ overflowX: 'auto' }}>
          <Table striped aria-labelledby="kpi-table-title" miw={640} data-testid="kpi-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('projects.kpis.name')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('projects.kpis.latest')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'end' }}>
                  {t('projects.kpis.target')}
                </Table.Th>
                <Table.Th scope="col">{t('projects.kpis.direction')}</Table.Th>
                <Table.Th scope="col">{t('projects.kpis.progress')}</Table.Th>
                <Table.Th scope="col">{t('projects.kpis.status')}</Table.Th>
                <Table.Th scope="col">{t('projects.kpis.measuredOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((k) => {
                const p = percentOf(k);
                const status = STATUS[k.status];
                const DirectionIcon = k.direction === 'lower' ? IconTrendingDown : IconTrendingUp;
                return (
                  <Table.Tr
                    key={k.id}
                    data-testid="kpi-row"
                    data-direction={k.direction}
                    data-status={k.status}
                  >
                    <Table.Th scope="row" style={{ fontWeight: 500 }}>
                      {k.name}
                    </Table.Th>
                    <Table.Td style={{ textAlign: 'end' }}>
                      {k.latest ? `${f.number(k.latest.value)} ${k.unit}` : '—'}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'end' }}>
                      {f.number(k.target)} {k.unit}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <DirectionIcon size={16} aria-hidden />
                        <Text size="sm">
                          {t(k.direction === 'lower' ? 'projects.kpis.lower' : 'projects.kpis.higher')}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td miw={160}>
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={Math.min(100, p ?? 0)}
                          color={
                            k.status === 'met' ? 'green' : p === null ? 'gray' : p >= 60 ? 'orange' : 'red'
                          }
                          w={90}
                          aria-hidden
                        />
                        <Text size="sm">{p === null ? '—' : percentLabel(p)}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <WholeBadge color={status.color} variant={status.variant} size="sm">
                        {t(status.key)}
                      </WholeBadge>
                    </Table.Td>
                    <Table.Td>{f.date(k.latest?.measuredOn)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      </Card>
    </Stack>
  );
}
