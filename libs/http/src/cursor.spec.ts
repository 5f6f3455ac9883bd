import { describe, expect, it } from '@jest/globals';
import { clampPageSize, CURSOR_NOT_ISSUED, CursorKey, cursorCodec } from './cursor.js';
import { ValidationProblem } from './problem.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const ID = '0190a3b4-1c2d-7e8f-9a0b-1c2d3e4f5a6b';

function refusal(decode: () => unknown): unknown {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationProblem);
    return (error as ValidationProblem).errors;
  }
  throw new Error('the cursor was accepted');
}

describe('list cursors', () => {
  const byDue = cursorCodec(CursorKey.date, CursorKey.uuid);
  const byStart = cursorCodec(CursorKey.instant, CursorKey.uuid);
  const byId = cursorCodec(CursorKey.uuid);
  const bySeq = cursorCodec(CursorKey.positive());
  const byVersion = cursorCodec(CursorKey.positive(2_147_483_647));
  const byKind = cursorCodec(CursorKey.date, CursorKey.oneOf('milestone', 'deliverable'), CursorKey.uuid);

  it('give back the key they were made from', () => {
    expect(byDue.decode(byDue.encode(['2026-02-28', ID]))).toEqual(['2026-02-28', ID]);
    expect(byStart.decode(byStart.encode(['2026-03-01T08:30:00.000Z', ID]))).toEqual([
      '2026-03-01T08:30:00.000Z',
      ID,
    ]);
    expect(byId.decode(byId.encode([ID]))).toEqual([ID]);
    expect(bySeq.decode(bySeq.encode([9_007_199_254_740_991]))).toEqual([9_007_199_254_740_991]);
    expect(byKind.decode(byKind.encode(['2026-01-01', 'deliverable', ID]))).toEqual([
      '2026-01-01',
      'deliverable',
      ID,
    ]);
  });

  it('are opaque base64url of the key as a JSON array', () => {
    const cursor = byDue.encode(['2026-02-28', ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, 'base64url').toString('utf8')).toBe(JSON.stringify(['2026-02-28', ID]));
  });

  it('keep decoding the bare single values single-column lists first issued', () => {
    expect(byId.decode(b64(ID))).toEqual([ID]);
    expect(byId.decode(b64(ID.toUpperCase()))).toEqual([ID]);
    expect(bySeq.decode(b64('42'))).toEqual([42]);
    expect(byVersion.decode(b64('3'))).toEqual([3]);
  });

  it('read no cursor as the first page', () => {
    expect(byDue.decodeOptional(undefined)).toBeNull();
    expect(byDue.decodeOptional(byDue.encode(['2026-02-28', ID]))).toEqual(['2026-02-28', ID]);
  });

  it.each([
    ['empty', byId, ''],
    ['not base64url', byId, 'a+b/c='],
    ['too long', byId, 'A'.repeat(1001)],
    ['not JSON', byDue, b64('[2026-02-28,')],
    ['a JSON object', byDue, b64(JSON.stringify({ 0: '2026-02-28', 1: ID }))],
    ['a bare value for a two-column key', byDue, b64(ID)],
    ['too few columns', byDue, b64(JSON.stringify(['2026-02-28']))],
    ['too many columns', byDue, b64(JSON.stringify(['2026-02-28', ID, ID]))],
    ['columns swapped', byDue, b64(JSON.stringify([ID, '2026-02-28']))],
    ['not a UUID', byId, b64(JSON.stringify(['not-an-id']))],
    ['a bare non-UUID', byId, b64('not-an-id')],
    ['a UUID as a number', byId, b64(JSON.stringify([42]))],
    ['a day that does not exist', byDue, b64(JSON.stringify(['2026-02-30', ID]))],
    ['a day with a time', byDue, b64(JSON.stringify(['2026-02-28T00:00:00Z', ID]))],
    ['an instant without a zone', byStart, b64(JSON.stringify(['2026-03-01T08:30:00', ID]))],
    ['an instant that is words', byStart, b64(JSON.stringify(['tomorrow', ID]))],
    ['an instant out of range', byStart, b64(JSON.stringify(['2026-13-45T99:99:99Z', ID]))],
    ['a negative number', bySeq, b64('-1')],
    ['zero', bySeq, b64('0')],
    ['a leading zero', bySeq, b64('007')],
    ['a fraction', bySeq, b64(JSON.stringify([1.5]))],
    ['an unsafe integer', bySeq, b64('9007199254740993')],
    ['a number above the maximum', byVersion, b64('2147483648')],
    ['a null column', byId, b64(JSON.stringify([null]))],
    ['a word not in the list', byKind, b64(JSON.stringify(['2026-01-01', 'kpi', ID]))],
  ])('refuse %s with the cursor validation problem', (_, codec, cursor) => {
    expect(refusal(() => (codec as typeof byId).decode(cursor))).toEqual([
      { field: 'cursor', messages: [CURSOR_NOT_ISSUED] },
    ]);
  });

  it('page rows fetched with one extra, the cursor being the last kept row’s key', () => {
    const rows = [1, 2, 3].map((n) => ({ due: `2026-01-0${n}`, id: ID }));
    const more = byDue.page(rows, 2, (r) => [r.due, r.id]);
    expect(more.data).toEqual(rows.slice(0, 2));
    expect(byDue.decode(more.nextCursor!)).toEqual(['2026-01-02', ID]);
    expect(byDue.page(rows, 3, (r) => [r.due, r.id])).toEqual({ data: rows, nextCursor: null });
    expect(byDue.page([], 3, (r: (typeof rows)[number]) => [r.due, r.id])).toEqual({
      data: [],
      nextCursor: null,
    });
  });
});

describe('page size', () => {
  const sizes = { fallback: 50, max: 200 };
  it('is the fallback when not asked, and stays within 1..max', () => {
    expect(clampPageSize(undefined, sizes)).toBe(50);
    expect(clampPageSize(20, sizes)).toBe(20);
    expect(clampPageSize(0, sizes)).toBe(1);
    expect(clampPageSize(-5, sizes)).toBe(1);
    expect(clampPageSize(500, sizes)).toBe(200);
    expect(clampPageSize(Number.NaN, sizes)).toBe(50);
    expect(clampPageSize(7.9, sizes)).toBe(7);
  });
});
