import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { downloadable, REPORT_STATUS_COLOR, type Report } from '../../features/reports/reports';
import { useFormat, useT } from '../../i18n/format';
import { api, unwrap } from '../../api/client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { toast } from '../../ui/toast';

const LINK_FRESH_MS = 120_000;

/** Status in words, and while it renders, a progress bar that says its percentage. */
export function ReportStatus({ report: r, wide }: { report: Report; wide?: boolean }) {
  const t = useT();
  const f = useFormat();
  const expiredByTime = r.status === 'ready' && !downloadable(r);
  const status = expiredByTime ? 'expired' : r.status;
  return (
    <Stack gap={4} miw={wide ? 260 : 140}>
      <Group gap={6}>
        <WholeBadge variant="light" color={REPORT_STATUS_COLOR[status]} data-testid="report-status">
          {t(`reports.status.${status}`)}
        </WholeBadge>
        {(r.status === 'running' || r.status === 'queued') && (
          <Text size="xs" c="dimmed" className="tabular">
            {f.percent(r.progress)}
          </Text>
        )}
      </Group>
      {(r.status === 'running' || r.status === 'queued') && (
        <Progress
          value={r.progress}
          size={wide ? 'lg' : 'sm'}
          animated
          aria-label={t('reports.progress', { percent: f.percent(r.progress) })}
        />
      )}
    </Stack>
  );
}

/**
 * The file by a plain link click (`<a href download>`), never with the session's token: the link is a
 * short-lived signed URL the API gives (`POST /reports/{id}/download-link`), fetched ahead (on the report's
 * page, or when the pointer or focus reaches the button) and again if it is about to expire.
 */
export function DownloadReportButton({
  report: r,
  size = 'compact-sm',
  prefetch = false,
}: {
  report: Report;
  size?: 'compact-sm' | 'md';
  prefetch?: boolean;
}) {
  const t = useT();
  const client = useQueryClient();
  const [wanted, setWanted] = useState(prefetch);
  const [busy, setBusy] = useState(false);
  const ready = downloadable(r);
  const linkQuery = {
    queryKey: ['/api/v1/reports/{id}/download-link', { id: r.id }],
    queryFn: () => unwrap(api.POST('/api/v1/reports/{id}/download-link', { params: { path: { id: r.id } } })),
  } as const;
  // A link works 5 minutes: taken again every 2, and not used once stale (then the click asks anew).
  const query = useQuery({
    ...linkQuery,
    enabled: ready && wanted,
    staleTime: LINK_FRESH_MS,
    refetchInterval: LINK_FRESH_MS,
  });
  const link = query.data && !query.isStale ? query.data : null;
  if (!ready) return null;
  const click = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (link) return; // the plain link does it
    event.preventDefault();
    setBusy(true);
    try {
      const next = await client.fetchQuery({ ...linkQuery, staleTime: 0 });
      const anchor = document.createElement('a');
      anchor.href = next.url;
      anchor.download = r.filename ?? '';
      anchor.style.display = 'none';
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('reports.downloadFailed'), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      component="a"
      href={link ? link.url : `/reports/${r.id}`}
      download={link ? (r.filename ?? '') : undefined}
      size={size}
      variant={size === 'md' ? 'filled' : 'light'}
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onPointerEnter={() => setWanted(true)}
      onFocus={() => setWanted(true)}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => void click(e)}
      data-testid="report-download"
    >
      {t('reports.download')}
    </Button>
  );
}

/**
 * Says so (a toast) when a report the page watched while it rendered becomes ready; reports already
 * finished when the page opened are not announced, except one the reader has just requested (`requested`:
 * its id and the status the request answered), which may be ready before the page first reads it.
 */
export function useReadyNotice(
  reports: readonly Report[],
  requested?: { readonly id: string; readonly status: Report['status'] },
) {
  const t = useT();
  const seen = useRef(new Map<string, Report['status']>(requested ? [[requested.id, requested.status]] : []));
  useEffect(() => {
    for (const r of reports) {
      const before = seen.current.get(r.id);
      if ((before === 'queued' || before === 'running') && r.status !== before) {
        const name = t('reports.name', { scope: t(`reports.scope.${r.scope}`), period: r.period.label });
        if (r.status === 'ready') toast(t('reports.readyNotice', { name }));
        else if (r.status === 'failed') toast(t('reports.failedNotice', { name }), 'error');
      }
      seen.current.set(r.id, r.status);
    }
  }, [reports, t]);
}
