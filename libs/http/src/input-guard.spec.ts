import { describe, expect, it } from '@jest/globals';
import { InputGuardPipe, inputFaults, isRealCalendarValue, MAX_INPUT_DEPTH } from './input-guard.js';
import { ValidationProblem } from './problem.js';

describe('input guard', () => {
  it('names every field that holds a NUL or a lone surrogate, however deep', () => {
    const faults = inputFaults({
      title: 'a\u0000b',
      milestones: [{ title: 'ok' }, { title: '\ud800' }],
      note: 'fine \u200f مرحبا 😀',
    });
    expect(faults.map((f) => f.field).sort()).toEqual(['milestones.1.title', 'title']);
    expect(faults.find((f) => f.field === 'title')!.messages[0]).toMatch(/NUL/);
  });

  it('refuses a key of a JSON object that PostgreSQL cannot store', () => {
    expect(inputFaults({ meta: { 'k\u0000': 1 } })).toEqual([
      {
        field: 'meta',
        messages: [expect.stringMatching(/^a key of meta .*NUL/)],
        faults: [{ constraint: 'keyNulCharacter' }],
      },
    ]);
  });

  it.each(['2026-02-30', '0000-00-00', '2026-13-01', '2025-02-29', '2026-04-31', '2026-01-01T24:00:00Z'])(
    'refuses the impossible date %s in any field',
    (value) => {
      expect(inputFaults({ anything: value })).toEqual([
        {
          field: 'anything',
          messages: ['anything must be a date that exists'],
          faults: [{ constraint: 'impossibleDate' }],
        },
      ]);
    },
  );

  it.each([
    '2024-02-29',
    '2026-12-31',
    '2026-12-03T08:00:00Z',
    '2026-12-03T08:00:00.123+01:00',
    '9999-12-31',
  ])('lets the real date %s through', (value) => {
    expect(isRealCalendarValue(value)).toBe(true);
    expect(inputFaults({ anything: value })).toEqual([]);
  });

  it('leaves free text that merely starts with a date alone', () => {
    expect(inputFaults({ title: '2026-02-30 kick-off (typo kept)' })).toEqual([]);
  });

  it('refuses non-finite numbers and JSON nested deeper than it allows', () => {
    expect(inputFaults({ n: Infinity })[0].field).toBe('n');
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH + 5; i++) deep = { d: deep };
    expect(inputFaults(deep)[0].messages[0]).toMatch(/nested too deeply/);
    let deepArray: unknown = 1;
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(inputFaults(deepArray)).toHaveLength(1);
  });

  it('throws validation-failed naming a path or query parameter', async () => {
    const pipe = new InputGuardPipe();
    await expect(pipe.transform('x\u0000', { type: 'param', data: 'id' })).rejects.toThrow(ValidationProblem);
    await expect(pipe.transform({ q: '\udc00' }, { type: 'query' })).rejects.toMatchObject({
      errors: [{ field: 'q' }],
    });
    await expect(pipe.transform(Buffer.from([0]), { type: 'body' })).resolves.toEqual(Buffer.from([0]));
  });
});
