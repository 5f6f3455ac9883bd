import { describe, expect, it } from '@jest/globals';
import { JobBatcher, type BatchOutcome } from './job-batcher.js';

/** A batch run that waits until the test lets it finish, recording what each batch held. */
function gate(outcome: (item: string) => BatchOutcome = () => undefined) {
  const batches: string[][] = [];
  const release: (() => void)[] = [];
  const run = (items: readonly string[]): Promise<BatchOutcome[]> => {
    batches.push([...items]);
    return new Promise((resolve) => release.push(() => resolve(items.map(outcome))));
  };
  return { batches, release, run };
}

const settle = (promise: Promise<void>): Promise<string> =>
  promise.then(
    () => 'ok',
    (error: Error) => error.message,
  );

describe('JobBatcher', () => {
  it('runs an item at once while a slot is free, and gathers those that arrive while every slot is busy', async () => {
    const { batches, release, run } = gate();
    const batcher = new JobBatcher(run, 2, 3);
    const results = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((item) => settle(batcher.submit(item)));
    expect(batches).toEqual([['a'], ['b']]);
    release.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    while (release.length > 0) {
      release.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(batches).toEqual([['a'], ['b'], ['c', 'd', 'e'], ['f', 'g']]);
    expect(await Promise.all(results)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('gives each item its own outcome, and every item the error of a batch run that throws', async () => {
    const batcher = new JobBatcher(
      (items: readonly string[]) =>
        items.includes('boom')
          ? Promise.reject(new Error('the batch broke'))
          : Promise.resolve(items.map((i) => (i === 'bad' ? new Error(`${i} failed`) : undefined))),
      1,
      10,
    );
    const first = settle(batcher.submit('first'));
    const rest = ['good', 'bad'].map((item) => settle(batcher.submit(item)));
    expect(await first).toBe('ok');
    expect(await Promise.all(rest)).toEqual(['ok', 'bad failed']);
    const broken = settle(batcher.submit('boom'));
    expect(await broken).toBe('the batch broke');
  });
});
