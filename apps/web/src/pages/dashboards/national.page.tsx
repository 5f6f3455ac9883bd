import { Button, Checkbox, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useCan } from '../../features/identity/me';
import {
  useNationalDashboard,
  useRegionDashboards,
  type NationalFilters,
} from '../../features/dashboards/dashboards';
import { CoverageMatrix } from '../../features/dashboards/coverage-matrix';
import { REGION_SHAPES } from '../../features/dashboards/morocco-regions';
import { RegionDrill } from '../../features/dashboards/region-drill';
import { RegionMap, type MapRegion } from '../../features/dashboards/region-map';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useStableCallback } from '../../ui/use-stable-callback';
import { useUrlFilters } from '../../ui/url-query-state';
import { Headline, Others, RegionsTable, Series } from './national-sections';

const MEASURES = [
  'projects',
  'active',
  'beneficiaries',
  'budget',
  'workshops',
  'conventions',
  'resources',
] as const;
type Measure = (typeof MEASURES)[number];
const REGION_CODES = REGION_SHAPES.map((s) => s.code);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months before `from` that span as many months as from..to (the period compared). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const index = (m: string) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return y * 12 + mo - 1;
  };
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const length = index(to) - index(from) + 1;
  return { from: month(index(from) - length), to: month(index(from) - 1) };
}

interface RegionFigures {
  projects: number;
  active: number;
  beneficiaries: number;
  budget: number;
  workshops: number;
  conventions: number;
  /** The share of the allocated quantities used, over the region's resources (0–100). */
  resources: number;
}

/** Used ÷ allocated over a region's resources (each kind's quantities in its own unit), one decimal. */
function resourceUse(rows: readonly { allocated: string; used: string }[]): number {
  const allocated = rows.reduce((s, r) => s + Number(r.allocated), 0);
  const used = rows.reduce((s, r) => s + Number(r.used), 0);
  return allocated > 0 ? Math.round((used / allocated) * 1000) / 10 : 0;
}

