import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { ProblemAlert, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';

const sessionsKey = ['/api/v1/me/sessions'] as const;

/** My sessions in every organisation: device, address, last use; end one, or all but this one. */
export function SessionsSection() {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const client = useQueryClient();
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/sessions')),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: sessionsKey });
  const end = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      toast(t('profile.sessions.ended'));
      refresh();
    },
  });
  const endOthers = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/sessions/end-others')),
    onSuccess: (data) => {
      toast(t('profile.sessions.endedOthers', { count: data.revokedSessions }));
      refresh();
    },
  });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="profile-sessions">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={2} size="h4" id="profile-sessions">
          {t('profile.sessions.title')}
        </Title>
        {(sessions.data?.data.length ?? 0) > 1 && (
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            loading={endOthers.isPending}
            onClick={() => endOthers.mutate()}
          >
            {t('profile.sessions.endOthers')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('profile.sessions.intro')}
        </Text>
        {end.isError && <ProblemAlert error={end.error} />}
        {endOthers.isError && <ProblemAlert error={endOthers.error} />}
        <QueryState query={sessions}>
          {(data) => (
            <div style={{ overflowX: 'auto' }}>
              <Table verticalSpacing="sm" miw={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('profile.sessions.device')}</Table.Th>
                    <Table.Th scope="col">{t('profile.sessions.place')}</Table.Th>
                    <Table.Th scope="col">{t('profile.memberships.tenant')}</Table.Th>
                    <Table.Th scope="col">{t('profile.sessions.lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.data.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Th scope="row" fw={600}>
                        {s.device.browser || s.device.system
                          ? [s.device.browser, s.device.system].filter(Boolean).join(' · ')
                          : t('profile.sessions.unknownDevice')}
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm" dir="ltr" span>
                          {s.ip ?? '—'}
                        </Text>
                        {s.network && (
                          <Text size="xs" c="dimmed">
                            {t(`profile.sessions.network.${s.network}`)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{s.tenant.name[locale]}</Table.Td>
                      <Table.Td>{f.dateTime(s.lastUsedAt)}</Table.Td>
                      <Table.Td>
                        {s.current ? (
                          <WholeBadge variant="light" color="jazari">
                            {t('profile.sessions.current')}
                          </WholeBadge>
                        ) : (
                          <Button
                            size="compact-sm"
                            variant="light"
                            color="red"
                            loading={end.isPending && end.variables === s.id}
                            onClick={() => end.mutate(s.id)}
                          >
                            {t('profile.sessions.end')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
