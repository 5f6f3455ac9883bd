import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useFormat, useT } from '../../i18n/format';
import { ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';

/** A member's live sessions in this tenant, each of which an administrator may end (issue 20 point 4). */
export function MemberSessionsModal({
  member,
  onClose,
}: {
  member: { id: string; displayName: string };
  onClose: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const client = useQueryClient();
  const key = ['/api/v1/members/{id}/sessions', member.id];
  const sessions = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/members/{id}/sessions', { params: { path: { id: member.id } } })),
  });
  const end = useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(
        api.DELETE('/api/v1/members/{id}/sessions/{sessionId}', {
          params: { path: { id: member.id, sessionId } },
        }),
      ),
    onSuccess: () => {
      toast(t('admin.members.sessionEnded'));
      void client.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('admin.members.sessionsTitle', { name: member.displayName })}
      size="lg"
    >
      <Stack>
        {end.isError && <ProblemAlert error={end.error} />}
        <QueryState query={sessions}>
          {(data) =>
            data.data.length === 0 ? (
              <Text c="dimmed">{t('admin.members.sessionsEmpty')}</Text>
            ) : (
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.members.sessionDevice')}</Table.Th>
                    <Table.Th scope="col">{t('admin.members.sessionAddress')}</Table.Th>
                    <Table.Th scope="col">{t('admin.members.sessionLastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.data.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row" fw={600}>
                        {[s.device.browser, s.device.system].filter(Boolean).join(' · ') || '—'}
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm" dir="ltr" span>
                          {s.ip ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>{f.dateTime(s.lastUsedAt)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          loading={end.isPending && end.variables === s.id}
                          onClick={() => end.mutate(s.id)}
                        >
                          {t('admin.members.sessionEnd')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Stack>
    </Modal>
  );
}
