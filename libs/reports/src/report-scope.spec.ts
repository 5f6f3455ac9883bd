import { describe, expect, it } from '@jest/globals';
import { PERMISSIONS, type Actor, type Role } from '@jazari/access';
import type { TenantKind } from '@jazari/database';
import { subjectOf } from './report-scope.js';

const ROOT = '0190f5a2-7b4e-7c3d-8e9f-000000000001';
const INSTITUTE = '0190f5a2-7b4e-7c3d-8e9f-000000000002';
const OTHER_INSTITUTE = '0190f5a2-7b4e-7c3d-8e9f-000000000003';
const PARTNER = '0190f5a2-7b4e-7c3d-8e9f-000000000004';
const KINDS: Record<string, TenantKind> = {
  [ROOT]: 'root',
  [INSTITUTE]: 'institute',
  [OTHER_INSTITUTE]: 'institute',
  [PARTNER]: 'partner',
};
const kindOf = (id: string) => Promise.resolve(KINDS[id]);

function actor(tenantId: string, role: Role): Actor {
  return {
    type: 'user',
    tenantId,
    tenantKind: KINDS[tenantId],
    userId: ROOT,
    role,
    sessionId: null,
    apiKeyId: null,
    permissions: new Set(PERMISSIONS[role]),
  };
}

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: { getStatus?: () => number }) => error.getStatus?.() ?? 'error',
  );

describe('who may have which report', () => {
  it("gives national reports to Root's analysts only", async () => {
    await expect(
      subjectOf(actor(ROOT, 'ministry_analyst'), 'national', undefined, kindOf),
    ).resolves.toBeNull();
    await expect(subjectOf(actor(ROOT, 'network_admin'), 'national', undefined, kindOf)).resolves.toBeNull();
    expect(
      await status(subjectOf(actor(INSTITUTE, 'institute_manager'), 'national', undefined, kindOf)),
    ).toBe(403);
    expect(await status(subjectOf(actor(ROOT, 'network_admin'), 'national', INSTITUTE, kindOf))).toBe(400);
  });

  it('gives an institute its own report, and Root any institute', async () => {
    await expect(
      subjectOf(actor(INSTITUTE, 'institute_manager'), 'institute', undefined, kindOf),
    ).resolves.toBe(INSTITUTE);
    await expect(
      subjectOf(actor(ROOT, 'ministry_analyst'), 'institute', OTHER_INSTITUTE, kindOf),
    ).resolves.toBe(OTHER_INSTITUTE);
    expect(
      await status(subjectOf(actor(INSTITUTE, 'institute_manager'), 'institute', OTHER_INSTITUTE, kindOf)),
    ).toBe(404);
    expect(await status(subjectOf(actor(ROOT, 'ministry_analyst'), 'institute', PARTNER, kindOf))).toBe(404);
    expect(await status(subjectOf(actor(ROOT, 'ministry_analyst'), 'institute', undefined, kindOf))).toBe(
      400,
    );
  });

  it('gives a partner its own report only', async () => {
    await expect(subjectOf(actor(PARTNER, 'partner_admin'), 'partner', undefined, kindOf)).resolves.toBe(
      PARTNER,
    );
    expect(await status(subjectOf(actor(PARTNER, 'partner_admin'), 'institute', INSTITUTE, kindOf))).toBe(
      404,
    );
  });
});
