import { describe, expect, it } from '@jest/globals';
import { compareDecimals, kpiStatus, percentOfTarget } from './decimal.js';

describe('percent of target', () => {
  it('is the value over the target, in percent with one decimal', () => {
    expect(percentOfTarget('35', '40')).toBe('87.5');
    expect(percentOfTarget('40', '40')).toBe('100.0');
    expect(percentOfTarget('50', '40')).toBe('125.0');
    expect(percentOfTarget('1', '3')).toBe('33.3');
    expect(percentOfTarget('0', '12')).toBe('0.0');
  });

  it('is null with nothing measured yet or a zero target', () => {
    expect(percentOfTarget(null, '40')).toBeNull();
    expect(percentOfTarget('3', '0')).toBeNull();
  });
});

describe('a KPI whose lower values are better', () => {
  it('is target over value: a word error rate of 18.4 against 15 is not beating it', () => {
    expect(percentOfTarget('18.4', '15', 'lower')).toBe('81.5');
    expect(percentOfTarget('15', '15', 'lower')).toBe('100.0');
    expect(percentOfTarget('12', '15', 'lower')).toBe('125.0');
    expect(percentOfTarget('0', '15', 'lower')).toBeNull();
    expect(percentOfTarget(null, '15', 'lower')).toBeNull();
  });

  it('is met at or under its target, and not met above it', () => {
    expect(kpiStatus('18.4', '15', 'lower')).toBe('not_met');
    expect(kpiStatus('15', '15', 'lower')).toBe('met');
    expect(kpiStatus('0', '0', 'lower')).toBe('met');
    expect(kpiStatus('18.4', '15', 'higher')).toBe('met');
    expect(kpiStatus('14.999999', '15', 'higher')).toBe('not_met');
    expect(kpiStatus(null, '15', 'higher')).toBe('not_measured');
  });
});

describe('comparing decimals', () => {
  it('is exact, whatever the number of decimals and the sign', () => {
    expect(compareDecimals('0.1', '0.10')).toBe(0);
    expect(compareDecimals('100000000000000000.000001', '100000000000000000')).toBe(1);
    expect(compareDecimals('-2.5', '1')).toBe(-1);
    expect(compareDecimals('-2.5', '-2.25')).toBe(-1);
  });
});
