import { describe, expect, it } from '@jest/globals';
import { daysBetween, isCalendarDate, networkDay, networkToday } from './network-calendar.js';

describe('the network calendar', () => {
  it("tells today's date in Morocco, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Casablanca (UTC+1).
    expect(networkToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(networkToday(new Date('2026-03-10T12:00:00Z'))).toBe('2026-03-10');
  });

  it("counts days from Morocco's today, across months and years", () => {
    const lateEvening = new Date('2025-12-31T23:30:00Z'); // 1 January in Casablanca
    expect(networkDay(0, lateEvening)).toBe('2026-01-01');
    expect(networkDay(-1, lateEvening)).toBe('2025-12-31');
    expect(networkDay(-20, lateEvening)).toBe('2025-12-12');
    expect(networkDay(59, lateEvening)).toBe('2026-03-01');
  });

  it('accepts real dates written YYYY-MM-DD only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-1-01',
      '2025-01-01T00:00:00Z',
      '01/02/2025',
      20250101,
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-30', '2025-03-01')).toBe(30);
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysBetween('2025-03-02', '2025-03-01')).toBe(-1);
  });
});
