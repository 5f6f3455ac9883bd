import { Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useFormat, useT } from '../../i18n/format';
import { DIRECTION } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { EmptyState, Loading, QueryState } from '../../ui/page';
import { useKpis, type Kpi, type Project } from './projects';

// ECharts is loaded with this tab only (its own chunk), never with the rest of the app.
const KpiChart = lazy(() => import('./kpi-chart').then((m) => ({ default: m.KpiChart })));

const percentOf = (k: Kpi): number | null => (k.percentOfTarget === null ? null : Number(k.percentOfTarget));

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
        detail: `${k.latest ? f.number(k.latest.value) : '—'} / ${f.number(k.target)} ${k.unit}`,
      })),
    [items, f],
  );
  const met = items.filter((k) => (percentOf(k) ?? 0) >= 100).length;
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
                <Table.Th scope="col">{t('projects.kpis.progress')}</Table.Th>
                <Table.Th scope="col">{t('projects.kpis.measuredOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((k) => {
                const p = percentOf(k);
                return (
                  <Table.Tr key={k.id}>
                    <Table.Th scope="row" style={{ fontWeight: 500 }}>
                      {k.name}
                    </Table.Th>
                    <Table.Td style={{ textAlign: 'end' }}>
                      {k.latest ? `${f.number(k.latest.value)} ${k.unit}` : '—'}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'end' }}>
                      {f.number(k.target)} {k.unit}
                    </Table.Td>
                    <Table.Td miw={160}>
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={Math.min(100, p ?? 0)}
                          color={p === null ? 'gray' : p >= 100 ? 'green' : p >= 60 ? 'orange' : 'red'}
                          w={90}
                          aria-hidden
                        />
                        <Text size="sm">{p === null ? '—' : percentLabel(p)}</Text>
                      </Group>
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
