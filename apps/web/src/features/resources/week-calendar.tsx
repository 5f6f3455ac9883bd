import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useFormat, useT } from '../../i18n/format';
import { ProblemAlert } from '../../ui/page';
import { toast } from '../../ui/toast';
import { conflictsWith, useBookings, useInvalidateResources, type Booking } from './resources';
import { addDays, FIRST_HOUR, instantAt, LAST_HOUR, mondayOf, today } from './week';

const HOURS = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => FIRST_HOUR + i);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A week of a resource's bookings (Monday to Sunday, 08:00–20:00 in Casablanca), read from the API for
 * the week shown. With `booking`, a free hour opens a form for a slot starting there; a slot that would
 * overlap a booking of the loaded week is shown as a conflict before anything is sent, and the API's
 * own 409 (someone booked it meanwhile) is shown too.
 */
export function WeekCalendar({
  resourceId,
  booking,
  mineTenantId,
}: {
  resourceId: string;
  /** Who may book, and inside which allocation (none: a direct booking). */
  booking?: { allocationId?: string; firstDay?: string; lastDay?: string };
  mineTenantId?: string;
}) {
  const t = useT();
  const f = useFormat();
  const [monday, setMonday] = useState(() =>
    mondayOf(booking?.firstDay && booking.firstDay > today() ? booking.firstDay : today()),
  );
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const from = instantAt(monday, 0).toISOString();
  const to = instantAt(addDays(monday, 7), 0).toISOString();
  const bookings = useBookings(resourceId, from, to);
  const [slot, setSlot] = useState<{ day: string; hour: number }>();
  const live = (bookings.data ?? []).filter((b) => b.status !== 'cancelled');
  const [now] = useState(() => Date.now());

  const at = (day: string, hour: number): Booking | undefined =>
    conflictsWith(live, instantAt(day, hour), instantAt(day, hour + 1))[0];
  const bookableDay = (day: string) =>
    (!booking?.firstDay || day >= booking.firstDay) && (!booking?.lastDay || day <= booking.lastDay);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="week-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="week-title">
          {t('resources.week.title', { from: f.date(days[0]), to: f.date(days[6]) })}
        </Title>
        <Group gap="xs">
          <Tooltip label={t('resources.week.previous')}>
            <ActionIcon
              variant="default"
              aria-label={t('resources.week.previous')}
              onClick={() => setMonday(addDays(monday, -7))}
            >
              <IconChevronLeft size={16} className="mirror" aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" size="xs" onClick={() => setMonday(mondayOf(today()))}>
            {t('resources.week.thisWeek')}
          </Button>
          <Tooltip label={t('resources.week.next')}>
            <ActionIcon
              variant="default"
              aria-label={t('resources.week.next')}
              onClick={() => setMonday(addDays(monday, 7))}
            >
              <IconChevronRight size={16} className="mirror" aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {bookings.isError && <ProblemAlert error={bookings.error} onRetry={() => void bookings.refetch()} />}
      {booking && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('resources.week.hint')}
        </Text>
      )}
      <div style={{ overflowX: 'auto' }}>
        <table
          className="week-calendar"
          data-testid="week-calendar"
          data-week={monday}
          aria-busy={bookings.isPending}
          style={{ borderCollapse: 'collapse', width: '100%', minWidth: 760, tableLayout: 'fixed' }}
        >
          <thead>
            <tr>
              <th scope="col" style={{ width: 64 }}>
                <VisuallyHidden>{t('resources.week.hour')}</VisuallyHidden>
              </th>
              {days.map((d) => (
                <th key={d} scope="col" style={{ padding: 6, fontWeight: 600, fontSize: 13 }}>
                  {f.weekday(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HOURS.map((hour) => (
              <tr key={hour}>
                <th
                  scope="row"
                  style={{
                    fontSize: 12,
                    fontWeight: 500,
                    color: 'var(--mantine-color-dimmed)',
                    paddingInlineEnd: 6,
                  }}
                >
                  <span style={{ direction: 'ltr', unicodeBidi: 'isolate' }}>{`${pad(hour)}:00`}</span>
                </th>
                {days.map((day) => {
                  const taken = at(day, hour);
                  const past = instantAt(day, hour + 1).getTime() <= now;
                  const cell = `${day}T${pad(hour)}`;
                  const style = {
                    border: '1px solid var(--mantine-color-default-border)',
                    height: 34,
                    padding: 2,
                  } as const;
                  if (taken) {
                    const mine = taken.bookerTenantId === mineTenantId;
                    return (
                      <td key={day} style={style} data-slot={cell} data-state="booked">
                        <div
                          style={{
                            background: mine ? '#e6fcf5' : '#edf2ff',
                            color: mine ? '#0b4f3c' : '#262a6e',
                            borderRadius: 4,
                            fontSize: 11,
                            padding: '2px 4px',
                            height: '100%',
                            overflow: 'hidden',
                            whiteSpace: 'nowrap',
                            textOverflow: 'ellipsis',
                          }}
                          title={`${taken.bookerName} · ${f.time(taken.startsAt)}–${f.time(taken.endsAt)}`}
                        >
                          {taken.bookerName}
                        </div>
                      </td>
                    );
                  }
                  const can = booking && !past && bookableDay(day);
                  return (
                    <td key={day} style={style} data-slot={cell} data-state={past ? 'past' : 'free'}>
                      {can && (
                        <button
                          type="button"
                          className="week-slot"
                          aria-label={t('resources.week.bookAt', {
                            day: f.weekday(day),
                            hour: `${pad(hour)}:00`,
                          })}
                          onClick={() => setSlot({ day, hour })}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {slot && booking && (
        <BookingModal
          resourceId={resourceId}
          allocationId={booking.allocationId}
          day={slot.day}
          startHour={slot.hour}
          bookings={live}
          onClose={() => setSlot(undefined)}
        />
      )}
    </Paper>
  );
}

function BookingModal({
  resourceId,
  allocationId,
  day,
  startHour,
  bookings,
  onClose,
}: {
  resourceId: string;
  allocationId?: string;
  day: string;
  startHour: number;
  bookings: readonly Booking[];
  onClose: () => void;
}) {
  const t = useT();
  const f = useFormat();
  const invalidate = useInvalidateResources();
  const [start, setStart] = useState(startHour);
  const [end, setEnd] = useState(startHour + 1);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const startsAt = instantAt(day, start);
  const endsAt = instantAt(day, end);
  const conflicts = end > start ? conflictsWith(bookings, startsAt, endsAt) : [];
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR + 1 }, (_, i) => FIRST_HOUR + i);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (conflicts.length > 0) return;
    setError(undefined);
    setFields({});
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/v1/resources/{id}/bookings', {
          params: { path: { id: resourceId } },
          body: {
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            ...(allocationId ? { allocationId } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      );
      await invalidate();
      toast(t('resources.week.booked'));
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError) setFields(e.fieldErrors());
      // Someone took the slot meanwhile: show the week as it now is.
      await invalidate();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={() => !busy && onClose()}
      title={t('resources.week.newBooking', { day: f.weekday(day) })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Group grow>
            <Select
              label={t('resources.week.start')}
              data={hours.slice(0, -1).map((h) => ({ value: String(h), label: `${pad(h)}:00` }))}
              value={String(start)}
              onChange={(v) => {
                const h = Number(v ?? start);
                setStart(h);
                if (end <= h) setEnd(h + 1);
              }}
              error={fields.startsAt}
              allowDeselect={false}
              data-testid="booking-start"
            />
            <Select
              label={t('resources.week.end')}
              data={hours.filter((h) => h > start).map((h) => ({ value: String(h), label: `${pad(h)}:00` }))}
              value={String(end)}
              onChange={(v) => setEnd(Number(v ?? end))}
              error={fields.endsAt}
              allowDeselect={false}
              data-testid="booking-end"
            />
          </Group>
          <TextInput
            label={t('resources.week.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fields.note}
            maxLength={500}
          />
          {conflicts.length > 0 && (
            <Alert
              color="orange"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('resources.week.conflictTitle')}
              data-testid="booking-conflict"
              role="alert"
            >
              {conflicts.map((b) => (
                <Text size="sm" key={b.id}>
                  {t('resources.week.conflictWith', {
                    who: b.bookerName,
                    from: f.time(b.startsAt),
                    to: f.time(b.endsAt),
                  })}
                </Text>
              ))}
            </Alert>
          )}
          {error !== undefined && !(error instanceof ProblemError && error.slug === 'validation-failed') && (
            <div data-testid="booking-problem">
              <ProblemAlert error={error} />
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={conflicts.length > 0}>
              {t('resources.week.book')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
