import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  canMove,
  crossedThresholds,
  fromMilli,
  ifMatchSatisfied,
  movesFrom,
  periodOf,
  quantity,
  toMilli,
  utilisation,
} from './resource.rules.js';

describe('resource rules', () => {
  it('finds the quota period of a day', () => {
    expect(periodOf('2031-02-14', 'month')).toEqual({ start: '2031-02-01', end: '2031-02-28' });
    expect(periodOf('2032-02-14', 'month')).toEqual({ start: '2032-02-01', end: '2032-02-29' });
    expect(periodOf('2031-05-31', 'quarter')).toEqual({ start: '2031-04-01', end: '2031-06-30' });
    expect(periodOf('2031-12-31', 'quarter')).toEqual({ start: '2031-10-01', end: '2031-12-31' });
    expect(periodOf('2031-07-01', 'year')).toEqual({ start: '2031-01-01', end: '2031-12-31' });
    expect(addDays('2031-03-24', 7)).toBe('2031-03-31');
  });

  it('counts quantities in thousandths, never floats', () => {
    expect(toMilli('12.5')).toBe(12_500n);
    expect(toMilli('0.001')).toBe(1n);
    expect(fromMilli(toMilli('0.1') + toMilli('0.2'))).toBe('0.3');
    expect(fromMilli(-1500n)).toBe('-1.5');
    expect(quantity('250.000')).toBe('250');
    expect(utilisation('165', '200')).toBe(82.5);
    expect(utilisation('1', null)).toBeNull();
  });

  it('reports each usage threshold once, when reached', () => {
    expect(crossedThresholds('200', '159.999', [80, 100], new Set())).toEqual([]);
    expect(crossedThresholds('200', '160', [80, 100], new Set())).toEqual([80]);
    expect(crossedThresholds('200', '200', [80, 100], new Set())).toEqual([80, 100]);
    expect(crossedThresholds('200', '200', [80, 100], new Set([80]))).toEqual([100]);
    expect(crossedThresholds('0.003', '0.003', [80, 100], new Set([80, 100]))).toEqual([]);
  });

  it('allows the allocation moves from their states only', () => {
    expect(canMove('approve', 'pending')).toBe(true);
    expect(canMove('approve', 'awaiting_root')).toBe(true);
    expect(canMove('approve', 'active')).toBe(false);
    expect(canMove('revoke', 'active')).toBe(true);
    expect(canMove('reject', 'expired')).toBe(false);
    expect(canMove('withdraw', 'awaiting_root')).toBe(true);
    expect(canMove('withdraw', 'approved')).toBe(false);
    expect(movesFrom('pending')).toEqual(['approve', 'reject', 'withdraw']);
    expect(movesFrom('expired')).toEqual([]);
  });

  it('matches If-Match strongly', () => {
    expect(ifMatchSatisfied('"3"', 3)).toBe(true);
    expect(ifMatchSatisfied('"2", "3"', 3)).toBe(true);
    expect(ifMatchSatisfied('*', 3)).toBe(true);
    expect(ifMatchSatisfied('W/"3"', 3)).toBe(false);
  });
});
