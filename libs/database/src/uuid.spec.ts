import { describe, expect, it } from '@jest/globals';
import { isUuid, uuidv7 } from './uuid.js';

describe('uuidv7', () => {
  it('produces version 7, variant 10 ids', () => {
    const id = uuidv7();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('encodes the timestamp in the first 48 bits', () => {
    const id = uuidv7(1_800_000_000_123);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(1_800_000_000_123);
  });

  it('sorts in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
