import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { answerSecondStep } from './second-factor.js';

type SecondStep = { challengeToken: string; enrolmentRequired: boolean };

/** What `POST /api/v1/auth/login` (and refresh, switch-tenant) answers. */
export interface SignedIn {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tenant: { readonly id: string; readonly kind: string; readonly slug: string };
  readonly role: string;
}

/**
 * Signs in through the API, as a client would — with the second step when the API asks for it (a code
 * of the person's app, or setting one up for a person who must have one, such as Root's administrators);
 * fails the test if the API refuses.
 */
export async function signIn(
  app: NestFastifyApplication,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignedIn> {
  let response = await request(app.getHttpServer())
    .post('/api/v1/auth/login')
    .set(headers)
    .send({ email, password });
  if (response.status === 202) {
    response = await answerSecondStep(app, email, response.body as SecondStep, headers);
  }
  if (response.status !== 200) {
    throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as SignedIn;
}

/** Switches the signed-in person to another of their tenants. */
export async function switchTenant(
  app: NestFastifyApplication,
  session: SignedIn,
  tenantId: string,
): Promise<SignedIn> {
  const response = await request(app.getHttpServer())
    .post('/api/v1/auth/switch-tenant')
    .auth(session.accessToken, { type: 'bearer' })
    .send({ tenantId });
  if (response.status !== 200) {
    throw new Error(`switch to ${tenantId} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as SignedIn;
}
