import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadable, REPORT_STATUS_COLOR, type Report } from '../../features/reports/reports';
import { useFormat, useT } from '../../i18n/format';
import { downloadWithSession } from '../../ui/authed-download';
import { ProblemError } from '../../api/problem';
import { toast } from '../../ui/toast';

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

/** Downloads the file with the session's token, under the name the API gives it. */
export function DownloadReportButton({
  report: r,
  size = 'compact-sm',
}: {
  report: Report;
  size?: 'compact-sm' | 'md';
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  if (!downloadable(r)) return null;
  const go = async () => {
    setBusy(true);
    try {
      const name = await downloadWithSession(
        r.downloadUrl ?? `/api/v1/reports/${r.id}/download`,
        r.filename ?? 'report',
      );
      toast(t('reports.downloaded', { name }));
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('reports.downloadFailed'), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size={size}
      variant={size === 'md' ? 'filled' : 'light'}
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={() => void go()}
    >
      {t('reports.download')}
    </Button>
  );
}
