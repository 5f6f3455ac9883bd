import { Alert, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useInvalidatePath, useMembers, type Member } from '../../features/identity/admin';
import { useCan, useMe } from '../../features/identity/me';
import { ADMIN_ROLE, ROLES_BY_KIND, type Role } from '../../features/identity/roles';
import { LANGUAGE_NAMES } from '../../app/layout/language-menu';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { MemberSessionsModal } from './member-sessions-modal';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { AdminTable } from './admin-bits';

/**
 * The tenant's members and their roles. An administrator changes a role or removes someone; the tenant
 * always keeps one administrator (the API's `last-admin` rule), which the page shows before anyone tries.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const me = useMe();
  const can = useCan();
  const members = useMembers();
  const invalidate = useInvalidatePath();
  const [editing, setEditing] = useState<Member>();
  const [removing, setRemoving] = useState<Member>();
  const [sessionsOf, setSessionsOf] = useState<Member>();
  const kind = me.data?.current.tenant.kind ?? 'institute';
  const adminRole = ADMIN_ROLE[kind];
  const manage = can('members.manage');

  const items = members.data?.pages.flatMap((p) => p.data) ?? [];
  const admins = items.filter((m) => m.role === adminRole).length;
  const lastAdmin = (m: Member) => m.role === adminRole && admins <= 1 && !members.hasNextPage;

  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/members/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidate('/api/v1/members'),
  });

  return (
    <>
      <PageHeader
        title={t('admin.members.title')}
        subtitle={
          me.data ? t('admin.members.subtitle', { tenant: me.data.current.tenant.name[locale] }) : undefined
        }
        actions={
          can('invitations.manage') && (
            <Button
              component={Link}
              to="/admin/invitations?invite=1"
              leftSection={<IconUserPlus size={16} aria-hidden />}
            >
              {t('admin.members.invite')}
            </Button>
          )
        }
      />
      {manage && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
          {t('admin.members.lastAdminRule', { role: t(`role.${adminRole}`) })}
        </Alert>
      )}
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.members.empty')} />
      ) : (
        <>
          {/* Compact: a member's e-mail, language and arrival sit under their name, so three columns fit
              beside the actions at 1280 px; under `sm` the role moves there too (390 px, no sideways scroll). */}
          <AdminTable minWidth={0} horizontalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.members.member')}</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  {t('admin.members.role')}
                </Table.Th>
                {manage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => {
                const self = m.id === me.data?.user.id;
                const last = lastAdmin(m);
                const role = (
                  <Group gap={6}>
                    <WholeBadge variant="light" color={m.role === adminRole ? 'grape' : 'gray'}>
                      {t(`role.${m.role}`)}
                    </WholeBadge>
                    {last && (
                      <WholeBadge variant="outline" color="orange" size="sm">
                        {t('admin.members.onlyAdmin')}
                      </WholeBadge>
                    )}
                  </Group>
                );
                return (
                  <Table.Tr key={m.id} data-testid="member" data-email={m.email}>
                    <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top' }}>
                      <Group gap="xs">
                        <span>{m.displayName}</span>
                        {self && (
                          <WholeBadge size="xs" variant="outline" color="gray">
                            {t('admin.members.you')}
                          </WholeBadge>
                        )}
                      </Group>
                      <Text
                        size="sm"
                        fw={400}
                        data-testid="member-email"
                        style={{ direction: 'ltr', unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}
                      >
                        {m.email}
                      </Text>
                      <Text size="xs" c="dimmed" fw={400}>
                        {t('admin.members.details', {
                          language: LANGUAGE_NAMES[m.locale],
                          date: f.date(m.joinedAt),
                        })}
                      </Text>
                      <Stack hiddenFrom="sm" mt={6} gap={0}>
                        {role}
                      </Stack>
                    </Table.Th>
                    <Table.Td visibleFrom="sm" style={{ verticalAlign: 'top' }}>
                      {role}
                    </Table.Td>
                    {manage && (
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Group gap={4} wrap="wrap">
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setEditing(m)}
                            aria-label={t('admin.members.changeRoleOf', { name: m.displayName })}
                          >
                            {t('admin.members.changeRole')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setSessionsOf(m)}
                            aria-label={t('admin.members.sessionsOf', { name: m.displayName })}
                          >
                            {t('admin.members.sessions')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            disabled={last}
                            title={last ? t('admin.members.lastAdminShort') : undefined}
                            onClick={() => setRemoving(m)}
                            aria-label={t('admin.members.removeOf', { name: m.displayName })}
                          >
                            {t('admin.members.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </AdminTable>
          <LoadMoreFooter
            shown={items.length}
            hasMore={members.hasNextPage}
            loading={members.isFetchingNextPage}
            onMore={() => void members.fetchNextPage()}
          />
        </>
      )}
      {editing && (
        <RoleModal
          member={editing}
          roles={ROLES_BY_KIND[kind]}
          lastAdmin={lastAdmin(editing)}
          onClose={() => setEditing(undefined)}
        />
      )}
      {sessionsOf && <MemberSessionsModal member={sessionsOf} onClose={() => setSessionsOf(undefined)} />}
      <ConfirmActionModal
        opened={removing !== undefined}
        onClose={() => setRemoving(undefined)}
        title={t('admin.members.removeTitle')}
        confirmLabel={t('admin.members.remove')}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.id);
          toast(t('admin.members.removed', { name: removing.displayName }));
        }}
      >
        {removing &&
          t(removing.id === me.data?.user.id ? 'admin.members.removeSelf' : 'admin.members.removeBody', {
            name: removing.displayName,
            tenant: me.data?.current.tenant.name[locale] ?? '',
          })}
      </ConfirmActionModal>
    </>
  );
}

function RoleModal({
  member,
  roles,
  lastAdmin,
  onClose,
}: {
  member: Member;
  roles: readonly Role[];
  lastAdmin: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const invalidate = useInvalidatePath();
  const [role, setRole] = useState<Role>(member.role);
  const change = useMutation({
    mutationFn: (next: Role) =>
      unwrap(
        api.PATCH('/api/v1/members/{id}', { params: { path: { id: member.id } }, body: { role: next } }),
      ),
    onSuccess: async (updated) => {
      await invalidate('/api/v1/members');
      await invalidate('/api/v1/me');
      toast(t('admin.members.roleChanged', { name: updated.displayName, role: t(`role.${updated.role}`) }));
      onClose();
    },
  });
  const fieldError = change.error instanceof ProblemError ? change.error.fieldErrors().role : undefined;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('admin.members.roleTitle', { name: member.displayName })}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate(role);
        }}
      >
        <Stack>
          <Select
            label={t('admin.members.role')}
            data={roles.map((r) => ({
              value: r,
              label: t(`role.${r}`),
              disabled: lastAdmin && r !== member.role,
            }))}
            value={role}
            onChange={(v) => v && setRole(v)}
            allowDeselect={false}
            error={fieldError}
            data-autofocus
          />
          {lastAdmin && (
            <Alert color="orange" variant="light">
              {t('admin.members.lastAdminDemote')}
            </Alert>
          )}
          {change.isError && !fieldError && <ProblemAlert error={change.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={change.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} disabled={role === member.role}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
