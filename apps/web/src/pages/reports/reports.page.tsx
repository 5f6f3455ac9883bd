import { Anchor, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconCalendarRepeat, IconFilePlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { useCan } from '../../features/identity/me';
import { useReports } from '../../features/reports/reports';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { DownloadReportButton, ReportStatus, useReadyNotice } from './report-bits';
import { RequestReportModal } from './request-report-modal';

/** The tenant's reports with their progress while they render; request a new one; download when ready. */
export function Component() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const list = useReports();
  const [params, setParams] = useSearchParams();
  const requesting = params.get('request') === '1' && can('reports.request');
  const setRequesting = (on: boolean) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (on) next.set('request', '1');
        else next.delete('request');
        return next;
      },
      { replace: true },
    );
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  useReadyNotice(items);

  return (
    <>
      <PageHeader
        title={t('reports.list.title')}
        subtitle={t('reports.list.subtitle')}
        actions={
          <Group gap="sm">
            <Button
              component={Link}
              to="/reports/schedules"
              variant="default"
              leftSection={<IconCalendarRepeat size={16} aria-hidden />}
            >
              {t('reports.schedules.open')}
            </Button>
            {can('reports.request') && (
              <Button
                leftSection={<IconFilePlus size={16} aria-hidden />}
                onClick={() => setRequesting(true)}
              >
                {t('reports.list.request')}
              </Button>
            )}
          </Group>
        }
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={t('reports.list.empty')}>{t('reports.list.emptyBody')}</EmptyState>
        </Paper>
      ) : (
        <>
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="sm" horizontalSpacing="md" miw={820} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.list.report')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.format')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.status')}</Table.Th>
                  <Table.Th scope="col">{t('reports.list.requestedAt')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid="report">
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/reports/${r.id}`} fw={600}>
                        {t('reports.name', { scope: t(`reports.scope.${r.scope}`), period: r.period.label })}
                      </Anchor>
                      {r.scheduleId && (
                        <Text size="xs" c="dimmed">
                          {t('reports.scheduled')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">
                        {t(`reports.format.${r.format}`)} · {LANGUAGE_NAMES[r.locale]}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ReportStatus report={r} />
                    </Table.Td>
                    <Table.Td>{f.dateTime(r.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <DownloadReportButton report={r} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
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
      {requesting && <RequestReportModal onClose={() => setRequesting(false)} />}
    </>
  );
}
