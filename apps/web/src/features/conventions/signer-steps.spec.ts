import { describe, expect, it } from '@jest/globals';
import { moveSigner, renumber, signerKey, stepsOf, type SignerRow } from './signer-steps.js';

const row = (userId: string, step: number): SignerRow => ({ partyTenantId: 'p', userId, step });
const shape = (rows: SignerRow[]) => stepsOf(rows).map((s) => s.rows.map((r) => r.userId));

describe('the signing steps the drafter arranges', () => {
  const rows = [row('a', 1), row('b', 1), row('c', 2)];

  it('groups signers by step, in order, and closes the gaps', () => {
    expect(shape([row('c', 5), row('a', 2), row('b', 2)])).toEqual([['a', 'b'], ['c']]);
    expect(renumber([row('c', 5), row('a', 2)]).map((r) => r.step)).toEqual([2, 1]);
  });

  it('moves a signer to another step, before the one it is dropped on or last', () => {
    expect(shape(moveSigner(rows, signerKey(row('c', 2)), 1, signerKey(row('a', 1))))).toEqual([
      ['c', 'a', 'b'],
    ]);
    expect(shape(moveSigner(rows, signerKey(row('a', 1)), 2))).toEqual([['b'], ['c', 'a']]);
  });

  it('opens a new last step, and closes the one a signer leaves empty', () => {
    expect(shape(moveSigner(rows, signerKey(row('b', 1)), 3))).toEqual([['a'], ['c'], ['b']]);
    expect(moveSigner(rows, signerKey(row('c', 2)), 1).map((r) => r.step)).toEqual([1, 1, 1]);
  });

  it('reorders within a step', () => {
    expect(shape(moveSigner(rows, signerKey(row('b', 1)), 1, signerKey(row('a', 1))))).toEqual([
      ['b', 'a'],
      ['c'],
    ]);
  });
});
