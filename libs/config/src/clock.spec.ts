import { describe, expect, it } from '@jest/globals';
import { OffsetClock } from './clock.js';

describe('OffsetClock', () => {
  it("runs with the machine's clock, moved forward by what a test adds, and never backwards", () => {
    const clock = new OffsetClock();
    const before = Date.now();
    const read = clock.now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
    clock.advance(30_000);
    expect(clock.offset).toBe(30_000);
    const moved = clock.now().getTime();
    expect(moved).toBeGreaterThanOrEqual(before + 30_000);
    expect(moved).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(() => clock.advance(-1)).toThrow('only moves forward');
    expect(clock.offset).toBe(30_000);
  });
});
