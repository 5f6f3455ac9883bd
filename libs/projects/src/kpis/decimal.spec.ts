import { describe, expect, it } from '@jest/globals';
import { percentOfTarget } from './decimal.js';

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
