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

/**
 * The machine's clock, moved forward by `advance(ms)`: time runs as it does, and a test can skip ahead (to
 * the next 30-second TOTP step) instead of waiting. Only ever forward, so it never runs backwards. For
 * tests, never for production.
 */
export class OffsetClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('an OffsetClock only moves forward');
    this.offsetMs += ms;
  }

  /** How far ahead of the machine's clock it is. */
  get offset(): number {
    return this.offsetMs;
  }
}
