import { Button, Card, Group, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconRefresh } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useInvalidatePath } from '../../features/identity/admin';
import { useAttempts, useDeliveries, type Delivery, type Webhook } from '../../features/webhooks/webhooks';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useUrlFilters } from '../../ui/url-query-state';
import { AdminTable, StatusBadge } from './admin-bits';
import { useEventLabel } from './webhook-form';
import { DELIVERY_STATE } from './webhook-states';

/* An endpoint's delivery log (with redelivery) and each delivery's attempts, for the webhook page. */

export function DeliveryLog({ webhook: w, manage }: { webhook: Webhook; manage: boolean }) {
  const t = useT();
  const f = useFormat();
  const eventLabel = useEventLabel();
  const invalidate = useInvalidatePath();
  const [filters, setFilters] = useUrlFilters(['status'] as const);
  const status = (['pending', 'delivered', 'failed'] as const).find((s) => s === filters.status);
  const log = useDeliveries(w.id, status);
  const [open, setOpen] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const items = log.data?.pages.flatMap((p) => p.data) ?? [];

  const redeliver = async (d: Delivery) => {
    setBusy(d.id);
    try {
      await unwrap(
        api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
          params: { path: { id: w.id, deliveryId: d.id } },
        }),
      );
      await invalidate('/api/v1/webhooks/{id}/deliveries');
      toast(t('admin.deliveries.redelivered'));
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('admin.webhook.failed'), 'error');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="webhook-deliveries">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={2} size="h4" id="webhook-deliveries">
          {t('admin.deliveries.title')}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('admin.deliveries.filter')}
            value={status ?? 'all'}
            onChange={(v) => setFilters({ status: v === 'all' ? undefined : v })}
            data={[
              { value: 'all', label: t('admin.deliveries.all') },
              { value: 'pending', label: t('admin.deliveries.status.pending') },
              { value: 'delivered', label: t('admin.deliveries.status.delivered') },
              { value: 'failed', label: t('admin.deliveries.status.failed') },
            ]}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => void log.refetch()}
            loading={log.isRefetching && !log.isFetchingNextPage}
          >
            {t('admin.deliveries.refresh')}
          </Button>
        </Group>
      </Group>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ProblemAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.deliveries.empty')}>{t('admin.deliveries.emptyBody')}</EmptyState>
      ) : (
        <>
          <AdminTable minWidth={860}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.deliveries.event')}</Table.Th>
                <Table.Th scope="col">{t('admin.deliveries.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.deliveries.attempts')}</Table.Th>
                <Table.Th scope="col">{t('admin.deliveries.response')}</Table.Th>
                <Table.Th scope="col">{t('admin.deliveries.last')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Fragment key={d.id}>
                  <Table.Tr data-testid="delivery">
                    <Table.Th scope="row">
                      <Text size="sm" fw={600}>
                        {eventLabel(d.eventType)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {f.dateTime(d.createdAt)}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <StatusBadge
                        label={DELIVERY_STATE[d.status].label}
                        color={DELIVERY_STATE[d.status].color}
                      />
                    </Table.Td>
                    <Table.Td className="tabular">
                      {t('admin.deliveries.attemptsValue', { count: d.attempts, cycle: d.cycle })}
                    </Table.Td>
                    <Table.Td>
                      {d.lastStatusCode !== null ? (
                        <WholeBadge
                          variant="outline"
                          color={d.lastStatusCode < 300 ? 'green' : 'red'}
                          className="tabular"
                        >
                          HTTP {d.lastStatusCode}
                        </WholeBadge>
                      ) : (
                        '—'
                      )}
                      {d.latencyMs !== null && (
                        <Text size="xs" c="dimmed" className="tabular">
                          {t('admin.deliveries.latency', { ms: d.latencyMs })}
                        </Text>
                      )}
                      {d.lastError && (
                        <Text
                          size="xs"
                          c="red.8"
                          lineClamp={2}
                          title={d.lastError}
                          style={{ direction: 'ltr', unicodeBidi: 'isolate' }}
                        >
                          {d.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{d.lastAttemptAt ? f.dateTime(d.lastAttemptAt) : '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-expanded={open === d.id}
                          aria-controls={`attempts-${d.id}`}
                          onClick={() => setOpen(open === d.id ? undefined : d.id)}
                        >
                          {open === d.id
                            ? t('admin.deliveries.hideAttempts')
                            : t('admin.deliveries.showAttempts')}
                        </Button>
                        {manage && w.enabled && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            loading={busy === d.id}
                            onClick={() => void redeliver(d)}
                          >
                            {t('admin.deliveries.redeliver')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {open === d.id && (
                    <Table.Tr id={`attempts-${d.id}`}>
                      <Table.Td colSpan={6} bg="gray.0">
                        <Attempts webhookId={w.id} deliveryId={d.id} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </AdminTable>
          {manage && !w.enabled && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('admin.deliveries.enableToRedeliver')}
            </Text>
          )}
          <LoadMoreFooter
            shown={items.length}
            hasMore={log.hasNextPage}
            loading={log.isFetchingNextPage}
            onMore={() => void log.fetchNextPage()}
          />
        </>
      )}
    </Card>
  );
}

function Attempts({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) {
  const t = useT();
  const f = useFormat();
  const attempts = useAttempts(webhookId, deliveryId, true);
  return (
    <QueryState query={attempts}>
      {(data) =>
        data.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('admin.attempts.none')}
          </Text>
        ) : (
          <Table fz="xs" verticalSpacing={4} aria-label={t('admin.attempts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.attempts.number')}</Table.Th>
                <Table.Th scope="col">{t('admin.attempts.started')}</Table.Th>
                <Table.Th scope="col">{t('admin.attempts.code')}</Table.Th>
                <Table.Th scope="col">{t('admin.attempts.latency')}</Table.Th>
                <Table.Th scope="col">{t('admin.attempts.error')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.data.map((a) => (
                <Table.Tr key={a.number}>
                  <Table.Td className="tabular">
                    {t('admin.attempts.numberValue', { number: a.number, cycle: a.cycle })}
                  </Table.Td>
                  <Table.Td>{f.dateTime(a.startedAt)}</Table.Td>
                  <Table.Td className="tabular">
                    {a.statusCode ?? (a.finishedAt ? '—' : t('admin.attempts.cutShort'))}
                  </Table.Td>
                  <Table.Td className="tabular">
                    {a.latencyMs !== null ? t('admin.deliveries.latency', { ms: a.latencyMs }) : '—'}
                  </Table.Td>
                  <Table.Td style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{a.error ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}
