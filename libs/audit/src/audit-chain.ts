import { createHash } from 'node:crypto';

/**
 * The hash chain of a tenant's audit log (docs/audit.md). Each entry's hash covers the previous entry's
 * hash and a canonical JSON form of the entry, so changing, removing or reordering an entry breaks the
 * chain from that entry on. Pure functions: the service, the API and the CLI share them.
 */

/** `prev_hash` of a chain's first entry (seq 1). */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** Version of the hashed document; bump it (and keep verifying old entries) if the document ever changes. */
export const AUDIT_HASH_VERSION = 1;

/** The fields an entry's hash covers. */
export interface AuditEntryForHash {
  readonly tenantId: string;
  readonly seq: number;
  readonly id: string;
  /** Millisecond precision: it is hashed as `toISOString()` and must round-trip through `timestamptz`. */
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly actorApiKeyId: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** An entry as stored: the hashed fields plus the two hashes. */
export interface AuditChainRow extends AuditEntryForHash {
  readonly prevHash: Buffer;
  readonly hash: Buffer;
}

export type ChainBreakReason = 'hash-mismatch' | 'broken-link' | 'gap';

/** The first entry of a chain that does not verify. */
export interface ChainBreak {
  readonly seq: number;
  readonly id: string;
  readonly reason: ChainBreakReason;
}

export interface ChainVerification {
  readonly valid: boolean;
  /** Entries checked: all of them for a valid chain; up to and including the first invalid one otherwise. */
  readonly checked: number;
  readonly firstInvalid: ChainBreak | null;
}

export interface TenantChainVerification extends ChainVerification {
  readonly tenantId: string;
}

/** The result over several chains: valid when every chain is. */
export interface AuditVerification {
  readonly valid: boolean;
  readonly checked: number;
  readonly chains: readonly TenantChainVerification[];
}

export class CanonicalJsonError extends Error {
  constructor(path: string, problem: string) {
    super(`Cannot hash audit data: ${path} ${problem}`);
    this.name = 'CanonicalJsonError';
  }
}

/**
 * Canonical JSON in the manner of RFC 8785: object keys sorted by UTF-16 code units at every level, no
 * whitespace, primitives as `JSON.stringify` writes them. Values JSON cannot represent faithfully
 * (undefined, functions, symbols, bigints, NaN and infinities, Maps and other class instances) are
 * rejected rather than silently dropped or turned into `null`, so what is hashed is exactly what is stored.
 * Objects with `toJSON` (Date, Buffer) are replaced by its result, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, '$');
}

function canonical(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `is ${String(value)}`);
      return JSON.stringify(value);
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new CanonicalJsonError(path, `is a ${typeof value}, which JSON cannot represent`);
    case 'object':
      break;
  }
  const object = value as Record<string, unknown> & { toJSON?: unknown };
  if (typeof object.toJSON === 'function') {
    return canonical((object.toJSON as (key: string) => unknown)(''), path);
  }
  if (Array.isArray(object)) {
    const items: string[] = [];
    // An index loop, not map(): map() skips holes, which must be rejected like undefined.
    for (let i = 0; i < object.length; i++) items.push(canonical(object[i], `${path}[${i}]`));
    return `[${items.join(',')}]`;
  }
  if (!isPlainObject(object)) {
    throw new CanonicalJsonError(path, 'is not a plain object, array or JSON primitive');
  }
  // Default sort compares UTF-16 code units, which is RFC 8785's order.
  const keys = Object.keys(object).sort();
  const members = keys.map((key) => `${JSON.stringify(key)}:${canonical(object[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
}

// Realm-independent: objects built by pg or by another vm context have another Object.prototype.
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The document an entry's hash covers (after `prev_hash`), in canonical JSON. */
export function hashedDocument(entry: AuditEntryForHash): string {
  return canonicalJson({
    v: AUDIT_HASH_VERSION,
    tenantId: entry.tenantId,
    seq: entry.seq,
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    actorApiKeyId: entry.actorApiKeyId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    data: entry.data,
  });
}

/** SHA-256(prev_hash bytes ‖ UTF-8 canonical JSON of the entry). */
export function entryHash(prevHash: Buffer, entry: AuditEntryForHash): Buffer {
  if (prevHash.length !== 32) throw new Error(`prev_hash must be 32 bytes, got ${prevHash.length}`);
  return createHash('sha256').update(prevHash).update(hashedDocument(entry), 'utf8').digest();
}

/**
 * Verifies one tenant's chain incrementally, so a caller can feed it rows in batches. Rows must be one
 * tenant's, in seq order. After the first invalid entry it stops: what follows a break proves nothing.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private expectedPrevHash: Buffer = GENESIS_HASH;
  private checkedCount = 0;
  private broken: ChainBreak | null = null;

  constructor(readonly tenantId: string) {}

  get isBroken(): boolean {
    return this.broken !== null;
  }

  /** Checks the next row; returns false once the chain is broken (further rows are ignored). */
  add(row: AuditChainRow): boolean {
    if (this.broken) return false;
    if (row.tenantId !== this.tenantId) {
      throw new Error(`Row of tenant ${row.tenantId} fed to the chain of tenant ${this.tenantId}`);
    }
    this.checkedCount++;
    const reason = this.check(row);
    if (reason) {
      this.broken = { seq: row.seq, id: row.id, reason };
      return false;
    }
    this.expectedSeq = row.seq + 1;
    this.expectedPrevHash = row.hash;
    return true;
  }

