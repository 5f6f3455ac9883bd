import {
  Anchor,
  Badge,
  Button,
  Grid,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { memo } from 'react';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import type { CoverageCell, NationalDashboard } from './dashboards';
import { colourClasses, colourOf, SEQUENTIAL } from './region-map';

export interface Gap {
  readonly cell: CoverageCell;
  readonly reason: 'none' | 'low';
  /** The national median of the priority's projects across the 12 regions. */
  readonly median: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The gaps of the matrix: a priority with no project in a region, or with fewer than a quarter of the
 * priority's national median (the median over the 12 regions).
 */
/** Container widths: `lg` is where three quarters of the section hold the whole matrix. */
const MATRIX_BREAKPOINTS = { xs: '576px', sm: '768px', md: '992px', lg: '1260px', xl: '1500px' };

export function coverageGaps(coverage: NationalDashboard['coverage']): Gap[] {
  const gaps: Gap[] = [];
  for (const p of coverage.priorities) {
    const cells = coverage.cells.filter((c) => c.priority === p.code);
    const m = median(cells.map((c) => c.projects));
    for (const cell of cells) {
      if (cell.projects === 0) gaps.push({ cell, reason: 'none', median: m });
      else if (m > 0 && cell.projects < m / 4) gaps.push({ cell, reason: 'low', median: m });
    }
  }
  return gaps;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The national priority × region coverage as a heatmap table (projects per cell, every pair shown, zeros
 * included) with its gaps flagged in the cells and listed beside, exportable as CSV. The table is its own
 * text alternative: every cell says its number.
 */
export const CoverageMatrix = memo(
  CoverageMatrixView,
  (a, b) => a.onOpenGap === b.onOpenGap && sameCoverage(a.coverage, b.coverage),
);

/**
 * The same matrix: the national answer under a region or an institute filter carries the whole matrix
 * again, in a new object; the cells are compared rather than redrawn (96 cells, each with its tooltip).
 */
export function sameCoverage(a: NationalDashboard['coverage'], b: NationalDashboard['coverage']): boolean {
  if (a === b) return true;
  const sameLabels = (x: readonly { code: string; label: object }[], y: typeof x) =>
    x.length === y.length &&
    x.every((v, i) => v.code === y[i]?.code && JSON.stringify(v.label) === JSON.stringify(y[i]?.label));
  return (
    sameLabels(a.priorities, b.priorities) &&
    sameLabels(a.regions, b.regions) &&
    a.cells.length === b.cells.length &&
    a.cells.every((c, i) => {
      const d = b.cells[i];
      return (
        d !== undefined &&
        c.priority === d.priority &&
        c.region === d.region &&
        c.projects === d.projects &&
        c.budgetMad === d.budgetMad &&
        c.beneficiaries === d.beneficiaries
      );
    })
  );
}

function CoverageMatrixView({
  coverage,
  onOpenGap,
}: {
  coverage: NationalDashboard['coverage'];
  /** Opens the gap's region and priority (the page's filters); stable across renders (the matrix is memoised). */
  onOpenGap: (priority: string, region: string) => void;
}) {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const max = Math.max(0, ...coverage.cells.map((c) => c.projects));
  const classes = colourClasses(max);
  const gaps = coverageGaps(coverage);
  const gapKey = new Map(gaps.map((g) => [`${g.cell.priority}|${g.cell.region}`, g]));
  const cell = (priority: string, region: string) =>
    coverage.cells.find((c) => c.priority === priority && c.region === region);
  const priorityName = (code: string) =>
    coverage.priorities.find((p) => p.code === code)?.label[locale] ?? code;
  const regionName = (code: string) => coverage.regions.find((r) => r.code === code)?.label[locale] ?? code;
  const dark = new Set<string>(SEQUENTIAL.slice(2));

  const exportGaps = () => {
    const header = [
      t('dashboards.coverage.priority'),
      t('dashboards.coverage.region'),
      t('dashboards.measure.projects'),
      t('dashboards.coverage.median'),
      t('dashboards.measure.beneficiaries'),
      t('dashboards.measure.budget'),
      t('dashboards.coverage.reason'),
    ];
    const rows = gaps.map((g) => [
      priorityName(g.cell.priority),
      regionName(g.cell.region),
      g.cell.projects,
      g.median,
      g.cell.beneficiaries,
      g.cell.budgetMad,
      t(`dashboards.coverage.gap.${g.reason}`),
    ]);
    const csv = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n');
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'coverage-gaps.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    // The matrix needs about 930 px (a priority column and twelve region columns): the gaps sit beside
    // it only when the section itself is wide enough, whatever the window (a container query).
    <Grid gap="md" type="container" breakpoints={MATRIX_BREAKPOINTS}>
      <Grid.Col span={{ base: 12, lg: 9 }}>
        {/* Focusable so that a keyboard can scroll the wide matrix (axe: scrollable-region-focusable). */}
        <Paper
          withBorder
          radius="md"
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-labelledby="coverage-caption"
        >
          <Table
            withColumnBorders
            horizontalSpacing={6}
            verticalSpacing={6}
            miw={960}
            data-testid="coverage-matrix"
            aria-describedby="coverage-caption"
          >
            <Table.Caption id="coverage-caption">{t('dashboards.coverage.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboards.coverage.priority')}</Table.Th>
                {coverage.regions.map((r) => (
                  <Table.Th key={r.code} scope="col" fz="xs" ta="center" style={{ minInlineSize: 64 }}>
                    {r.label[locale]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {coverage.priorities.map((p) => (
                <Table.Tr key={p.code}>
                  <Table.Th scope="row" fz="sm" style={{ minInlineSize: 160 }}>
                    {p.label[locale]}
                  </Table.Th>
                  {coverage.regions.map((r) => {
                    const c = cell(p.code, r.code);
                    const projects = c?.projects ?? 0;
                    const colour = colourOf(projects, classes);
                    const gap = gapKey.get(`${p.code}|${r.code}`);
                    const label = t('dashboards.coverage.cell', {
                      projects,
                      beneficiaries: c?.beneficiaries ?? 0,
                      budget: f.money(c?.budgetMad ?? '0'),
                    });
                    return (
                      <Table.Td
                        key={r.code}
                        ta="center"
                        className="tabular"
                        data-gap={gap?.reason}
                        style={{
                          background: colour,
                          color: dark.has(colour) ? '#fff' : '#212529',
                          outline: gap ? '2px dashed #c92a2a' : undefined,
                          outlineOffset: -3,
                        }}
                      >
                        <Tooltip label={label} withArrow>
                          <span>
                            {f.number(projects)}
                            {gap && (
                              <>
                                {' '}
                                <IconAlertTriangle
                                  size={12}
                                  aria-hidden
                                  style={{ verticalAlign: 'middle' }}
                                />
                                <VisuallyHidden>{t(`dashboards.coverage.gap.${gap.reason}`)}</VisuallyHidden>
                              </>
                            )}
                          </span>
                        </Tooltip>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 3 }}>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="gaps-title">
          <Stack gap="xs">
            <Title order={3} size="h5" id="gaps-title">
              {t('dashboards.coverage.gaps', { count: gaps.length })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('dashboards.coverage.gapsRule')}
            </Text>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={exportGaps}
              disabled={gaps.length === 0}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('dashboards.coverage.export')}
            </Button>
            <List
              size="sm"
              spacing={4}
              listStyleType="none"
              data-testid="coverage-gaps"
              // Beside the matrix, one column; under it, as many as the width holds (read row by row).
              style={{
                maxBlockSize: 420,
                overflowY: 'auto',
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(min(20rem, 100%), 1fr))',
                columnGap: 24,
              }}
            >
              {gaps.map((g) => (
                <List.Item key={`${g.cell.priority}|${g.cell.region}`}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    ta="start"
                    onClick={() => onOpenGap(g.cell.priority, g.cell.region)}
                  >
                    {t('dashboards.coverage.gapItem', {
                      priority: priorityName(g.cell.priority),
                      region: regionName(g.cell.region),
                    })}
                  </Anchor>{' '}
                  <Badge size="xs" variant="light" color={g.reason === 'none' ? 'red' : 'orange'}>
                    {t(`dashboards.coverage.gap.${g.reason}`)}
                  </Badge>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
