import { Anchor, Card, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import {
  MyRegistrationBadge,
  RegistrationControls,
  SeatsLeft,
} from '../../features/workshops/registration-controls';
import { WORKSHOP_STATUS_COLOR, useWorkshops, type WorkshopWhen } from '../../features/workshops/workshops';
import { useFormat, useT } from '../../i18n/format';
import { LoadMoreFooter } from '../../ui/load-more-footer';
import { EmptyState, Loading, PageHeader, ProblemAlert } from '../../ui/page';
import { useUrlFilters } from '../../ui/url-query-state';
import { WholeBadge } from '../../ui/whole-badge';

/**
 * The workshops this tenant organises or is invited to, upcoming (soonest first) or past (latest first):
 * seats left, the person's own place (waitlist position included), register or unregister, add to calendar.
 */
export function Component() {
  const t = useT();
  const f = useFormat();
  const [filters, setFilters] = useUrlFilters(['when'] as const);
  const when: WorkshopWhen = filters.when === 'past' ? 'past' : 'upcoming';
  const list = useWorkshops(when);
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader title={t('workshops.list.title')} subtitle={t('workshops.list.subtitle')} />
      <SegmentedControl
        mb="md"
        aria-label={t('workshops.list.when')}
        value={when}
        onChange={(v) => setFilters({ when: v === 'upcoming' ? undefined : v })}
        data={[
          { value: 'upcoming', label: t('workshops.list.upcoming') },
          { value: 'past', label: t('workshops.list.past') },
        ]}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState title={when === 'past' ? t('workshops.list.emptyPast') : t('workshops.list.empty')} />
        </Paper>
      ) : (
        <>
          <Stack gap="sm">
            {items.map((w) => (
              <Card key={w.id} withBorder radius="md" padding="md" data-testid="workshop" data-id={w.id}>
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
                  <Stack gap={4} style={{ flex: 1, minWidth: 260 }}>
                    <Group gap="xs">
                      <WholeBadge variant="light" color="indigo">
                        {t(`workshops.kind.${w.kind}`)}
                      </WholeBadge>
                      {w.status !== 'published' && (
                        <WholeBadge variant="dot" color={WORKSHOP_STATUS_COLOR[w.status] ?? 'gray'}>
                          {t(`workshops.status.${w.status}`)}
                        </WholeBadge>
                      )}
                      <MyRegistrationBadge workshop={w} />
                    </Group>
                    <Anchor component={Link} to={`/workshops/${w.id}`} fw={700} size="lg">
                      {w.title}
                    </Anchor>
                    <Group gap="md">
                      <Group gap={4}>
                        <IconCalendarEvent size={16} aria-hidden />
                        <Text size="sm">
                          {f.dateTime(w.startsAt)} – {f.time(w.endsAt)}
                        </Text>
                      </Group>
                      {w.venue && (
                        <Group gap={4}>
                          <IconMapPin size={16} aria-hidden />
                          <Text size="sm">{w.venue}</Text>
                        </Group>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t('workshops.organisedBy', { name: w.organiser.name })}
                    </Text>
                  </Stack>
                  <Stack gap="xs" align="flex-end">
                    <SeatsLeft workshop={w} />
                    <RegistrationControls workshop={w} title={w.title} />
                  </Stack>
                </Group>
              </Card>
            ))}
          </Stack>
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
