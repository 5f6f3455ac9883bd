import { describe, expect, it } from '@jest/globals';
import type { AuditActor, AuditEventInput, AuditLog } from '@jazari/audit';
import type { DbContext, TenantContext, TransactionRunner, TenantTx } from '@jazari/database';
import { auditSummary } from './evidence-audit.js';
import { EvidenceChain } from './evidence-chain.js';
import type { EvidenceKey } from './evidence-key.js';
import type { EvidenceRepository } from './evidence.repository.js';

const OWNER = '0190f5a0-0000-7000-8000-000000000001';
const PARTY = '0190f5a0-0000-7000-8000-000000000002';
const CONVENTION = '0190f5a0-0000-7000-8000-0000000000c1';
const USER = '0190f5a0-0000-7000-8000-0000000000a1';

/** A chain over in-memory fakes: the unit of work's scope, the evidence rows and the audit entries. */
function setup(callerTenant: string) {
  const tx = (tenantId: string): TenantTx =>
    ({ context: { tenantId, tenantKind: null, userId: USER } }) as TenantTx;
  let current = tx(callerTenant);
  const recorded: { scope: string | null; actor: AuditActor | null; event: AuditEventInput }[] = [];
  let seq = 0;
  const transactions = {
    tx: () => current,
    tenantTx: () => current,
    onBehalfOf: async <T>(context: DbContext, work: (tx: TenantTx) => Promise<T>): Promise<T> => {
      const outer = current;
      current = tx(context.tenantId!);
      try {
        return await work(current);
      } finally {
        current = outer;
      }
    },
  } as unknown as TransactionRunner;
  const repository = {
    lockChain: () => Promise.resolve(),
    head: () => Promise.resolve(seq === 0 ? undefined : { seq, hash: Buffer.alloc(32, seq) }),
    insert: () => {
      seq += 1;
      return Promise.resolve();
    },
  } as unknown as EvidenceRepository;
  const key = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the key is not needed to append');
      },
    },
  ) as EvidenceKey;
  const clock = { now: () => new Date('2026-03-01T10:00:00.000Z') };
  const audit = {
    record: (tx: TenantTx, actor: AuditActor | null, event: AuditEventInput) => {
      recorded.push({ scope: tx.context.tenantId, actor, event });
      return Promise.resolve();
    },
  } as unknown as AuditLog;
  const chain = new EvidenceChain(transactions, repository, key, clock, audit);
  return { chain, recorded, caller: () => current };
}

const owner: TenantContext = { tenantId: OWNER, tenantKind: 'institute', userId: USER };

describe('EvidenceChain and the audit log', () => {
  it("writes each change to the owner's audit chain, in the owner's scope, without the key", async () => {
    const { chain, recorded, caller } = setup(PARTY);
    const appended = await chain.append(caller(), owner, {
      conventionId: CONVENTION,
      type: 'signed',
      actorUserId: USER,
      actorTenantId: PARTY,
      actorApiKeyId: null,
      data: { signerId: 's1', userAgent: 'x'.repeat(500), step: 1, signers: [1, 2, 3] },
    });
    expect(appended.seq).toBe(1);
    expect(recorded).toEqual([
      {
        scope: OWNER,
        actor: { userId: USER, apiKeyId: null },
        event: {
          action: 'convention.signed',
          targetType: 'convention',
          targetId: CONVENTION,
          data: {
            seq: 1,
            type: 'signed',
            summary: { signerId: 's1', userAgent: `${'x'.repeat(119)}…`, step: 1, signersCount: 3 },
          },
        },
      },
    ]);
  });

  it('does not audit `viewed`, and audits a platform act with no actor', async () => {
    const { chain, recorded, caller } = setup(OWNER);
    const base = { conventionId: CONVENTION, actorTenantId: null, data: {} };
    await chain.append(caller(), owner, { ...base, type: 'viewed', actorUserId: USER });
    await chain.append(caller(), owner, { ...base, type: 'expired', actorUserId: null });
    expect(recorded.map((r) => [r.event.action, r.actor, r.event.data])).toEqual([
      ['convention.expired', null, { seq: 2, type: 'expired', summary: {} }],
    ]);
  });
});

describe('auditSummary', () => {
  it('keeps scalars, counts lists, keeps flat objects and names the keys of nested ones', () => {
    expect(
      auditSummary({
        title: 'Convention',
        valueMad: null,
        parties: [{ tenantId: PARTY }],
        evidence: { type: 'deliverable', id: 'd1' },
        changes: { title: { from: 'a', to: 'b' }, expiryDate: { from: null, to: '2030-01-01' } },
      }),
    ).toEqual({
      title: 'Convention',
      valueMad: null,
      partiesCount: 1,
      evidence: { type: 'deliverable', id: 'd1' },
      changes: ['expiryDate', 'title'],
    });
  });
});
