import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconClockX, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { useCan } from '../../features/identity/me';
import { downloadable, useReport, type Report } from '../../features/reports/reports';
import { useFormat, useT } from '../../i18n/format';
import { PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { DownloadReportButton, ReportStatus, useReadyNotice } from './report-bits';

/** One report (where the "report ready" notice links): its progress while it renders, then its file. */
export function Component() {
  const { id = '' } = useParams();
  const t = useT();
  const report = useReport(id);
  // Set by the request dialog: the report may be ready before this page first reads it.
  const requested = (useLocation().state as { requested?: { id: string; status: Report['status'] } } | null)
    ?.requested;
  useReadyNotice(report.data ? [report.data] : [], requested?.id === id ? requested : undefined);
  return (
    <>
      <Anchor
        component={Link}
        to="/reports"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('reports.back')}
      </Anchor>
      <QueryState query={report}>{(r) => <ReportView report={r} />}</QueryState>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" fw={500}>
        {children}
      </Text>
    </div>
  );
}

function ReportView({ report: r }: { report: Report }) {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const client = useQueryClient();
  const retry = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/reports/{id}/retry', { params: { path: { id: r.id } } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['/api/v1/reports'] });
      await client.invalidateQueries({ queryKey: ['/api/v1/reports/{id}', { id: r.id }] });
      toast(t('reports.retried'));
    },
  });
  const expired = r.status === 'expired' || (r.status === 'ready' && !downloadable(r));
  const name = t('reports.name', { scope: t(`reports.scope.${r.scope}`), period: r.period.label });

  return (
    <>
      <PageHeader
        title={name}
        subtitle={t('reports.detail.subtitle', {
          format: t(`reports.format.${r.format}`),
          language: LANGUAGE_NAMES[r.locale],
        })}
        actions={<DownloadReportButton report={r} size="md" prefetch />}
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg" component="section" aria-label={t('reports.detail.state')}>
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
            <ReportStatus report={r} wide />
            <Text size="sm" c="dimmed" aria-live="polite">
              {r.status === 'queued'
                ? t('reports.detail.queued')
                : r.status === 'running'
                  ? t('reports.detail.running')
                  : r.status === 'ready' && !expired
                    ? t('reports.detail.ready', { date: f.dateTime(r.expiresAt) })
                    : ''}
            </Text>
          </Group>
          {expired && (
            <Alert
              color="gray"
              icon={<IconClockX aria-hidden />}
              mt="md"
              title={t('reports.detail.expiredTitle')}
            >
              {t('reports.detail.expired', { date: f.dateTime(r.expiresAt) })}
            </Alert>
          )}
          {r.status === 'failed' && (
            <Alert
              color="red"
              icon={<IconAlertTriangle aria-hidden />}
              mt="md"
              title={t('reports.detail.failedTitle')}
            >
              <Stack gap="xs">
                {r.error && <Text size="sm">{r.error}</Text>}
                {can('reports.request') && (
                  <div>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      leftSection={<IconRefresh size={14} aria-hidden />}
                      loading={retry.isPending}
                      onClick={() => retry.mutate()}
                    >
                      {t('reports.detail.retry')}
                    </Button>
                  </div>
                )}
              </Stack>
            </Alert>
          )}
          {retry.isError && <ProblemAlert error={retry.error} />}
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-label={t('reports.detail.facts')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            <Fact label={t('reports.form.scope')}>{t(`reports.scope.${r.scope}`)}</Fact>
            <Fact label={t('reports.form.period')}>
              {r.period.label} ({r.period.from} → {r.period.to})
            </Fact>
            <Fact label={t('reports.detail.file')}>{r.filename ?? '—'}</Fact>
            <Fact label={t('reports.detail.size')}>
              {r.sizeBytes !== null
                ? t('reports.detail.sizeValue', { kb: f.number(Math.max(1, Math.round(r.sizeBytes / 1024))) })
                : '—'}
            </Fact>
            <Fact label={t('reports.list.requestedAt')}>{f.dateTime(r.createdAt)}</Fact>
            <Fact label={t('reports.detail.started')}>{f.dateTime(r.startedAt)}</Fact>
            <Fact label={t('reports.detail.finished')}>{f.dateTime(r.finishedAt)}</Fact>
            <Fact label={t('reports.detail.expires')}>{f.dateTime(r.expiresAt)}</Fact>
          </SimpleGrid>
        </Card>
      </Stack>
    </>
  );
}
