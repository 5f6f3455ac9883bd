import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Menu,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconChevronDown,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconRefresh,
  IconRotateClockwise,
  IconTrash,
} from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useInvalidatePath } from '../../features/identity/admin';
import { useCan } from '../../features/identity/me';
import {
  endpointState,
  useAttempts,
  useDeliveries,
  useWebhook,
  type Delivery,
  type Webhook,
} from '../../features/webhooks/webhooks';
import { useFormat, useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { useUrlFilters } from '../../ui/url-query-state';
import { AdminTable, StatusBadge } from './admin-bits';
import { ShownOnceSecretModal } from './shown-once-secret';
import { useEventLabel, WebhookFormModal } from './webhook-form';
import { DELIVERY_STATE, ENDPOINT_STATE } from './webhook-states';

type Dialog = 'edit' | 'disable' | 'rotate' | 'delete';

/**
 * One endpoint (also at `/webhooks/:id`, where the "endpoint disabled" notice points): its settings, the
 * moves on it (edit, disable or enable, rotate the secret, delete) and its delivery log with redelivery.
 */
export function Component() {
  const { id = '' } = useParams();
  const t = useT();
  const webhook = useWebhook(id);
  return (
    <>
      <Anchor
        component={Link}
        to="/admin/webhooks"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('admin.webhooks.back')}
      </Anchor>
      <QueryState query={webhook}>{(w) => <Endpoint webhook={w} />}</QueryState>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Endpoint({ webhook: w }: { webhook: Webhook }) {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const invalidate = useInvalidatePath();
  const eventLabel = useEventLabel();
  const [dialog, setDialog] = useState<Dialog>();
  const [secret, setSecret] = useState<string>();
  const manage = can('webhooks.manage');
  const state = endpointState(w);
  const close = () => setDialog(undefined);
  const refresh = () => invalidate('/api/v1/webhooks');

  const setEnabled = async (enabled: boolean) => {
    await unwrap(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: w.id } }, body: { enabled } }));
    await refresh();
    toast(t(enabled ? 'admin.webhook.enabledToast' : 'admin.webhook.disabledToast'));
  };

  return (
    <>
      <PageHeader
        title={t('admin.webhook.title')}
        subtitle={
          <Text component="span" style={{ direction: 'ltr', unicodeBidi: 'isolate', wordBreak: 'break-all' }}>
            {w.url}
          </Text>
        }
        badge={<StatusBadge label={ENDPOINT_STATE[state].label} color={ENDPOINT_STATE[state].color} />}
        actions={
          manage && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setDialog('edit')}
              >
                {t('common.edit')}
              </Button>
              {w.enabled ? (
                <Button
                  variant="default"
                  leftSection={<IconPlayerPause size={16} aria-hidden />}
                  onClick={() => setDialog('disable')}
                >
                  {t('admin.webhook.disable')}
                </Button>
              ) : (
                <Button
                  leftSection={<IconPlayerPlay size={16} aria-hidden />}
                  onClick={() => void setEnabled(true).catch(() => toast(t('admin.webhook.failed'), 'error'))}
                >
                  {t('admin.webhook.enable')}
                </Button>
              )}
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />}>
                    {t('admin.webhook.more')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconRotateClockwise size={16} aria-hidden />}
                    onClick={() => setDialog('rotate')}
                  >
                    {t('admin.webhook.rotate')}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => setDialog('delete')}
                  >
                    {t('admin.webhook.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </>
          )
        }
      />
      <Stack gap="lg">
        {!w.enabled && w.disabledReason === 'failing' && (
          <Alert
            color="red"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('admin.webhook.disabledFailingTitle')}
          >
            {t('admin.webhook.disabledFailingBody', { date: f.dateTime(w.disabledAt) })}
          </Alert>
        )}
        {w.enabled && w.failingSince && (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
            {t('admin.webhook.failingBody', { date: f.dateTime(w.failingSince) })}
          </Alert>
        )}
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="webhook-settings">
          <Title order={2} size="h4" mb="md" id="webhook-settings">
            {t('admin.webhook.settings')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <Fact label={t('admin.webhooks.description')}>{w.description || '—'}</Fact>
            <Fact label={t('admin.webhook.created')}>{f.dateTime(w.createdAt)}</Fact>
            <Fact label={t('admin.webhooks.lastSuccess')}>
              {w.lastSuccessAt ? f.dateTime(w.lastSuccessAt) : t('admin.webhooks.noSuccess')}
            </Fact>
            <Fact label={t('admin.webhook.secretVersion')}>
              {t('admin.webhook.secretVersionValue', { version: w.secretVersion })}
            </Fact>
            <Fact label={t('admin.webhook.updated')}>{f.dateTime(w.updatedAt)}</Fact>
          </SimpleGrid>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="md" mb={6}>
            {t('admin.webhooks.events')}
          </Text>
          <Group gap={6}>
            {w.eventTypes.map((e) => (
              <WholeBadge key={e} variant="light" color="gray" tt="none">
                {eventLabel(e)}
              </WholeBadge>
            ))}
          </Group>
        </Card>
        <DeliveryLog webhook={w} manage={manage} />
      </Stack>
      {dialog === 'edit' && (
        <WebhookFormModal
          title={t('admin.webhook.editTitle')}
          initial={w}
          submitLabel={t('common.save')}
          onClose={close}
          onSubmit={async (values) => {
            await unwrap(
              api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: w.id } }, body: values }),
            );
            await refresh();
            toast(t('admin.webhook.saved'));
            close();
          }}
        />
      )}
      <ConfirmActionModal
        opened={dialog === 'disable'}
        onClose={close}
        title={t('admin.webhook.disableTitle')}
        confirmLabel={t('admin.webhook.disable')}
        color="orange"
        onConfirm={() => setEnabled(false)}
      >
        {t('admin.webhook.disableBody')}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={dialog === 'rotate'}
        onClose={close}
        title={t('admin.webhook.rotateTitle')}
        confirmLabel={t('admin.webhook.rotate')}
        color="orange"
        onConfirm={async () => {
          const rotated = await unwrap(
            api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id: w.id } } }),
          );
          await refresh();
          setSecret(rotated.secret);
        }}
      >
        {t('admin.webhook.rotateBody')}
      </ConfirmActionModal>
      <ConfirmActionModal
        opened={dialog === 'delete'}
        onClose={close}
        title={t('admin.webhook.deleteTitle')}
        confirmLabel={t('admin.webhook.delete')}
        onConfirm={async () => {
          await unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: w.id } } }));
          toast(t('admin.webhook.deleted'));
          await navigate('/admin/webhooks', { replace: true });
          await refresh();
        }}
      >
        {t('admin.webhook.deleteBody')}
      </ConfirmActionModal>
      <ShownOnceSecretModal
        secret={secret}
        title={t('admin.webhooks.secretTitle')}
        intro={t('admin.webhook.rotatedIntro')}
        onClose={() => setSecret(undefined)}
      />
    </>
  );
}

function DeliveryLog({ webhook: w, manage }: { webhook: Webhook; manage: boolean }) {
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
