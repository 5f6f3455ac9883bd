import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconInfoCircle, IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useApiKeys, useInvalidatePath, type ApiKey } from '../../features/identity/admin';
import { useCan, useMe, type Permission } from '../../features/identity/me';
import { PERSONAL_ACTIONS } from '../../features/identity/roles';
import { useFormat, useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { AdminTable, StatusBadge } from './admin-bits';
import { ShownOnceSecretModal } from './shown-once-secret';

type Expiry = '30' | '90' | '365' | 'never' | 'date';

function keyState(key: ApiKey, now: number): 'active' | 'revoked' | 'expired' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The part before the dot (`projects.read` → `projects`): how the permission checklist is grouped. */
const groupOf = (p: string) => p.split('.')[0]!;

/**
 * The tenant's API keys for its systems. A key carries a subset of its creator's permissions (never a
 * personal one) and an optional expiry; its secret is shown once, in a dialog, then never again.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const keys = useApiKeys();
  const invalidate = useInvalidatePath();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; key: string }>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const manage = can('api_keys.manage');
  const [now] = useState(() => Date.now());
  const items = keys.data?.pages.flatMap((p) => p.data) ?? [];

  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidate('/api/v1/api-keys'),
  });

  return (
    <>
      <PageHeader
        title={t('admin.keys.title')}
        subtitle={t('admin.keys.subtitle')}
        actions={
          manage && (
            <Button leftSection={<IconKey size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('admin.keys.create')}
            </Button>
          )
        }
      />
      {keys.isPending ? (
        <Loading />
      ) : keys.isError ? (
        <ProblemAlert error={keys.error} onRetry={() => void keys.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.keys.empty')}>{t('admin.keys.emptyBody')}</EmptyState>
      ) : (
        <>
          <AdminTable minWidth={820}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.keys.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.keys.permissions')}</Table.Th>
                <Table.Th scope="col">{t('admin.keys.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.keys.created')}</Table.Th>
                <Table.Th scope="col">{t('admin.keys.expires')}</Table.Th>
                <Table.Th scope="col">{t('admin.keys.lastUsed')}</Table.Th>
                {manage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((k) => {
                const state = keyState(k, now);
                return (
                  <Table.Tr key={k.id} data-testid="api-key" data-name={k.name}>
                    <Table.Th scope="row" fw={600}>
                      {k.name}
                    </Table.Th>
                    <Table.Td>
                      <Tooltip
                        label={k.permissions.map((p) => t(`admin.perm.${p}`)).join(' · ')}
                        multiline
                        w={320}
                      >
                        <WholeBadge variant="light" color="gray" tabIndex={0}>
                          {t('admin.keys.permissionCount', { count: k.permissions.length })}
                        </WholeBadge>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge
                        label={`admin.keys.state.${state}`}
                        color={state === 'active' ? 'green' : state === 'expired' ? 'orange' : 'gray'}
                      />
                    </Table.Td>
                    <Table.Td>{f.date(k.createdAt)}</Table.Td>
                    <Table.Td>{k.expiresAt ? f.date(k.expiresAt) : t('admin.keys.never')}</Table.Td>
                    <Table.Td>{k.lastUsedAt ? f.relative(k.lastUsedAt) : t('admin.keys.neverUsed')}</Table.Td>
                    {manage && (
                      <Table.Td>
                        {state !== 'revoked' && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => setRevoking(k)}
                            aria-label={t('admin.keys.revokeOf', { name: k.name })}
                          >
                            {t('admin.keys.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </AdminTable>
          <LoadMoreFooter
            shown={items.length}
            hasMore={keys.hasNextPage}
            loading={keys.isFetchingNextPage}
            onMore={() => void keys.fetchNextPage()}
          />
        </>
      )}
      {creating && (
        <CreateKeyModal
          onClose={() => setCreating(false)}
          onCreated={(name, key) => {
            setCreating(false);
            setSecret({ name, key });
          }}
        />
      )}
      <ShownOnceSecretModal
        secret={secret?.key}
        title={t('admin.keys.secretTitle', { name: secret?.name ?? '' })}
        intro={t('admin.keys.secretIntro')}
        onClose={() => setSecret(undefined)}
      />
      <ConfirmActionModal
        opened={revoking !== undefined}
        onClose={() => setRevoking(undefined)}
        title={t('admin.keys.revokeTitle')}
        confirmLabel={t('admin.keys.revoke')}
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          toast(t('admin.keys.revoked', { name: revoking.name }));
        }}
      >
        {revoking && t('admin.keys.revokeBody', { name: revoking.name })}
      </ConfirmActionModal>
    </>
  );
}

function CreateKeyModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (name: string, key: string) => void;
}) {
  const t = useT();
  const me = useMe();
  const invalidate = useInvalidatePath();
  const delegable = (me.data?.current.permissions ?? []).filter((p) => !PERSONAL_ACTIONS.has(p));
  const groups = [...new Set(delegable.map(groupOf))];
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<Permission[]>([]);
  const [expiry, setExpiry] = useState<Expiry>('90');
  const [date, setDate] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [tomorrow] = useState(() => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  const create = useMutation({
    mutationFn: (body: { name: string; permissions: Permission[]; expiresAt?: string }) =>
      unwrap(api.POST('/api/v1/api-keys', { body })),
    onSuccess: async (created) => {
      await invalidate('/api/v1/api-keys');
      toast(t('admin.keys.created.toast', { name: created.name }));
      onCreated(created.name, created.key);
    },
    onError: (e) => {
      if (!(e instanceof ProblemError)) return;
      const local = e.fieldErrors();
      if (e.slug === 'expiry-in-past') local.expiresAt = e.title;
      if (e.slug === 'permission-not-delegable') local.permissions = e.detail ?? e.title;
      setFields(local);
    },
  });

  const expiresAt = (): string | undefined => {
    if (expiry === 'never') return undefined;
    if (expiry === 'date') return date ? new Date(`${date}T23:59:59`).toISOString() : undefined;
    return new Date(Date.now() + Number(expiry) * 86_400_000).toISOString();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('admin.keys.nameRequired');
    if (permissions.length === 0) local.permissions = t('admin.keys.permissionsRequired');
    if (expiry === 'date' && !date) local.expiresAt = t('admin.keys.dateRequired');
    setFields(local);
    if (Object.keys(local).length > 0) return;
    const at = expiresAt();
    create.mutate({ name: name.trim(), permissions, ...(at ? { expiresAt: at } : {}) });
  };

  const toggleGroup = (group: string, on: boolean) =>
    setPermissions((current) => {
      const inGroup = delegable.filter((p) => groupOf(p) === group);
      return on ? [...new Set([...current, ...inGroup])] : current.filter((p) => !inGroup.includes(p));
    });

  const handled =
    create.error instanceof ProblemError &&
    ['validation-failed', 'expiry-in-past', 'permission-not-delegable'].includes(create.error.slug);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('admin.keys.createTitle')}
      size="xl"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('admin.keys.name')}
            description={t('admin.keys.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fields.name}
            maxLength={100}
            required
            data-autofocus
          />
          <Checkbox.Group
            label={t('admin.keys.permissions')}
            description={t('admin.keys.permissionsHelp')}
            value={permissions}
            onChange={(v) => setPermissions(v)}
            error={fields.permissions}
            required
          >
            <Stack gap="sm" mt="xs">
              {groups.map((group) => {
                const inGroup = delegable.filter((p) => groupOf(p) === group);
                const checked = inGroup.filter((p) => permissions.includes(p)).length;
                return (
                  <fieldset key={group} style={{ border: 0, padding: 0, margin: 0 }}>
                    <Group justify="space-between" mb={4}>
                      <Text component="legend" size="sm" fw={600}>
                        {t(`admin.permGroup.${group as 'projects'}`)}
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => toggleGroup(group, checked < inGroup.length)}
                      >
                        {checked < inGroup.length ? t('admin.keys.selectAll') : t('admin.keys.selectNone')}
                      </Button>
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
                      {inGroup.map((p) => (
                        <Checkbox
                          key={p}
                          value={p}
                          label={t(`admin.perm.${p}`)}
                          description={<span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{p}</span>}
                        />
                      ))}
                    </SimpleGrid>
                  </fieldset>
                );
              })}
            </Stack>
          </Checkbox.Group>
          <Group align="flex-end" grow>
            <Select
              label={t('admin.keys.expiry')}
              data={[
                { value: '30', label: t('admin.keys.expiry.days', { count: 30 }) },
                { value: '90', label: t('admin.keys.expiry.days', { count: 90 }) },
                { value: '365', label: t('admin.keys.expiry.year') },
                { value: 'date', label: t('admin.keys.expiry.date') },
                { value: 'never', label: t('admin.keys.expiry.never') },
              ]}
              value={expiry}
              onChange={(v) => v && setExpiry(v)}
              allowDeselect={false}
              error={expiry !== 'date' ? fields.expiresAt : undefined}
            />
            {expiry === 'date' && (
              <TextInput
                type="date"
                label={t('admin.keys.expiryDate')}
                value={date}
                min={tomorrow}
                onChange={(e) => setDate(e.currentTarget.value)}
                error={fields.expiresAt}
                required
              />
            )}
          </Group>
          {expiry === 'never' && (
            <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t('admin.keys.neverWarning')}
            </Alert>
          )}
          {create.isError && !handled && <ProblemAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.keys.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
