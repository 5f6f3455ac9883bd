import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertCircle,
  IconBell,
  IconClipboardCheck,
  IconHourglass,
  IconSignature,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/use-session';
import { useCan, useMe } from '../../features/identity/me';
import { useFormat, useT } from '../../i18n/format';
import { useLocale } from '../../i18n/provider';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';

const EXPIRING_WITHIN_DAYS = 30;

function Section({
  title,
  icon,
  count,
  children,
  more,
}: {
  title: string;
  icon: ReactNode;
  count?: number;
  children: ReactNode;
  more?: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={2} size="h4">
            {title}
          </Title>
        </Group>
        {count !== undefined && (
          <Badge variant="light" size="lg" color={count > 0 ? 'orange' : 'gray'}>
            {count}
          </Badge>
        )}
      </Group>
      {children}
      {more && (
        <Group justify="flex-end" mt="sm">
          {more}
        </Group>
      )}
    </Card>
  );
}

/** What needs the person's attention today, across the projects, resources and notices they can see. */
export function Component() {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const can = useCan();
  const locale = useLocale();
  const session = useSession();
  const kind =
    session.status === 'signed-in' || session.status === 'locked' ? session.tenant.kind : undefined;

  const attention = useQuery({
    queryKey: ['/api/v1/projects/attention', { limit: 8 }],
    queryFn: () => unwrap(api.GET('/api/v1/projects/attention', { params: { query: { limit: 8 } } })),
    enabled: can('projects.read'),
  });
  const reviews = useQuery({
    queryKey: ['/api/v1/projects/attention/reviews', { limit: 8 }],
    queryFn: () => unwrap(api.GET('/api/v1/projects/attention/reviews', { params: { query: { limit: 8 } } })),
    enabled: can('deliverables.review'),
  });
  const allocations = useQuery({
    queryKey: ['/api/v1/allocations', { view: 'mine', status: 'active', limit: 100 }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/allocations', { params: { query: { view: 'mine', status: 'active', limit: 100 } } }),
      ),
    enabled: can('resources.read') && kind !== 'partner',
  });
  // Conventions waiting for this person's signature come first on the home page.
  const toSign = useQuery({
    queryKey: ['/api/v1/conventions', { view: 'awaiting-my-signature', limit: 5 }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/conventions', { params: { query: { view: 'awaiting-my-signature', limit: 5 } } }),
      ),
    enabled: can('conventions.sign'),
  });
  const unread = useQuery({
    queryKey: ['/api/v1/me/notifications', { unread: true, limit: 5 }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/notifications', { params: { query: { unread: true, limit: 5 } } })),
  });

  const today = attention.data?.today ?? new Date().toISOString().slice(0, 10);
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + EXPIRING_WITHIN_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const expiring = (allocations.data?.data ?? []).filter((a) => a.endsOn <= horizon);

  return (
    <>
      <PageHeader
        title={t('home.title', { name: me.data?.user.displayName ?? '' })}
        subtitle={
          me.data
            ? `${me.data.current.tenant.name[locale]} · ${t(`role.${me.data.current.role}`)}`
            : undefined
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {toSign.data && toSign.data.data.length > 0 && (
          <Section
            title={t('home.sign.title')}
            icon={<IconSignature size={20} color="var(--mantine-color-orange-7)" aria-hidden />}
            count={toSign.data.data.length}
            more={
              <Anchor component={Link} to="/conventions?view=awaiting-my-signature" size="sm">
                {t('home.sign.all')}
              </Anchor>
            }
          >
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {toSign.data.data.map((c) => (
                <li key={c.id}>
                  <Anchor component={Link} to={`/conventions/${c.id}`} fw={600}>
                    {c.title}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{c.reference}</span>
                    {c.nextDeadline ? ` · ${f.date(c.nextDeadline.date)}` : ''}
                  </Text>
                </li>
              ))}
            </Stack>
          </Section>
        )}
        {can('projects.read') && (
          <Section
            title={t('home.late.title')}
            icon={<IconAlertCircle size={20} color="var(--mantine-color-orange-7)" aria-hidden />}
            count={attention.data?.data.length}
            more={
              <Anchor component={Link} to="/projects?overdue=true" size="sm">
                {t('home.late.all')}
              </Anchor>
            }
          >
            {attention.isPending ? (
              <Loading />
            ) : attention.isError ? (
              <ProblemAlert error={attention.error} onRetry={() => void attention.refetch()} />
            ) : attention.data.data.length === 0 ? (
              <EmptyState title={t('home.late.none')} />
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {attention.data.data.map((item) => (
                  <li key={`${item.type}-${item.id}`}>
                    <Group justify="space-between" wrap="nowrap" gap="sm">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Anchor
                          component={Link}
                          to={`/projects/${item.project.id}/${item.type === 'milestone' ? 'milestones' : 'deliverables'}#${item.id}`}
                          fw={600}
                          truncate
                        >
                          {item.title}
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate>
                          {t(item.type === 'milestone' ? 'home.late.milestone' : 'home.late.deliverable')} ·{' '}
                          {item.project.title}
                        </Text>
                      </Stack>
                      <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
                        {t('home.late.days', { count: item.daysOverdue })}
                      </Badge>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Section>
        )}
        {can('deliverables.review') && (
          <Section
            title={t('home.reviews.title')}
            icon={<IconClipboardCheck size={20} color="var(--mantine-color-blue-7)" aria-hidden />}
            count={reviews.data?.data.length}
          >
            {reviews.isPending ? (
              <Loading />
            ) : reviews.isError ? (
              <ProblemAlert error={reviews.error} onRetry={() => void reviews.refetch()} />
            ) : reviews.data.data.length === 0 ? (
              <EmptyState title={t('home.reviews.none')} />
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {reviews.data.data.map((item) => (
                  <li key={item.id}>
                    <Group justify="space-between" wrap="nowrap" gap="sm">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Anchor
                          component={Link}
                          to={`/projects/${item.project.id}/deliverables#${item.id}`}
                          fw={600}
                          truncate
                        >
                          {item.title}
                        </Anchor>
                        <Text size="xs" c="dimmed" truncate>
                          {item.project.title}
                        </Text>
                      </Stack>
                      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                        {t('home.reviews.waiting', { count: item.daysWaiting })}
                      </Text>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Section>
        )}
        {can('resources.read') && kind !== 'partner' && (
          <Section
            title={t('home.allocations.title', { days: EXPIRING_WITHIN_DAYS })}
            icon={<IconHourglass size={20} color="var(--mantine-color-grape-7)" aria-hidden />}
            count={allocations.data ? expiring.length : undefined}
            more={
              <Anchor component={Link} to="/allocations" size="sm">
                {t('home.allocations.all')}
              </Anchor>
            }
          >
            {allocations.isPending ? (
              <Loading />
            ) : allocations.isError ? (
              <ProblemAlert error={allocations.error} onRetry={() => void allocations.refetch()} />
            ) : expiring.length === 0 ? (
              <EmptyState title={t('home.allocations.none')} />
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {expiring.map((a) => (
                  <li key={a.id}>
                    <Group justify="space-between" wrap="nowrap">
                      <Anchor component={Link} to={`/allocations/${a.id}`} fw={600} truncate>
                        {a.resourceName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('home.allocations.endsOn', { date: f.date(a.endsOn) })}
                      </Text>
                    </Group>
                    <Progress
                      value={Math.min(100, a.utilisationPercent ?? 0)}
                      size="sm"
                      mt={4}
                      aria-label={t('home.allocations.used', {
                        percent: f.percent(a.utilisationPercent ?? 0),
                      })}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </Section>
        )}
        <Section
          title={t('home.unread.title')}
          icon={<IconBell size={20} color="var(--mantine-color-jazari-7)" aria-hidden />}
          count={unread.data?.data.length}
          more={
            <Anchor component={Link} to="/inbox" size="sm">
              {t('home.unread.all')}
            </Anchor>
          }
        >
          {unread.isPending ? (
            <Loading />
          ) : unread.isError ? (
            <ProblemAlert error={unread.error} onRetry={() => void unread.refetch()} />
          ) : unread.data.data.length === 0 ? (
            <EmptyState title={t('home.unread.none')} />
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {unread.data.data.map((n) => (
                <li key={n.id}>
                  <Group justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/inbox?open=${n.id}`} truncate>
                      {n.title[locale]}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                      {f.relative(n.createdAt)}
                    </Text>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>
    </>
  );
}
