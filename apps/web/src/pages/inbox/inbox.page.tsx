import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { WholeBadge } from '../../ui/whole-badge';
import { IconBellCog, IconChecks, IconCircleFilled } from '@tabler/icons-react';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { useMe } from '../../features/identity/me';
import {
  isCategory,
  notificationHref,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  type Notification,
} from '../../features/notifications/inbox';
import { useUnreadCount } from '../../features/notifications/unread';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';

/**
 * The person's notices across all their tenants, newest first. Opening one marks it read and goes to its
 * object, in the tenant it concerns (`?tenant=`). `?open=<id>` (the home page's links) opens that one.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const locale = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const openId = params.get('open');
  const list = useNotifications(unreadOnly);
  const unread = useUnreadCount().data?.unread;
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [openError, setOpenError] = useState<unknown>();
  const opening = useRef<string | null>(null);
  const currentTenant = me.data?.current.tenant.id;

  const tenantName = (id: string): string | undefined =>
    me.data?.memberships.find((m) => m.tenant.id === id)?.tenant.name[locale];

  // A link to one notice (`/inbox?open=<id>`): marking it read answers the notice, whose link we follow.
  useEffect(() => {
    if (!openId || !me.data || opening.current === openId) return;
    opening.current = openId;
    markRead.mutate(openId, {
      onSuccess: (notification) =>
        void navigate(notificationHref(notification, me.data?.current.tenant.id), { replace: true }),
      onError: (error) => {
        setOpenError(error);
        setParams(
          (p) => {
            const next = new URLSearchParams(p);
            next.delete('open');
            return next;
          },
          { replace: true },
        );
      },
    });
  }, [openId, me.data, markRead, navigate, setParams]);

  const open = async (n: Notification, event: MouseEvent) => {
    // A new tab or window: the browser follows the link itself.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (!n.readAt) {
      try {
        await markRead.mutateAsync(n.id);
      } catch {
        // The notice still leads to its object; the next visit marks it.
      }
    }
    await navigate(notificationHref(n, currentTenant));
  };

  const readAll = () =>
    markAll.mutate(undefined, {
      onSuccess: ({ marked }) => toast(t('inbox.allMarked', { count: marked })),
      onError: () => toast(t('inbox.markFailed'), 'error'),
    });

  if (openId && !openError) return <Loading label={t('inbox.opening')} />;

  const items = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={unread === undefined ? undefined : t('inbox.unreadCount', { count: unread })}
        actions={
          <>
            <Button
              component={Link}
              to="/settings/notifications"
              variant="default"
              leftSection={<IconBellCog size={16} aria-hidden />}
            >
              {t('inbox.preferences')}
            </Button>
            {(unread ?? 0) > 0 && (
              <Button
                variant="light"
                leftSection={<IconChecks size={16} aria-hidden />}
                onClick={readAll}
                loading={markAll.isPending}
              >
                {t('inbox.markAll')}
              </Button>
            )}
          </>
        }
      />
      {openError !== undefined && (
        <Box mb="md">
          {openError instanceof ProblemError && openError.status === 404 ? (
            <Alert color="orange" role="alert">
              {t('inbox.openMissing')}
            </Alert>
          ) : (
            <ProblemAlert error={openError} />
          )}
        </Box>
      )}
      <SegmentedControl
        mb="md"
        aria-label={t('inbox.filter')}
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (value === 'unread') next.set('unread', 'true');
              else next.delete('unread');
              return next;
            },
            { replace: true },
          )
        }
        data={[
          { value: 'all', label: t('inbox.filter.all') },
          { value: 'unread', label: t('inbox.filter.unread') },
        ]}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={unreadOnly ? t('inbox.empty.unread') : t('inbox.empty.all')}>
            {t('inbox.empty.body')}
          </EmptyState>
        </Paper>
      ) : (
        <>
          <Paper withBorder radius="md">
            <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((n, index) => {
                const isUnread = !n.readAt;
                const elsewhere =
                  currentTenant && n.tenantId !== currentTenant ? tenantName(n.tenantId) : undefined;
                return (
                  <Box
                    component="li"
                    key={n.id}
                    data-testid="notification"
                    data-id={n.id}
                    data-unread={isUnread}
                    px="md"
                    py="sm"
                    style={{
                      borderBlockStart: index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
                      background: isUnread ? 'var(--mantine-color-jazari-0)' : undefined,
                    }}
                  >
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Box w={10} pt={6} style={{ flexShrink: 0 }}>
                        {isUnread && (
                          <IconCircleFilled size={10} color="var(--mantine-color-jazari-6)" aria-hidden />
                        )}
                      </Box>
                      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                        <Anchor
                          component={Link}
                          to={notificationHref(n, currentTenant)}
                          onClick={(e: MouseEvent) => void open(n, e)}
                          fw={isUnread ? 700 : 500}
                          c={isUnread ? undefined : 'dark'}
                        >
                          {isUnread && <VisuallyHidden>{t('inbox.unreadMark')} </VisuallyHidden>}
                          {n.title[locale]}
                        </Anchor>
                        <Group gap="xs" wrap="wrap">
                          <WholeBadge variant="light" color="gray" size="sm">
                            {isCategory(n.category) ? t(`inbox.category.${n.category}`) : n.category}
                          </WholeBadge>
                          {n.actionRequired && isUnread && (
                            <WholeBadge variant="light" color="orange" size="sm">
                              {t('inbox.actionRequired')}
                            </WholeBadge>
                          )}
                          {elsewhere && (
                            <Text size="xs" c="dimmed">
                              {t('inbox.inTenant', { tenant: elsewhere })}
                            </Text>
                          )}
                          <Tooltip label={f.dateTime(n.createdAt)}>
                            <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
                              {f.relative(n.createdAt)}
                            </Text>
                          </Tooltip>
                        </Group>
                      </Stack>
                      {isUnread && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          style={{ flexShrink: 0 }}
                          onClick={() =>
                            markRead.mutate(n.id, { onError: () => toast(t('inbox.markFailed'), 'error') })
                          }
                          aria-label={t('inbox.markReadOf', { title: n.title[locale] })}
                        >
                          {t('inbox.markRead')}
                        </Button>
                      )}
                    </Group>
                  </Box>
                );
              })}
            </Stack>
          </Paper>
          <LoadMoreFooter
            shown={items.length}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}
