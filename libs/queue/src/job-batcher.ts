/** What a batch run answers for each of its items: undefined when it succeeded, else its error. */
export type BatchOutcome = Error | undefined;

interface Waiting<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/**
 * Gathers items handed in one at a time (the jobs a BullMQ worker runs concurrently) into batches: at most
 * `slots` batches run at once, each of at most `maxSize` items. An item that arrives while a slot is free
 * runs at once, alone — nothing waits for a batch to fill — and the items that arrive while every slot is
 * busy make up the next batch, so batches grow with the load and stay at one item when it is light.
 */
export class JobBatcher<T> {
  private readonly waiting: Waiting<T>[] = [];
  private running = 0;

  constructor(
    private readonly runBatch: (items: readonly T[]) => Promise<readonly BatchOutcome[]>,
    private readonly slots: number,
    private readonly maxSize: number,
  ) {
    if (slots < 1 || maxSize < 1) throw new Error('a batcher needs at least one slot and one item a batch');
  }

  /** Resolves when the item's batch has run it, rejects with its own error. */
  submit(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.slots && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxSize);
      this.running++;
      void this.run(batch).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(batch: readonly Waiting<T>[]): Promise<void> {
    try {
      const outcomes = await this.runBatch(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const error = outcomes[i];
        if (error) w.reject(error);
        else w.resolve();
      });
    } catch (error) {
      for (const w of batch) w.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
