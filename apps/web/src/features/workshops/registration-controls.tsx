import { Button, Group, Text } from '@mantine/core';
import { IconCalendarPlus, IconUserCheck, IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ProblemError } from '../../api/problem';
import { useFormat, useT } from '../../i18n/format';
import { toast } from '../../ui/toast';
import { WholeBadge } from '../../ui/whole-badge';
import { useCan } from '../identity/me';
import {
  acceptInvitation,
  downloadIcs,
  register,
  registrationMoves,
  unregister,
  useInvalidateWorkshops,
  type WorkshopSummary,
} from './workshops';

type Seated = Pick<WorkshopSummary, 'id' | 'status' | 'endsAt' | 'myRegistration' | 'seats' | 'capacity'>;

/** Seats left (or "no limit"), and how many wait. */
export function SeatsLeft({ workshop: w }: { workshop: Seated }) {
  const t = useT();
  const f = useFormat();
  const left = w.seats.left;
  return (
    <Group gap={6} data-testid="seats-left" data-left={left ?? 'unlimited'}>
      <Text size="sm" fw={600} c={left === 0 ? 'red.8' : undefined}>
        {left === null
          ? t('workshops.seats.unlimited')
          : left === 0
            ? t('workshops.seats.full')
            : t('workshops.seats.left', { count: left, n: f.number(left) })}
      </Text>
      {w.seats.waitlisted > 0 && (
        <Text size="xs" c="dimmed">
          {t('workshops.seats.waiting', { count: w.seats.waitlisted })}
        </Text>
      )}
    </Group>
  );
}

/** The person's own state: registered, on the waitlist at place N, invited, or nothing. */
export function MyRegistrationBadge({ workshop: w }: { workshop: Seated }) {
  const t = useT();
  const r = w.myRegistration;
  if (!r || r.status === 'cancelled' || r.status === 'declined') return null;
  const color = r.status === 'registered' ? 'green' : r.status === 'waitlisted' ? 'orange' : 'blue';
  return (
    <WholeBadge variant="light" color={color} data-testid="my-registration" data-status={r.status}>
      {r.status === 'waitlisted' && r.waitlistPosition
        ? t('workshops.mine.waitlistedAt', { position: r.waitlistPosition })
        : t(`workshops.mine.${r.status}`)}
    </WholeBadge>
  );
}

/** Register, accept an invitation or give the place up (as the API allows), and add to the calendar. */
export function RegistrationControls({ workshop: w, title }: { workshop: Seated; title: string }) {
  const t = useT();
  const can = useCan();
  const invalidate = useInvalidateWorkshops();
  const [busy, setBusy] = useState<string>();
  const moves = registrationMoves(w, can('workshops.register'));
  const registerLabel = w.seats.left === 0 ? t('workshops.joinWaitlist') : t('workshops.register');
  const run = async (name: string, work: () => Promise<unknown>, done: string) => {
    setBusy(name);
    try {
      await work();
      await invalidate();
      toast(done);
    } catch (e) {
      toast(e instanceof ProblemError && e.title ? e.title : t('workshops.failed'), 'error');
      await invalidate();
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Group gap="xs">
      {moves.register && (
        <Button
          size="xs"
          leftSection={<IconUserPlus size={14} aria-hidden />}
          loading={busy === 'register'}
          onClick={() => void run('register', () => register(w.id), t('workshops.registered'))}
          aria-label={t('workshops.actionFor', { action: registerLabel, title })}
        >
          {registerLabel}
        </Button>
      )}
      {moves.accept && (
        <Button
          size="xs"
          leftSection={<IconUserCheck size={14} aria-hidden />}
          loading={busy === 'accept'}
          onClick={() => void run('accept', () => acceptInvitation(w.id), t('workshops.registered'))}
        >
          {t('workshops.accept')}
        </Button>
      )}
      {moves.unregister && (
        <Button
          size="xs"
          variant="default"
          color="red"
          leftSection={<IconUserMinus size={14} aria-hidden />}
          loading={busy === 'unregister'}
          onClick={() => void run('unregister', () => unregister(w.id), t('workshops.unregistered'))}
          aria-label={t('workshops.actionFor', { action: t('workshops.unregister'), title })}
        >
          {t('workshops.unregister')}
        </Button>
      )}
      {w.status !== 'cancelled' && w.status !== 'draft' && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconCalendarPlus size={14} aria-hidden />}
          loading={busy === 'ics'}
          onClick={() => {
            setBusy('ics');
            downloadIcs(w.id)
              .then(() => toast(t('workshops.icsDone')))
              .catch(() => toast(t('workshops.icsFailed'), 'error'))
              .finally(() => setBusy(undefined));
          }}
          aria-label={t('workshops.actionFor', { action: t('workshops.addToCalendar'), title })}
        >
          {t('workshops.addToCalendar')}
        </Button>
      )}
    </Group>
  );
}
