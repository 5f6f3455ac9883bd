import { Button, Card, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useFormat, useT } from '../../i18n/format';
import { NETWORK_TIME_ZONE } from '../../i18n/locale';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { EmptyState, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';
import { useInvalidatePath } from '../identity/admin';
import { useMilestones, type Milestone, type Project } from './projects';

/** Today's calendar day in Morocco (the day the API counts lateness from). */
export function todayInMorocco(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: NETWORK_TIME_ZONE }).format(new Date());
}

/**
 * The milestones on a timeline by due date: reached ones ticked with their day (and, reached after their
 * due date, by how many days), late ones marked with their delay; the project's team and managers mark one
 * reached (today) when the API lets them edit the project. The status is the API's (`planned`, `late`,
 * `done`, `done_late`), so the page and the dashboards never disagree on what was late.
 */
export function MilestonesTab({ project, focus }: { project: Project; focus?: string }) {
  const t = useT();
  const f = useFormat();
  const invalidate = useInvalidatePath();
  const milestones = useMilestones(project.id);
  const [closing, setClosing] = useState<Milestone>();

  const close = async (m: Milestone) => {
    await unwrap(
      api.PATCH('/api/v1/projects/{id}/milestones/{milestoneId}', {
        params: { path: { id: project.id, milestoneId: m.id } },
        body: { doneDate: todayInMorocco() },
      }),
    );
    toast(t('projects.milestones.closed', { title: m.title }));
    await invalidate('/api/v1/projects');
  };

  return (
    <QueryState query={milestones}>
      {(items) => {
        if (items.length === 0) return <EmptyState title={t('projects.milestones.empty')} />;
        const sorted = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
        const reached = sorted.filter((m) => m.doneDate).length;
        return (
          <Card withBorder radius="md" padding="lg">
            <Text size="sm" c="dimmed" mb="md">
              {t('projects.milestones.summary', { done: reached, total: sorted.length })}
            </Text>
            <Timeline active={-1} bulletSize={28} lineWidth={2}>
              {sorted.map((m) => (
                <Timeline.Item
                  key={m.id}
                  color={
                    m.status === 'done'
                      ? 'green'
                      : m.status === 'done_late'
                        ? 'orange'
                        : m.late
                          ? 'red'
                          : 'blue'
                  }
                  bullet={
                    m.doneDate ? (
                      <IconCheck size={16} aria-hidden color="var(--mantine-color-green-8)" />
                    ) : m.late ? (
                      <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-red-8)" />
                    ) : (
                      <IconFlag size={16} aria-hidden color="var(--mantine-color-blue-7)" />
                    )
                  }
                  lineVariant={m.doneDate ? 'solid' : 'dashed'}
                >
                  <Stack
                    gap={4}
                    id={m.id}
                    tabIndex={-1}
                    data-testid="milestone"
                    data-late={m.late}
                    data-done={m.doneDate !== null}
                    data-status={m.status}
                    data-days-late={m.daysLate}
                    style={
                      focus === m.id
                        ? { outline: '2px solid var(--mantine-color-blue-5)', borderRadius: 4, padding: 4 }
                        : undefined
                    }
                  >
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600} size="sm" component="h3" m={0}>
                        {m.title}
                      </Text>
                      {m.status === 'late' && (
                        <WholeBadge color="red.8" variant="filled" size="sm">
                          {t('projects.milestones.lateBy', { count: m.daysLate })}
                        </WholeBadge>
                      )}
                      {m.status === 'done' && (
                        <WholeBadge color="green" variant="light" size="sm">
                          {t('projects.milestones.reached')}
                        </WholeBadge>
                      )}
                      {m.status === 'done_late' && (
                        <WholeBadge color="red.9" variant="outline" size="sm">
                          {t('projects.milestones.reachedLate', { count: m.daysLate })}
                        </WholeBadge>
                      )}
                    </Group>
                    <Group gap="xs">
                      <IconClock size={14} aria-hidden color="var(--mantine-color-dimmed)" />
                      <Text size="xs" c="dimmed">
                        {t('projects.milestones.due', { date: f.date(m.dueDate) })}
                        {m.doneDate && ` · ${t('projects.milestones.doneOn', { date: f.date(m.doneDate) })}`}
                      </Text>
                    </Group>
                    {project.canEdit && !m.doneDate && (
                      <div>
                        <Button
                          size="xs"
                          variant={m.late ? 'filled' : 'light'}
                          color={m.late ? 'red.8' : 'blue'}
                          leftSection={<IconCheck size={14} aria-hidden />}
                          onClick={() => setClosing(m)}
                          aria-label={t('projects.milestones.closeOne', { title: m.title })}
                        >
                          {t('projects.milestones.close')}
                        </Button>
                      </div>
                    )}
                  </Stack>
                </Timeline.Item>
              ))}
            </Timeline>
            <ConfirmActionModal
              opened={closing !== undefined}
              onClose={() => setClosing(undefined)}
              title={t('projects.milestones.closeTitle')}
              confirmLabel={t('projects.milestones.close')}
              color="teal.9"
              onConfirm={() => (closing ? close(closing) : Promise.resolve())}
            >
              {closing &&
                t('projects.milestones.closeBody', { title: closing.title, date: f.date(todayInMorocco()) })}
            </ConfirmActionModal>
          </Card>
        );
      }}
    </QueryState>
  );
}
