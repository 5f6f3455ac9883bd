import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { invitationToken } from '@jazari/identity';
import {
  adminClient,
  createTenant,
  createUser,
  ensureRootTenant,
  signIn,
  testConfig,
  waitFor,
  type SignedIn,
  type TestTenant,
} from '@jazari/testing';
import { createWorker } from '@jazari/worker';
import type pg from 'pg';
import request from 'supertest';

/**
 * The whole path of a new institute: Root creates it and invites its manager, the manager accepts and
 * signs in, invites a researcher, works in two tenants, refreshes and signs out.
 */
describe('identity lifecycle', () => {
  const config = testConfig();
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;
  let admin: pg.Client;
  let root: TestTenant;
  let rootAdmin: SignedIn;

  const http = () => request(api.getHttpServer());
  const as = (session: SignedIn) => ({
    get: (path: string) => http().get(path).auth(session.accessToken, { type: 'bearer' }),
    post: (path: string, body?: object) =>
      http()
        .post(path)
        .auth(session.accessToken, { type: 'bearer' })
        .send(body ?? {}),
  });

  beforeAll(async () => {
    admin = await adminClient();
    root = await ensureRootTenant(admin);
    const user = await createUser(admin, [{ tenant: root, role: 'network_admin' }]);
    api = await createApi(config);
    worker = await createWorker(config);
    rootAdmin = await signIn(api, user.email, user.password);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await admin?.end();
  });

  it('takes an institute from creation to a signed-out manager', async () => {
    const suffix = Date.now().toString(36);
    const managerEmail = `manager-${suffix}@um6p.test`;
    const researcherEmail = `researcher-${suffix}@um6p.test`;

    // Root creates the institute.
    const created = await as(rootAdmin)
      .post('/api/v1/tenants', {
        kind: 'institute',
        slug: `jazari-benguerir-${suffix}`,
        legalName: 'Institut Jazari Benguerir',
        names: {
          fr: 'Institut Jazari Benguerir',
          ar: 'معهد الجزري بن جرير',
          en: 'Jazari Institute Benguerir',
        },
        regionCode: 'MA-07',
        city: 'Benguerir',
        hostOrganisation: 'UM6P',
      })
      .expect(201);
    const institute = created.body as { id: string; slug: string; status: string };
    expect(institute.status).toBe('active');

    // Root invites its manager; the worker puts the invitation on record.
    const invited = await as(rootAdmin)
      .post(`/api/v1/tenants/${institute.id}/invitations`, { email: managerEmail, role: 'institute_manager' })
      .expect(201);
    expect(invited.body).toMatchObject({ email: managerEmail, role: 'institute_manager', status: 'open' });
    await waitFor('the invitation to be recorded', async () => {
      const { rows } = await admin.query(`SELECT recorded_at FROM invitation WHERE id = $1`, [
        invited.body.id,
      ]);
      return rows[0]?.recorded_at;
    });

    // The manager accepts: the account is created with the password they choose.
    const managerToken = invitationToken(config, institute.id, invited.body.id);
    const accepted = await http()
      .post('/api/v1/invitations/accept')
      .send({
        token: managerToken,
        password: 'Manager-Password-2027',
        displayName: 'Hind Alaoui',
        locale: 'ar',
      })
      .expect(200);
    expect(accepted.body).toMatchObject({
      createdAccount: true,
      role: 'institute_manager',
      tenant: { id: institute.id, kind: 'institute' },
    });
    // Single use.
    await http()
      .post('/api/v1/invitations/accept')
      .send({ token: managerToken, password: 'Manager-Password-2027', displayName: 'Hind Alaoui' })
      .expect(410);

    // The manager signs in and lands in the institute.
    let manager = await signIn(api, managerEmail, 'Manager-Password-2027');
    expect(manager.tenant).toMatchObject({ id: institute.id, kind: 'institute' });
    expect(manager.role).toBe('institute_manager');

    // The manager invites a researcher, who accepts and signs in.
    const researcherInvite = await as(manager)
      .post('/api/v1/invitations', { email: researcherEmail, role: 'researcher' })
      .expect(201);
    await http()
      .post('/api/v1/invitations/accept')
      .send({
        token: invitationToken(config, institute.id, researcherInvite.body.id),
        password: 'Researcher-Password-2027',
        displayName: 'Amine Idrissi',
      })
      .expect(200);
    const researcher = await signIn(api, researcherEmail, 'Researcher-Password-2027');
    expect(researcher.role).toBe('researcher');
    const members = await as(manager).get('/api/v1/members').expect(200);
    expect(members.body.data.map((m: { email: string }) => m.email).sort()).toEqual(
      [managerEmail, researcherEmail].sort(),
    );
    // A researcher cannot invite.
    await as(researcher)
      .post('/api/v1/invitations', { email: `x-${suffix}@um6p.test`, role: 'researcher' })
      .expect(403);

    // Another institute invites the manager as a researcher; the existing account proves itself.
    const other = await createTenant(admin, 'institute');
    const otherManager = await createUser(admin, [{ tenant: other, role: 'institute_manager' }]);
    const otherSession = await signIn(api, otherManager.email, otherManager.password);
    const crossInvite = await as(otherSession)
      .post('/api/v1/invitations', { email: managerEmail, role: 'researcher' })
      .expect(201);
    const crossToken = invitationToken(config, other.id, crossInvite.body.id);
    await http()
      .post('/api/v1/invitations/accept')
      .send({ token: crossToken, password: 'not-the-password' })
      .expect(401);
    const joined = await http()
      .post('/api/v1/invitations/accept')
      .send({ token: crossToken, password: 'Manager-Password-2027' })
      .expect(200);
    expect(joined.body.createdAccount).toBe(false);

    // The manager switches to the other institute: a new token, scoped there, with the role held there.
    const switched = await as(manager).post('/api/v1/auth/switch-tenant', { tenantId: other.id }).expect(200);
    expect(switched.body).toMatchObject({ tenant: { id: other.id }, role: 'researcher' });
    const me = await http().get('/api/v1/me').auth(switched.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body.current).toMatchObject({ tenant: { id: other.id }, role: 'researcher' });
    expect(me.body.current.permissions).not.toContain('members.manage');
    expect(me.body.memberships).toHaveLength(2);
    // The session it switched from is over.
    await as(manager).get('/api/v1/me').expect(401);
    manager = switched.body as SignedIn;

    // Refresh rotates the pair.
    const refreshed = await http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: manager.refreshToken })
      .expect(200);
    expect(refreshed.body.refreshToken).not.toBe(manager.refreshToken);
    expect(refreshed.body).toMatchObject({ tenant: { id: other.id }, role: 'researcher' });
    await http().get('/api/v1/me').auth(refreshed.body.accessToken, { type: 'bearer' }).expect(200);

    // Logout ends the session: its refresh token and access tokens stop working.
    await http().post('/api/v1/auth/logout').send({ refreshToken: refreshed.body.refreshToken }).expect(204);
    await http().post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
    await http().get('/api/v1/me').auth(refreshed.body.accessToken, { type: 'bearer' }).expect(401);

    // Signing in again lands in the tenant used last.
    const again = await signIn(api, managerEmail, 'Manager-Password-2027');
    expect(again.tenant.id).toBe(other.id);

    // Everything that changed access is in the audit log of the institute.
    const { rows } = await admin.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE tenant_id = $1 ORDER BY seq`,
      [institute.id],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'tenant.created',
      'invitation.created',
      'invitation.accepted',
      'membership.created',
      'invitation.created',
      'invitation.accepted',
      'membership.created',
    ]);
  });

  it('revokes the whole session when a rotated refresh token is used again', async () => {
    const tenant = await createTenant(admin, 'partner');
    const user = await createUser(admin, [{ tenant, role: 'partner_member' }]);
    const first = await signIn(api, user.email, user.password);
    const second = await http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(200);

    // The first token again: someone else has it. The family ends, for the thief and the owner alike.
    const reuse = await http()
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(reuse.headers['content-type']).toContain('application/problem+json');
    await http().post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
    await http().get('/api/v1/me').auth(second.body.accessToken, { type: 'bearer' }).expect(401);
    const { rows } = await admin.query(`SELECT revoked_reason FROM auth_session WHERE user_id = $1`, [
      user.id,
    ]);
    expect(rows).toEqual([{ revoked_reason: 'refresh_token_reuse' }]);
  });

  it('refuses an expired, revoked or forged invitation, and an admin role from a tenant admin', async () => {
    const tenant = await createTenant(admin, 'institute');
    const manager = await createUser(admin, [{ tenant, role: 'institute_manager' }]);
    const session = await signIn(api, manager.email, manager.password);

    // A tenant admin may invite their own roles only; Root-only and foreign roles are refused.
    await as(session)
      .post('/api/v1/invitations', { email: `a-${Date.now()}@x.test`, role: 'network_admin' })
      .expect(422);

    const email = `revoked-${Date.now()}@x.test`;
    const invite = await as(session).post('/api/v1/invitations', { email, role: 'researcher' }).expect(201);
    await as(session).post('/api/v1/invitations', { email, role: 'researcher' }).expect(409);
    await http()
      .delete(`/api/v1/invitations/${invite.body.id}`)
      .auth(session.accessToken, { type: 'bearer' })
      .expect(204);
    await http()
      .post('/api/v1/invitations/accept')
      .send({
        token: invitationToken(config, tenant.id, invite.body.id),
        password: 'Long-Enough-Pass-1',
        displayName: 'X',
      })
      .expect(410);

    const expiring = await as(session)
      .post('/api/v1/invitations', { email: `expired-${Date.now()}@x.test`, role: 'researcher' })
      .expect(201);
    await admin.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.body.id,
    ]);
    await http()
      .post('/api/v1/invitations/accept')
      .send({
        token: invitationToken(config, tenant.id, expiring.body.id),
        password: 'Long-Enough-Pass-1',
        displayName: 'X',
      })
      .expect(410);

    // A token whose signature does not match is unknown.
    const forged = invitationToken(
      { ...config, auth: { ...config.auth, secret: 'x'.repeat(40) } },
      tenant.id,
      expiring.body.id,
    );
    await http()
      .post('/api/v1/invitations/accept')
      .send({ token: forged, password: 'Long-Enough-Pass-1', displayName: 'X' })
      .expect(404);
  });
});
