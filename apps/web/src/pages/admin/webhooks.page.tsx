import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useInvalidatePath } from '../../features/identity/admin';
import { useCan } from '../../features/identity/me';
import { endpointState, useWebhooks } from '../../features/webhooks/webhooks';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { AdminTable, StatusBadge } from './admin-bits';
import { ShownOnceSecretModal } from './shown-once-secret';
import { WebhookFormModal } from './webhook-form';
import { ENDPOINT_STATE } from './webhook-states';

/** The tenant's webhook endpoints: where they point, what they receive, and whether deliveries get through. */
export function Component() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const list = useWebhooks();
  const invalidate = useInvalidatePath();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ id: string; secret: string }>();
  const manage = can('webhooks.manage');
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader
        title={t('admin.webhooks.title')}
        subtitle={t('admin.webhooks.subtitle')}
        actions={
          manage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('admin.webhooks.create')}
            </Button>
          )
        }
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.webhooks.empty')}>{t('admin.webhooks.emptyBody')}</EmptyState>
      ) : (
        <>
          <AdminTable minWidth={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.webhooks.url')}</Table.Th>
                <Table.Th scope="col">{t('admin.webhooks.events')}</Table.Th>
                <Table.Th scope="col">{t('admin.webhooks.status')}</Table.Th>
                <Table.Th scope="col">{t('admin.webhooks.lastSuccess')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((w) => {
                const state = ENDPOINT_STATE[endpointState(w)];
                return (
                  <Table.Tr key={w.id} data-testid="webhook">
                    <Table.Th scope="row">
                      <Anchor
                        component={Link}
                        to={`/admin/webhooks/${w.id}`}
                        fw={600}
                        style={{ direction: 'ltr', unicodeBidi: 'isolate', wordBreak: 'break-all' }}
                      >
                        {w.url}
                      </Anchor>
                      {w.description && (
                        <Text size="xs" c="dimmed">
                          {w.description}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{t('admin.webhooks.eventCount', { count: w.eventTypes.length })}</Table.Td>
                    <Table.Td>
                      <StatusBadge label={state.label} color={state.color} />
                    </Table.Td>
                    <Table.Td>
                      {w.lastSuccessAt ? f.dateTime(w.lastSuccessAt) : t('admin.webhooks.noSuccess')}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
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
      {creating && (
        <WebhookFormModal
          title={t('admin.webhooks.createTitle')}
          submitLabel={t('admin.webhooks.createSubmit')}
          onClose={() => setCreating(false)}
          onSubmit={async (values) => {
            const created = await unwrap(api.POST('/api/v1/webhooks', { body: values }));
            await invalidate('/api/v1/webhooks');
            toast(t('admin.webhooks.created'));
            setCreating(false);
            setSecret({ id: created.id, secret: created.secret });
          }}
        />
      )}
      <ShownOnceSecretModal
        secret={secret?.secret}
        title={t('admin.webhooks.secretTitle')}
        intro={t('admin.webhooks.secretIntro')}
        onClose={() => setSecret(undefined)}
      />
    </>
  );
}