/** The ministry's national view: the 12 regions on a map, the coverage matrix, the monthly series. */
export function Component() {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const can = useCan();
  const [filters, setFilters] = useUrlFilters([
    'from',
    'to',
    'region',
    'priority',
    'institute',
    'measure',
    'compare',
  ] as const);
  const measure: Measure = MEASURES.find((m) => m === filters.measure) ?? 'projects';
  const region = filters.region && REGION_CODES.includes(filters.region) ? filters.region : undefined;
  const query: NationalFilters = {
    from: filters.from,
    to: filters.to,
    region,
    priority: filters.priority,
    institute: filters.institute,
  };
  const dashboard = useNationalDashboard(query);
  const perRegion = useRegionDashboards(REGION_CODES, {
    from: filters.from,
    to: filters.to,
    priority: filters.priority,
  });
  const resolved = dashboard.data?.filters;
  const previous =
    filters.compare === '1' && resolved && MONTH.test(resolved.from) && MONTH.test(resolved.to)
      ? previousPeriod(resolved.from, resolved.to)
      : undefined;
  const compared = useNationalDashboard({ ...query, ...previous });
  const comparison = previous ? compared.data : undefined;

  const d = dashboard.data;
  const regionName = (code: string) =>
    d?.coverage.regions.find((r) => r.code === code)?.label[locale] ?? code;
  // Each region's figures come from its own answer (the period and priority, never the chosen region):
  // with a region chosen, the map and its table still compare all twelve.
  const figures = (code: string, i: number): RegionFigures | undefined => {
    const r = perRegion[i]?.data;
    if (!r) return undefined;
    return {
      projects: r.projects.total,
      active: r.projects.byStatus.find((s) => s.key === 'active')?.count ?? 0,
      beneficiaries: r.beneficiaries.total,
      budget: Number(r.projects.budgetCommittedMad),
      workshops: r.workshops.byRegion.find((w) => w.key === code)?.held ?? 0,
      conventions: r.conventions.byRegion.find((c) => c.key === code)?.active ?? 0,
      resources: resourceUse(r.resources.byRegion.filter((u) => u.region === code)),
    };
  };
  const rows = REGION_CODES.map((code, i) => ({ code, name: regionName(code), figures: figures(code, i) }));
  const show = (m: Measure, value: number) =>
    m === 'budget' ? f.money(value) : m === 'resources' ? f.percent(value, 1) : f.number(value);
  const measureText = (m: Measure, value: number) =>
    m === 'budget' || m === 'resources' ? show(m, value) : t(`dashboards.count.${m}`, { count: value });
  const mapRegions: MapRegion[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    value: r.figures ? r.figures[measure] : null,
    accessibleName: t('dashboards.map.region', {
      region: r.name,
      value: r.figures ? measureText(measure, r.figures[measure]) : t('common.loading'),
    }),
    details: MEASURES.map((m) => ({
      label: t(`dashboards.measure.${m}`),
      value: r.figures ? show(m, r.figures[m]) : '…',
    })),
  }));

  const openRegion = useStableCallback((code: string) =>
    setFilters({ region: code === region ? undefined : code, institute: undefined }),
  );
  const openGap = useStableCallback((priority: string, code: string) => {
    setFilters({ priority, region: code, institute: undefined });
    document.getElementById('map-title')?.scrollIntoView({ block: 'start' });
  });
  const tableRows = rows.map((r) => ({
    code: r.code,
    name: r.name,
    values: MEASURES.map((m) => (r.figures ? show(m, r.figures[m]) : '…')),
  }));
  const priorityOptions = (d?.coverage.priorities ?? []).map((p) => ({
    value: p.code,
    label: p.label[locale],
  }));
  const regionOptions = REGION_CODES.map((code) => ({ value: code, label: regionName(code) }));

  return (
    <>
      <PageHeader
        title={t('dashboards.national.title')}
        subtitle={d ? t('dashboards.national.asOf', { date: f.dateTime(d.asOf) }) : undefined}
        actions={
          can('reports.request') && (
            <Button
              component={Link}
              to="/reports?request=1"
              variant="light"
              leftSection={<IconFilePlus size={16} aria-hidden />}
            >
              {t('dashboards.national.requestReport')}
            </Button>
          )
        }
      />
      <Paper
        withBorder
        radius="md"
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('dashboards.filters')}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="month"
            label={t('dashboards.period.from')}
            value={filters.from ?? resolved?.from ?? ''}
            onChange={(e) => setFilters({ from: e.currentTarget.value || undefined })}
            w={170}
          />
          <TextInput
            type="month"
            label={t('dashboards.period.to')}
            value={filters.to ?? resolved?.to ?? ''}
            onChange={(e) => setFilters({ to: e.currentTarget.value || undefined })}
            w={170}
          />
          <Select
            label={t('dashboards.filter.region')}
            data={regionOptions}
            value={region ?? null}
            onChange={(v) => setFilters({ region: v ?? undefined, institute: undefined })}
            placeholder={t('common.all')}
            clearable
            searchable
            w={230}
          />
          <Select
            label={t('dashboards.filter.priority')}
            data={priorityOptions}
            value={filters.priority ?? null}
            onChange={(v) => setFilters({ priority: v ?? undefined })}
            placeholder={t('common.all')}
            clearable
            searchable
            w={260}
          />
          <Checkbox
            label={t('dashboards.period.compare')}
            checked={filters.compare === '1'}
            onChange={(e) => setFilters({ compare: e.currentTarget.checked ? '1' : undefined })}
            mb={8}
          />
        </Group>
      </Paper>
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError || !d ? (
        <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <Stack gap="lg">
          <Headline d={d} previous={comparison} />
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="map-title">
            <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
              <Title order={2} size="h4" id="map-title">
                {t('dashboards.map.title')}
              </Title>
              <Select
                label={t('dashboards.map.measure')}
                data={MEASURES.map((m) => ({ value: m, label: t(`dashboards.measure.${m}`) }))}
                value={measure}
                onChange={(v) => setFilters({ measure: v && v !== 'projects' ? v : undefined })}
                allowDeselect={false}
                data-testid="measure"
                w={240}
              />
            </Group>
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: region ? 7 : 12 }}>
                <Text size="sm" c="dimmed" mb="xs" id="map-help">
                  {t('dashboards.map.help')}
                </Text>
                <RegionMap
                  regions={mapRegions}
                  label={t('dashboards.map.label', { measure: t(`dashboards.measure.${measure}`) })}
                  selected={region}
                  onOpen={openRegion}
                  format={(v) => (measure === 'resources' ? f.percent(v, 1) : f.number(v))}
                  zeroLabel={f.number(0)}
                  dir={locale === 'ar' ? 'rtl' : 'ltr'}
                />
              </Grid.Col>
              {region && (
                <Grid.Col span={{ base: 12, md: 5 }}>
                  <RegionDrill
                    region={region}
                    regionName={regionName(region)}
                    institute={filters.institute}
                    priority={filters.priority}
                    onInstitute={(id) => setFilters({ institute: id })}
                    onClose={() => setFilters({ region: undefined, institute: undefined })}
                  />
                </Grid.Col>
              )}
            </Grid>
            <RegionsTable
              rows={tableRows}
              headers={MEASURES.map((m) => t(`dashboards.measure.${m}`))}
              selected={region}
              onOpen={openRegion}
            />
          </Paper>
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coverage-title">
            <Title order={2} size="h4" id="coverage-title" mb="sm">
              {t('dashboards.coverage.title')}
            </Title>
            <CoverageMatrix coverage={d.coverage} onOpenGap={openGap} />
          </Paper>
          <Series series={d.series} previous={comparison?.series} />
          <Others resources={d.resources.byKind} partners={d.conventions.byPartner} />
        </Stack>
      )}
    </>
  );
}
