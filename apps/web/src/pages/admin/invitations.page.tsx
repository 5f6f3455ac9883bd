import { Button, Table, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useInvalidatePath, useInvitations, type Invitation } from '../../features/identity/admin';
import { useCan, useMe } from '../../features/identity/me';
import { ROLES_BY_KIND } from '../../features/identity/roles';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import type { MessageKey } from '../../i18n/messages/fr';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { AdminTable, StatusBadge } from './admin-bits';
import { InviteModal } from './invite-modal';

const STATUS: Record<Invitation['status'], { label: MessageKey; color: string }> = {
  open: { label: 'admin.invitations.status.open', color: 'blue' },
  accepted: { label: 'admin.invitations.status.accepted', color: 'green' },
  revoked: { label: 'admin.invitations.status.revoked', color: 'gray' },
  expired: { label: 'admin.invitations.status.expired', color: 'orange' },
};

/** Invitations to join the tenant: who was invited, with which role, where it stands; invite and revoke. */
export function Component() {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const me = useMe();
  const can = useCan();
  const list = useInvitations();
  const invalidate = useInvalidatePath();
  const [params, setParams] = useSearchParams();
  const [revoking, setRevoking] = useState<Invitation>();
  const manage = can('invitations.manage');
  const kind = me.data?.current.tenant.kind ?? 'institute';
  const inviting = params.get('invite') === '1' && manage;
  const setInviting = (on: boolean) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (on) next.set('invite', '1');
        else next.delete('invite');
        return next;
      },
      { replace: true },
    );

  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => invalidate('/api/v1/invitations'),
  });
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader
        title={t('admin.invitations.title')}
        subtitle={
          me.data
            ? t('admin.invitations.subtitle', { tenant: me.data.current.tenant.name[locale] })
            : undefined
        }
        actions={
          manage && (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
              {t('admin.invite.open')}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.invitations.empty')}>{t('admin.invitations.emptyBody')}</EmptyState>
      ) : (
        <>
          <AdminTable>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.invitations.email')}</Table.Th>
                <Table.Th scope="col">{t('admin.invitations.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.invitations.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.invitations.sent')}</Table.Th>
                <Table.Th scope="col">{t('admin.invitations.expires')}</Table.Th>
                {manage && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id} data-testid="invitation" data-email={i.email}>
                  <Table.Th scope="row" fw={600}>
                    <Text size="sm" fw={600} style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>
                      {i.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>{t(`role.${i.role}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge label={STATUS[i.status].label} color={STATUS[i.status].color} />
                  </Table.Td>
                  <Table.Td>{f.dateTime(i.createdAt)}</Table.Td>
                  <Table.Td>
                    {i.status === 'accepted'
                      ? t('admin.invitations.acceptedOn', { date: f.date(i.acceptedAt) })
                      : i.status === 'revoked'
                        ? t('admin.invitations.revokedOn', { date: f.date(i.revokedAt) })
                        : f.dateTime(i.expiresAt)}
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      {i.status === 'open' && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(i)}
                          aria-label={t('admin.invitations.revokeOf', { email: i.email })}
                        >
                          {t('admin.invitations.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </AdminTable>
          <LoadMoreFooter
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      <InviteModal
        opened={inviting}
        title={t('admin.invite.title')}
        intro={me.data ? t('admin.invite.intro', { tenant: me.data.current.tenant.name[locale] }) : undefined}
        roles={ROLES_BY_KIND[kind]}
        onClose={() => setInviting(false)}
        onInvite={async (body) => {
          await unwrap(api.POST('/api/v1/invitations', { body }));
          await invalidate('/api/v1/invitations');
          toast(t('admin.invite.sent', { email: body.email }));
        }}
      />
      <ConfirmActionModal
        opened={revoking !== undefined}
        onClose={() => setRevoking(undefined)}
        title={t('admin.invitations.revokeTitle')}
        confirmLabel={t('admin.invitations.revoke')}
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          toast(t('admin.invitations.revoked', { email: revoking.email }));
        }}
      >
        {revoking && t('admin.invitations.revokeBody', { email: revoking.email })}
      </ConfirmActionModal>
    </>
  );
}
