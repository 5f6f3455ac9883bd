import { setTimeout as sleep } from 'node:timers/promises';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock, OffsetClock } from '@jazari/config';
import { HOTP, Secret } from 'otpauth';
import request from 'supertest';

/**
 * The authenticator app of the test suites: the TOTP secrets the API showed at enrolment, by e-mail, and
 * codes computed from them as a phone would. The API never accepts a time step twice, so each code is of
 * a step later than the last one used for that person: at most three per 30 s (the step before, the
 * current one and the next, which the API still accepts), then the next step must come. The API decides
 * steps by its Clock: when the API that enrolled the person runs on a clock a test may move (`testClock`,
 * which `testWorld()` gives its API and worker), the helper moves that clock to the next step instead of
 * waiting for it; with the machine's clock (an API booted without one), it waits, as a phone would.
 */
const secrets = new Map<string, string>();
const lastStep = new Map<string, number>();
const clocks = new Map<string, Clock>();
const STEP_MS = 30_000;

/**
 * This test file's clock: the machine's time, moved forward a TOTP step when a code of a later step is
 * needed. `testWorld()` boots its API and worker on it; a suite that calls `createApi` itself passes
 * `{ clock: testClock }` to get the same.
 */
export const testClock = new OffsetClock();

/** A clock that can be moved on (`OffsetClock`, `ManualClock`); a `SystemClock` cannot. */
type MovableClock = Clock & { advance(ms: number): void };
const movable = (clock: Clock | undefined): clock is MovableClock =>
  typeof (clock as Partial<MovableClock> | undefined)?.advance === 'function';

/** The Clock an API (or worker) was booted with. */
export function clockOf(app: INestApplicationContext): Clock {
  return app.get(Clock, { strict: false });
}

/**
 * Remembers the secret the API showed a person; `clock` is the Clock of the API that checks their codes
 * (`clockOf(app)`): without it, codes follow the machine's clock.
 */
export function rememberTotpSecret(email: string, secret: string, clock?: Clock): void {
  const key = email.toLowerCase();
  secrets.set(key, secret);
  lastStep.delete(key);
  if (clock) clocks.set(key, clock);
  else clocks.delete(key);
}

export function totpSecretOf(email: string): string | undefined {
  return secrets.get(email.toLowerCase());
}

/**
 * The code of a step not used before for this person: when none is left before the next step, the API's
 * clock is moved to it (a movable clock) or the helper waits for it (the machine's clock).
 */
export async function totpCode(email: string): Promise<string> {
  const key = email.toLowerCase();
  const secret = secrets.get(key);
  if (!secret) throw new Error(`no TOTP secret known for ${email}: enrol them first`);
  const clock = clocks.get(key);
  const now = () => clock?.now().getTime() ?? Date.now();
  // The step before the current one is accepted too, while the API will still see it as the one before:
  // used only with more than 5 s of the current step left, so a slow request cannot land after the next
  // boundary, when that step would be two before.
  const earliest = () => {
    const at = now();
    const current = Math.floor(at / STEP_MS);
    return at % STEP_MS < STEP_MS - 5_000 ? current - 1 : current;
  };
  let step = Math.max((lastStep.get(key) ?? -1) + 1, earliest());
  let current = Math.floor(now() / STEP_MS);
  while (step > current + 1) {
    const untilNext = (current + 1) * STEP_MS - now() + 50;
    if (movable(clock)) clock.advance(untilNext);
    else await sleep(untilNext);
    current = Math.floor(now() / STEP_MS);
  }
  step = Math.max(step, earliest());
  lastStep.set(key, step);
  return HOTP.generate({ secret: Secret.fromBase32(secret), counter: step, digits: 6, algorithm: 'SHA1' });
}

/** Sets up a TOTP factor for a signed-in person through the API; answers the recovery codes. */
export async function enrolTotp(
  app: NestFastifyApplication,
  accessToken: string,
  email: string,
): Promise<string[]> {
  const http = request(app.getHttpServer());
  const begun = await http.post('/api/v1/me/second-factor/totp').auth(accessToken, { type: 'bearer' });
  if (begun.status !== 200)
    throw new Error(`TOTP enrolment of ${email}: ${begun.status} ${JSON.stringify(begun.body)}`);
  rememberTotpSecret(email, (begun.body as { secret: string }).secret, clockOf(app));
  const confirmed = await request(app.getHttpServer())
    .post('/api/v1/me/second-factor/totp/confirm')
    .auth(accessToken, { type: 'bearer' })
    .send({ code: await totpCode(email) });
  if (confirmed.status !== 200) {
    throw new Error(`TOTP confirmation of ${email}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  }
  return (confirmed.body as { recoveryCodes: string[] }).recoveryCodes;
}

/**
 * Answers sign-in's second step (a 202 of POST /auth/login) as the person would: with a code of their
 * app, or, when they must set one up first, by setting it up. Answers the final response.
 */
export async function answerSecondStep(
  app: NestFastifyApplication,
  email: string,
  challenge: { challengeToken: string; enrolmentRequired: boolean },
  headers: Record<string, string> = {},
): Promise<request.Response> {
  const http = () => request(app.getHttpServer());
  if (challenge.enrolmentRequired) {
    const begun = await http()
      .post('/api/v1/auth/second-factor/totp')
      .set(headers)
      .send({ challengeToken: challenge.challengeToken });
    if (begun.status !== 200) return begun;
    rememberTotpSecret(email, (begun.body as { secret: string }).secret, clockOf(app));
    return http()
      .post('/api/v1/auth/second-factor/totp/confirm')
      .set(headers)
      .send({ challengeToken: challenge.challengeToken, code: await totpCode(email) });
  }
  return http()
    .post('/api/v1/auth/second-factor')
    .set(headers)
    .send({ challengeToken: challenge.challengeToken, code: await totpCode(email) });
}