  private check(row: AuditChainRow): ChainBreakReason | null {
    // A missing entry (or a moved seq) is reported as such, before the link it also breaks.
    if (row.seq !== this.expectedSeq) return 'gap';
    if (!row.prevHash.equals(this.expectedPrevHash)) return 'broken-link';
    if (!entryHash(row.prevHash, row).equals(row.hash)) return 'hash-mismatch';
    return null;
  }

  result(): TenantChainVerification {
    return {
      tenantId: this.tenantId,
      valid: this.broken === null,
      checked: this.checkedCount,
      firstInvalid: this.broken,
    };
  }
}

/** Verifies one tenant's complete chain, given in seq order. */
export function verifyChain(rows: Iterable<AuditChainRow>): ChainVerification {
  let verifier: ChainVerifier | undefined;
  for (const row of rows) {
    verifier ??= new ChainVerifier(row.tenantId);
    if (!verifier.add(row)) break;
  }
  if (!verifier) return { valid: true, checked: 0, firstInvalid: null };
  const { valid, checked, firstInvalid } = verifier.result();
  return { valid, checked, firstInvalid };
}

/** Where a scan over all chains resumes: after `seq` of `tenantId`, or after that whole chain (`seq: null`). */
export interface ChainScanPosition {
  readonly tenantId: string;
  readonly seq: number | null;
}

/** Reads up to `limit` rows ordered by (tenant_id, seq), strictly after `after` (from the start if null). */
export type ChainRowReader = (
  after: ChainScanPosition | null,
  limit: number,
) => Promise<readonly AuditChainRow[]>;

export const VERIFY_BATCH_SIZE = 1_000;

/**
 * Verifies every chain a reader returns, one batch at a time, so memory stays flat however long the
 * chains are. The rest of a broken chain is skipped. Used by the API (runtime role, RLS decides which
 * chains it sees) and by `npm run audit:verify` (owner role, all chains).
 */
export async function verifyChains(
  read: ChainRowReader,
  batchSize: number = VERIFY_BATCH_SIZE,
): Promise<AuditVerification> {
  const chains: TenantChainVerification[] = [];
  let current: ChainVerifier | undefined;
  let after: ChainScanPosition | null = null;
  for (;;) {
    const rows = await read(after, batchSize);
    for (const row of rows) {
      if (current?.tenantId !== row.tenantId) {
        if (current) chains.push(current.result());
        current = new ChainVerifier(row.tenantId);
      }
      current.add(row); // ignored once that chain is broken
    }
    if (rows.length < batchSize || !current) break;
    const last = rows[rows.length - 1];
    // The last chain read is the one that may go on; if it is already broken, skip the rest of it.
    after = { tenantId: last.tenantId, seq: current.isBroken ? null : last.seq };
  }
  if (current) chains.push(current.result());
  return {
    valid: chains.every((chain) => chain.valid),
    checked: chains.reduce((sum, chain) => sum + chain.checked, 0),
    chains,
  };
}
