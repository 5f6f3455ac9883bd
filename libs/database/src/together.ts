/**
 * Waits for independent pieces of one unit of work started at once — reads in several tenants' scopes,
 * say — and answers their results in order. Their statements are queued together on the transaction's
 * connection, which sends them without waiting for each answer (pipeline mode), so they share round
 * trips instead of taking one each.
 *
 * Unlike `Promise.all`, it waits for every piece to settle before it answers or throws (the first
 * error): a caller that fails must not roll the transaction back, or hand its connection back to the
 * pool, while a sibling piece is still about to send a statement on it.
 */
export async function together<const T extends readonly unknown[]>(work: {
  readonly [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const settled = await Promise.allSettled(work as readonly Promise<unknown>[]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
