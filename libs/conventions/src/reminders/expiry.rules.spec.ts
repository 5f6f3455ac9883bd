import { describe, expect, it } from '@jest/globals';
import { dueExpiryNotice, isExpired, isPastSigningDeadline } from './expiry.rules.js';

describe('expiry notices', () => {
  it('sends the tightest threshold reached, once', () => {
    expect(dueExpiryNotice(120, new Set())).toBeNull();
    expect(dueExpiryNotice(90, new Set())).toBe(90);
    expect(dueExpiryNotice(89, new Set([90]))).toBeNull();
    expect(dueExpiryNotice(30, new Set([90]))).toBe(30);
    expect(dueExpiryNotice(29, new Set([90, 30]))).toBeNull();
    expect(dueExpiryNotice(7, new Set([90, 30]))).toBe(7);
    expect(dueExpiryNotice(1, new Set([90, 30, 7]))).toBeNull();
  });

  it('does not send the wider notices it skipped, and catches up a missed day', () => {
    expect(dueExpiryNotice(20, new Set())).toBe(30);
    expect(dueExpiryNotice(6, new Set([90])) /* the 7-day sweep was missed */).toBe(7);
  });

  it('sends nothing on or after the expiry date', () => {
    expect(dueExpiryNotice(0, new Set())).toBeNull();
    expect(dueExpiryNotice(-3, new Set())).toBeNull();
  });

  it('expires on the expiry date, and a signing deadline passes the day after', () => {
    expect(isExpired('2030-06-01', '2030-05-31')).toBe(false);
    expect(isExpired('2030-06-01', '2030-06-01')).toBe(true);
    expect(isPastSigningDeadline('2030-06-01', '2030-06-01')).toBe(false);
    expect(isPastSigningDeadline('2030-06-01', '2030-06-02')).toBe(true);
    expect(isPastSigningDeadline(null, '2099-01-01')).toBe(false);
  });
});
