import { describe, expect, it } from '@jest/globals';
import { cronPattern, networkMonth, parsePeriod, previousPeriod } from './report-period.js';

describe('report periods', () => {
  it('reads a quarter and a range of months', () => {
    expect(parsePeriod('2026-Q3')).toEqual({ from: '2026-07', to: '2026-09', label: '2026-Q3' });
    expect(parsePeriod('2025-Q1')).toEqual({ from: '2025-01', to: '2025-03', label: '2025-Q1' });
    expect(parsePeriod({ from: '2026-01', to: '2026-06' })).toEqual({
      from: '2026-01',
      to: '2026-06',
      label: '2026-01..2026-06',
    });
    expect(parsePeriod({ from: '2026-05', to: '2026-05' })).toEqual({
      from: '2026-05',
      to: '2026-05',
      label: '2026-05',
    });
  });

  it('refuses what is not a period', () => {
    for (const bad of ['2026-Q5', '2026-07', 42, null, [], { from: '2026-13', to: '2026-12' }]) {
      expect(typeof parsePeriod(bad)).toBe('string');
    }
    expect(parsePeriod({ from: '2026-09', to: '2026-07' })).toBe('period.from must not be after period.to');
    expect(parsePeriod({ from: '2020-01', to: '2026-07' })).toBe('period must cover at most 24 months');
    expect(parsePeriod({ from: '2026-01', to: '2026-02', x: 1 })).toBe('period has unknown fields: x');
  });

  it("reports a tick on the month or quarter before the tick's, in Morocco's time", () => {
    expect(previousPeriod('monthly', new Date('2026-12-01T05:00:00Z'))).toEqual({
      from: '2026-11',
      to: '2026-11',
      label: '2026-11',
    });
    expect(previousPeriod('monthly', new Date('2026-01-01T06:00:00Z')).label).toBe('2025-12');
    expect(previousPeriod('quarterly', new Date('2026-10-01T06:00:00Z'))).toEqual({
      from: '2026-07',
      to: '2026-09',
      label: '2026-Q3',
    });
    expect(previousPeriod('quarterly', new Date('2026-02-15T06:00:00Z')).label).toBe('2025-Q4');
    // 23:30 UTC on 31 December is already 1 January in Casablanca (UTC+1).
    expect(networkMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
    expect(cronPattern('quarterly')).toBe('0 6 1 1,4,7,10 *');
  });
});
