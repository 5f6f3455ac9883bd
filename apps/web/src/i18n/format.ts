import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './messages/fr';

type Values = Record<string, string | number | boolean | Date | null | undefined>;

/** Translates a key of the catalogue (a missing or mistyped key does not compile). */
export function useT(): (key: MessageKey, values?: Values) => string {
  const intl = useIntl();
  return useMemo(
    () => (key: MessageKey, values?: Values) =>
      intl.formatMessage(
        { id: key },
        values as Record<string, string | number | boolean | Date | null | undefined>,
      ),
    [intl],
  );
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates, times, numbers and money in the reader's language. Instants show in Morocco's time
 * (Africa/Casablanca); calendar dates (`2026-12-10`) are days, shown as they are, without a time zone shift.
 */
export function useFormat() {
  const intl = useIntl();
  return useMemo(() => {
    const calendar = (value: string): Date => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d, 12));
    };
    return {
      date(value: string | Date | null | undefined, style: 'short' | 'medium' | 'long' = 'medium'): string {
        if (!value) return '—';
        if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
          return intl.formatDate(calendar(value), { dateStyle: style, timeZone: 'UTC' });
        }
        return intl.formatDate(value, { dateStyle: style });
      },
      dateTime(value: string | Date | null | undefined): string {
        if (!value) return '—';
        return intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
      },
      time(value: string | Date): string {
        return intl.formatTime(value, { timeStyle: 'short' });
      },
      weekday(value: string | Date): string {
        const date = typeof value === 'string' && CALENDAR_DATE.test(value) ? calendar(value) : value;
        return intl.formatDate(date, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          ...(typeof value === 'string' && CALENDAR_DATE.test(value) ? { timeZone: 'UTC' } : {}),
        });
      },
      number(value: number | string | null | undefined, digits?: number): string {
        if (value === null || value === undefined || value === '') return '—';
        return intl.formatNumber(
          Number(value),
          digits === undefined ? {} : { maximumFractionDigits: digits },
        );
      },
      /** A MAD amount, e.g. "1 250 000,00 MAD" / "‏1.250.000,00 د.م.‏" in the reader's conventions. */
      money(value: number | string | null | undefined, currency = 'MAD'): string {
        if (value === null || value === undefined || value === '') return '—';
        return intl.formatNumber(Number(value), { style: 'currency', currency });
      },
      /** A percentage given as 0–100. */
      percent(value: number | null | undefined, digits = 0): string {
        if (value === null || value === undefined) return '—';
        return intl.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: digits });
      },
      relative(value: string | Date): string {
        const ms = new Date(value).getTime() - Date.now();
        const abs = Math.abs(ms);
        const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
          abs < 60_000
            ? [Math.round(ms / 1000), 'second']
            : abs < 3_600_000
              ? [Math.round(ms / 60_000), 'minute']
              : abs < 86_400_000
                ? [Math.round(ms / 3_600_000), 'hour']
                : [Math.round(ms / 86_400_000), 'day'];
        return intl.formatRelativeTime(amount, unit, { numeric: 'auto' });
      },
    };
  }, [intl]);
}
