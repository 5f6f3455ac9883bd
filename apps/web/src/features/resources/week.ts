/** Weeks and hours as people in Morocco read them: calendar days and hours in Africa/Casablanca. */
export const NETWORK_ZONE = 'Africa/Casablanca';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: NETWORK_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day (YYYY-MM-DD) and hour of an instant in Casablanca. */
export function localParts(instant: Date): { day: string; hour: number; minute: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour), minute: Number(p.minute) };
}

/** The instant a Casablanca day and hour name (the zone's offset that day, Ramadan included). */
export function instantAt(day: string, hour: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour);
  const seen = localParts(new Date(guess));
  const seenUtc = Date.UTC(
    Number(seen.day.slice(0, 4)),
    Number(seen.day.slice(5, 7)) - 1,
    Number(seen.day.slice(8, 10)),
    seen.hour,
    seen.minute,
  );
  return new Date(guess - (seenUtc - guess));
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** The Monday of the week a day falls in. */
export function mondayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export function today(): string {
  return localParts(new Date()).day;
}

/** The calendar's hours: 08:00 to 20:00, one row an hour. */
export const FIRST_HOUR = 8;
export const LAST_HOUR = 20;
