import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HOTP, Secret } from 'otpauth';
import request from 'supertest';

/**
 * The authenticator app of the test suites: the TOTP secrets the API showed at enrolment, by e-mail, and
 * codes computed from them as a phone would. The API never accepts a time step twice, so each code is of
 * a step later than the last one used for that person: at most three per 30 s (the step before, the
 * current one and the next, which the API still accepts), then it waits for the clock.
 */
const secrets = new Map<string, string>();
const lastStep = new Map<string, number>();
const STEP_MS = 30_000;

export function rememberTotpSecret(email: string, secret: string): void {
  secrets.set(email.toLowerCase(), secret);
  lastStep.delete(email.toLowerCase());
}

export function totpSecretOf(email: string): string | undefined {
  return secrets.get(email.toLowerCase());
}

/** The code of a step not used before for this person (waiting for the next step if needed). */
export async function totpCode(email: string): Promise<string> {
  const key = email.toLowerCase();
  const secret = secrets.get(key);
  if (!secret) throw new Error(`no TOTP secret known for ${email}: enrol them first`);
  // The step before the current one is accepted too, while the API will still see it as the one before:
  // used only with more than 5 s of the current step left, so a slow request cannot land after the next
  // boundary, when that step would be two before.
  const earliest = () => {
    const now = Date.now();
    const current = Math.floor(now / STEP_MS);
    return now % STEP_MS < STEP_MS - 5_000 ? current - 1 : current;
  };
  let step = Math.max((lastStep.get(key) ?? -1) + 1, earliest());
  let current = Math.floor(Date.now() / STEP_MS);
  while (step > current + 1) {
    await sleep((current + 1) * STEP_MS - Date.now() + 50);
    current = Math.floor(Date.now() / STEP_MS);
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
  rememberTotpSecret(email, (begun.body as { secret: string }).secret);
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
    rememberTotpSecret(email, (begun.body as { secret: string }).secret);
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
