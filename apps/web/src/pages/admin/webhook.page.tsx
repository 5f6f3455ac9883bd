import { Alert, Anchor, Button, Card, Group, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconChevronDown,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconRotateClockwise,
  IconTrash,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useInvalidatePath } from '../../features/identity/admin';
import { useCan } from '../../features/identity/me';
import { endpointState, useWebhook, type Webhook } from '../../features/webhooks/webhooks';
import { useFormat, useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { PageHeader, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { StatusBadge } from './admin-bits';
import { ShownOnceSecretModal } from './shown-once-secret';
import { useEventLabel, WebhookFormModal } from './webhook-form';
import { DeliveryLog } from './webhook-deliveries';
import { ENDPOINT_STATE } from './webhook-states';

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
