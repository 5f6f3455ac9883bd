import { describe, expect, it } from '@jest/globals';
import {
  GENESIS_HASH,
  canonicalJson,
  entryHash,
  hashedDocument,
  verifyChain,
  verifyChains,
  type AuditChainRow,
  type AuditEntryForHash,
  type ChainRowReader,
} from './audit-chain.js';

const TENANT = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f708192';
const OTHER_TENANT = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f708193';

function entry(tenantId: string, seq: number, data: Record<string, unknown> = { n: seq }): AuditEntryForHash {
  return {
    tenantId,
    seq,
    id: `0195f3a4-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 10, 27, 9, 30, 0, seq)),
    actorUserId: '0195f3a4-1111-7000-8000-000000000001',
    actorApiKeyId: null,
    action: 'membership.role_changed',
    targetType: 'membership',
    targetId: `user-${seq}`,
    data,
  };
}

function chain(tenantId: string, length: number): AuditChainRow[] {
  const rows: AuditChainRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const e = entry(tenantId, seq);
    const hash = entryHash(prevHash, e);
    rows.push({ ...e, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

describe('canonicalJson', () => {
  it('sorts keys at every level, whatever order they were written in', () => {
    const a = { b: 1, a: { y: [3, { d: 1, c: 2 }], x: null }, c: 'é' };
    const b = { c: 'é', a: { x: null, y: [3, { c: 2, d: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"x":null,"y":[3,{"c":2,"d":1}]},"b":1,"c":"é"}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('orders keys by UTF-16 code units, not by locale', () => {
    // U+00E9 (é) sorts after "z"; U+1F600 (a surrogate pair, 0xD83D…) before U+FFFD.
    expect(canonicalJson({ é: 1, z: 2, '\uFFFD': 3, '😀': 4, Z: 5 })).toBe(
      '{"Z":5,"z":2,"é":1,"😀":4,"\uFFFD":3}',
    );
  });

  it('writes primitives as JSON.stringify does, without whitespace', () => {
    expect(canonicalJson([1.5, -0, 1e21, 'a"\n', true, null])).toBe('[1.5,0,1e+21,"a\\"\\n",true,null]');
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) })).toBe(
      '{"at":"2026-01-02T03:04:05.006Z"}',
    );
  });

  it('rejects what JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow('$.a is a undefined');
    expect(() => canonicalJson({ a: [1, () => 1] })).toThrow('$.a[1] is a function');
    expect(() => canonicalJson({ a: NaN })).toThrow('$.a is NaN');
    expect(() => canonicalJson(Infinity)).toThrow('is Infinity');
    expect(() => canonicalJson({ a: 1n })).toThrow('bigint');
    expect(() => canonicalJson({ m: new Map() })).toThrow('not a plain object');
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is being rejected
    expect(() => canonicalJson([1, , 3])).toThrow('$[1] is a undefined');
  });
});

describe('entryHash', () => {
  it('is SHA-256 of prev_hash then the canonical document', async () => {
    const { createHash } = await import('node:crypto');
    const e = entry(TENANT, 1);
    const document = hashedDocument(e);
    expect(document).toBe(
      '{"action":"membership.role_changed","actorApiKeyId":null,' +
        '"actorUserId":"0195f3a4-1111-7000-8000-000000000001","data":{"n":1},' +
        `"id":"0195f3a4-0000-7000-8000-000000000001","occurredAt":"2026-11-27T09:30:00.001Z","seq":1,` +
        `"targetId":"user-1","targetType":"membership","tenantId":"${TENANT}","v":1}`,
    );
    const expected = createHash('sha256').update(Buffer.alloc(32)).update(document, 'utf8').digest();
    expect(entryHash(GENESIS_HASH, e).equals(expected)).toBe(true);
  });

  it('does not depend on the order of keys in data', () => {
    const a = entry(TENANT, 1, { from: 'researcher', to: 'institute_manager', by: { x: 1, y: 2 } });
    const b = entry(TENANT, 1, { by: { y: 2, x: 1 }, to: 'institute_manager', from: 'researcher' });
    expect(entryHash(GENESIS_HASH, a).equals(entryHash(GENESIS_HASH, b))).toBe(true);
  });

  it('changes with any field and with the previous hash', () => {
    const base = entry(TENANT, 1);
    const hash = entryHash(GENESIS_HASH, base);
    const variants: AuditEntryForHash[] = [
      { ...base, tenantId: OTHER_TENANT },
      { ...base, seq: 2 },
      { ...base, id: '0195f3a4-0000-7000-8000-999999999999' },
      { ...base, occurredAt: new Date(base.occurredAt.getTime() + 1) },
      { ...base, actorUserId: null },
      { ...base, actorApiKeyId: '0195f3a4-2222-7000-8000-000000000001' },
      { ...base, action: 'membership.removed' },
      { ...base, targetType: 'user' },
      { ...base, targetId: 'user-2' },
      { ...base, data: { n: 2 } },
    ];
    for (const variant of variants) expect(entryHash(GENESIS_HASH, variant).equals(hash)).toBe(false);
    expect(entryHash(Buffer.alloc(32, 1), base).equals(hash)).toBe(false);
  });

  it('refuses a previous hash that is not 32 bytes', () => {
    expect(() => entryHash(Buffer.alloc(31), entry(TENANT, 1))).toThrow('32 bytes');
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verifyChain(chain(TENANT, 5))).toEqual({ valid: true, checked: 5, firstInvalid: null });
    expect(verifyChain([])).toEqual({ valid: true, checked: 0, firstInvalid: null });
  });

  it('names the entry whose content changed', () => {
    const rows = chain(TENANT, 5);
    rows[2] = { ...rows[2], data: { n: 3, tampered: true } };
    expect(verifyChain(rows)).toEqual({
      valid: false,
      checked: 3,
      firstInvalid: { seq: 3, id: rows[2].id, reason: 'hash-mismatch' },
    });
  });

  it('names the next entry when a changed entry was re-hashed (its link breaks)', () => {
    const rows = chain(TENANT, 5);
    const changed = { ...rows[1], action: 'membership.created' };
    rows[1] = { ...changed, hash: entryHash(changed.prevHash, changed) };
    expect(verifyChain(rows).firstInvalid).toEqual({ seq: 3, id: rows[2].id, reason: 'broken-link' });
  });

  it('detects a broken link at the genesis entry', () => {
    const rows = chain(TENANT, 2);
    const first = { ...rows[0], prevHash: Buffer.alloc(32, 7) };
    rows[0] = { ...first, hash: entryHash(first.prevHash, first) };
    expect(verifyChain(rows).firstInvalid).toEqual({ seq: 1, id: rows[0].id, reason: 'broken-link' });
  });

  it('detects a removed entry as a gap in seq', () => {
    const rows = chain(TENANT, 5);
    rows.splice(2, 1);
    expect(verifyChain(rows).firstInvalid).toEqual({ seq: 4, id: rows[2].id, reason: 'gap' });
  });

  it('detects a chain whose first entries were removed', () => {
    const rows = chain(TENANT, 3).slice(1);
    expect(verifyChain(rows).firstInvalid).toEqual({ seq: 2, id: rows[0].id, reason: 'gap' });
  });

  it('detects a hash changed in place', () => {
    const rows = chain(TENANT, 3);
    rows[2] = { ...rows[2], hash: Buffer.alloc(32, 9) };
    expect(verifyChain(rows).firstInvalid).toEqual({ seq: 3, id: rows[2].id, reason: 'hash-mismatch' });
  });
});

describe('verifyChains', () => {
  // A reader over an in-memory table, with the same (tenant_id, seq) keyset semantics as the SQL one.
  function reader(rows: AuditChainRow[], reads: number[]): ChainRowReader {
    const sorted = [...rows].sort((a, b) =>
      a.tenantId === b.tenantId ? a.seq - b.seq : a.tenantId < b.tenantId ? -1 : 1,
    );
    return (after, limit) => {
      const start = after
        ? sorted.findIndex(
            (r) =>
              r.tenantId > after.tenantId ||
              (r.tenantId === after.tenantId && after.seq !== null && r.seq > after.seq),
          )
        : 0;
      const page = start < 0 ? [] : sorted.slice(start, start + limit);
      reads.push(page.length);
      return Promise.resolve(page);
    };
  }

  it('verifies several chains across batch boundaries', async () => {
    const reads: number[] = [];
    const result = await verifyChains(reader([...chain(TENANT, 7), ...chain(OTHER_TENANT, 5)], reads), 3);
    expect(result).toEqual({
      valid: true,
      checked: 12,
      chains: [
        { tenantId: TENANT, valid: true, checked: 7, firstInvalid: null },
        { tenantId: OTHER_TENANT, valid: true, checked: 5, firstInvalid: null },
      ],
    });
    expect(reads).toEqual([3, 3, 3, 3, 0]);
  });

  it('reports a broken chain, skips its rest and still verifies the others', async () => {
    const broken = chain(TENANT, 10);
    broken[1] = { ...broken[1], targetId: 'someone-else' };
    const reads: number[] = [];
    const result = await verifyChains(reader([...broken, ...chain(OTHER_TENANT, 4)], reads), 3);
    expect(result.valid).toBe(false);
    expect(result.chains).toEqual([
      {
        tenantId: TENANT,
        valid: false,
        checked: 2,
        firstInvalid: { seq: 2, id: broken[1].id, reason: 'hash-mismatch' },
      },
      { tenantId: OTHER_TENANT, valid: true, checked: 4, firstInvalid: null },
    ]);
    // One batch of the broken chain, then straight to the other tenant.
    expect(reads).toEqual([3, 3, 1]);
  });

  it('is valid over no chains at all', async () => {
    expect(await verifyChains(reader([], []))).toEqual({ valid: true, checked: 0, chains: [] });
  });
});
