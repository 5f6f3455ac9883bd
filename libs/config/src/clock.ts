/**
 * "Now", injected. Services that decide by time (reminders, expiry, what is overdue) ask the Clock, never
 * `new Date()`, so a test or a replay can move time. ConfigModule provides a `SystemClock` unless the
 * entry point was given another: `createWorker(config, { clock })`, `createApi(config, { clock })`.
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's clock: what every process uses in production. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until told otherwise: for tests and simulations, never for production. */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
