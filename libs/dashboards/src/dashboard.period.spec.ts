import { describe, expect, it } from '@jest/globals';
import { ValidationProblem } from '@jazari/http';
import { dashboardPeriod, isUnfiltered, MAX_SERIES_MONTHS } from './dashboard.period.js';

describe('dashboardPeriod', () => {
  it('defaults to the last 24 months, this month included', () => {
    expect(dashboardPeriod({}, '2026-12')).toEqual({ from: '2025-01', to: '2026-12' });
  });

  it('runs 24 months from `from`, never past this month', () => {
    expect(dashboardPeriod({ from: '2020-03' }, '2026-12')).toEqual({ from: '2020-03', to: '2022-02' });
    expect(dashboardPeriod({ from: '2026-06' }, '2026-12')).toEqual({ from: '2026-06', to: '2026-12' });
  });

  it('ends at `to` and reaches 24 months back, across a year', () => {
    expect(dashboardPeriod({ to: '2024-01' }, '2026-12')).toEqual({ from: '2022-02', to: '2024-01' });
    expect(dashboardPeriod({ from: '2026-12', to: '2026-12' }, '2026-12')).toEqual({
      from: '2026-12',
      to: '2026-12',
    });
  });

  it('refuses a malformed month, a reversed period and one over the maximum', () => {
    expect(() => dashboardPeriod({ from: '2026-13' }, '2026-12')).toThrow(ValidationProblem);
    expect(() => dashboardPeriod({ to: '2026-1' }, '2026-12')).toThrow(ValidationProblem);
    expect(() => dashboardPeriod({ from: '2026-05', to: '2026-04' }, '2026-12')).toThrow(ValidationProblem);
    expect(() => dashboardPeriod({ from: '2000-01', to: '2010-01' }, '2026-12')).toThrow(ValidationProblem);
    const longest = dashboardPeriod({ from: '2010-01', to: '2019-12' }, '2026-12');
    expect(longest).toEqual({ from: '2010-01', to: '2019-12' });
    expect(MAX_SERIES_MONTHS).toBe(120);
  });
});

describe('isUnfiltered', () => {
  it('is true only when no filter is set', () => {
    expect(isUnfiltered({})).toBe(true);
    expect(isUnfiltered({ region: undefined })).toBe(true);
    expect(isUnfiltered({ to: '2026-12' })).toBe(false);
  });
});
