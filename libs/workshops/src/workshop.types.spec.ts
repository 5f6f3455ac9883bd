import { describe, expect, it } from '@jest/globals';
import { newCheckInCode } from './events/workshop.service.js';
import { isLegalTransition, isTimeZone, localTime, WORKSHOP_STATUSES } from './workshop.types.js';

describe('workshop rules', () => {
  it('moves draft → published → held, and cancels only what is not over', () => {
    const legal = WORKSHOP_STATUSES.flatMap((from) =>
      WORKSHOP_STATUSES.filter((to) => isLegalTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(legal).toEqual(['draft→published', 'draft→cancelled', 'published→held', 'published→cancelled']);
  });

  it('writes a time in the workshop’s own zone', () => {
    expect(localTime(new Date('2026-12-10T08:30:00Z'), 'Africa/Casablanca')).toBe(
      '2026-12-10 09:30 (Africa/Casablanca)',
    );
    expect(isTimeZone('Africa/Casablanca')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('makes check-in codes of 8 unambiguous characters', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCheckInCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });
});
