import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import {
  MyRegistrationBadge,
  RegistrationControls,
  SeatsLeft,
} from '../../features/workshops/registration-controls';
import {
  WORKSHOP_STATUS_COLOR,
  useInvalidateWorkshops,
  useWorkshop,
  type Workshop,
} from '../../features/workshops/workshops';
import { useFormat, useT } from '../../i18n/format';
import { ConfirmActionModal } from '../../ui/confirm-action-modal';
import { EmptyState, PageHeader, QueryState } from '../../ui/page';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';
import { Fact } from '../resources/resource.page';

const LANGUAGES = ['fr', 'ar', 'en', 'zgh'] as const;

/**
 * One workshop (where its notices and .ics events point, `/workshops/:id` and below): when and where,
 * the agenda, seats, the person's own registration, and for organisers the moves the API allows.
 */
export function Component() {
  const { id = '' } = useParams();
  const t = useT();
  const workshop = useWorkshop(id);
  return (
    <>
      <Anchor
        component={Link}
        to="/workshops"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} className="mirror" aria-hidden />
        {t('workshops.back')}
      </Anchor>
      <QueryState query={workshop}>{(w) => <WorkshopView workshop={w} />}</QueryState>
    </>
  );
}

function WorkshopView({ workshop: w }: { workshop: Workshop }) {
  const t = useT();
  const f = useFormat();
  const invalidate = useInvalidateWorkshops();
  const [cancelling, setCancelling] = useState(false);
  const [now] = useState(() => Date.now());
  const started = new Date(w.startsAt).getTime() <= now;
  const path = { path: { id: w.id }, header: { 'If-Match': `"${w.version}"` } };
  const move = async (name: 'publish' | 'hold') => {
    try {
      if (name === 'publish') await unwrap(api.POST('/api/v1/workshops/{id}/publish', { params: path }));
      else await unwrap(api.POST('/api/v1/workshops/{id}/hold', { params: path }));
      await invalidate();
      toast(t('workshops.manage.done'));
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('workshops.failed'), 'error');
      await invalidate();
    }
  };

  return (
    <>
      <PageHeader
        title={w.title}
        subtitle={t('workshops.organisedBy', { name: w.organiser.name })}
        badge={
          <>
            <WholeBadge variant="light" color={WORKSHOP_STATUS_COLOR[w.status] ?? 'gray'}>
              {t(`workshops.status.${w.status}`)}
            </WholeBadge>
            <MyRegistrationBadge workshop={w} />
          </>
        }
        actions={
          w.canManage && (
            <>
              {w.status === 'draft' && (
                <Button onClick={() => void move('publish')}>{t('workshops.manage.publish')}</Button>
              )}
              {w.status === 'published' && started && (
                <Button onClick={() => void move('hold')}>{t('workshops.manage.hold')}</Button>
              )}
              {(w.status === 'draft' || w.status === 'published') && (
                <Button variant="default" color="red" onClick={() => setCancelling(true)}>
                  {t('workshops.manage.cancel')}
                </Button>
              )}
            </>
          )
        }
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <Fact label={t('workshops.field.when')}>
              {f.dateTime(w.startsAt)} – {f.time(w.endsAt)}
            </Fact>
            <Fact label={t('workshops.field.kind')}>{t(`workshops.kind.${w.kind}`)}</Fact>
            <Fact label={t('workshops.field.where')}>
              {w.venue ?? '—'}
              {w.onlineUrl && (
                <div>
                  <Anchor href={w.onlineUrl} target="_blank" rel="noreferrer" size="sm">
                    {t('workshops.field.online')}
                  </Anchor>
                </div>
              )}
            </Fact>
            <Fact label={t('workshops.field.languages')}>
              {w.languages
                .map((l) => {
                  const known = LANGUAGES.find((x) => x === l);
                  return known ? t(`workshops.language.${known}`) : l;
                })
                .join(' · ')}
            </Fact>
            <Fact label={t('workshops.field.seats')}>
              <SeatsLeft workshop={w} />
            </Fact>
            {w.registrationClosesAt && (
              <Fact label={t('workshops.field.closes')}>{f.dateTime(w.registrationClosesAt)}</Fact>
            )}
            {w.participants.length > 0 && (
              <Fact label={t('workshops.field.participants')}>
                {w.participants.map((p) => p.name).join(' · ')}
              </Fact>
            )}
            {w.canManage && w.checkInCode && (
              <Fact label={t('workshops.field.checkInCode')}>
                <Text ff="monospace" fw={700} style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>
                  {w.checkInCode}
                </Text>
              </Fact>
            )}
          </SimpleGrid>
          {w.description && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {w.description}
            </Text>
          )}
          <Group mt="md">
            <RegistrationControls workshop={w} title={w.title} />
          </Group>
        </Card>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="agenda-title">
          <Title order={2} size="h4" mb="md" id="agenda-title">
            {t('workshops.agenda')}
          </Title>
          {w.agenda.length === 0 ? (
            <EmptyState title={t('workshops.agendaEmpty')} />
          ) : (
            <Timeline bulletSize={14} lineWidth={2} active={-1}>
              {w.agenda.map((item) => (
                <Timeline.Item key={item.id} title={item.title}>
                  <Text size="xs" c="dimmed">
                    {[item.startsAt ? f.time(item.startsAt) : null, item.speakerName]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Paper>
      </Stack>
      <ConfirmActionModal
        opened={cancelling}
        onClose={() => setCancelling(false)}
        title={t('workshops.manage.cancelTitle')}
        confirmLabel={t('workshops.manage.cancel')}
        reason={{ label: t('workshops.manage.reason') }}
        onConfirm={async (reason) => {
          await unwrap(
            api.POST('/api/v1/workshops/{id}/cancel', { params: path, body: reason ? { reason } : {} }),
          );
          await invalidate();
          toast(t('workshops.manage.done'));
        }}
      >
        {t('workshops.manage.cancelBody')}
      </ConfirmActionModal>
    </>
  );
}
