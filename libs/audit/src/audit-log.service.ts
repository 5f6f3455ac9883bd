import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { isTenantTx, TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import {
  GENESIS_HASH,
  canonicalJson,
  entryHash,
  verifyChains,
  type AuditEntryForHash,
  type AuditVerification,
} from './audit-chain.js';
import { AuditRepository, type AuditEventView } from './audit.repository.js';

/** Who did it: a person, an API key (of a person), or nobody (the system, an anonymous attempt). */
export interface AuditActor {
  readonly userId: string | null;
  readonly apiKeyId: string | null;
  /**
   * The tenant the actor acts from. When it is not the chain's (a requester's act written in the owner's
   * scope through `onBehalfOf`), the entry names it as `data.actorTenantId`, so it names both tenants.
   */
  readonly tenantId?: string | null;
}

export interface AuditEventInput {
  /** `noun.verb_past`, e.g. `membership.role_changed` (docs/audit.md lists them). */
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  /** Any JSON; undefined values, NaN, Maps and the like are rejected rather than silently changed. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface AuditEventPage {
  readonly entries: readonly AuditEventView[];
  /** The seq to continue before, or null on the last page. */
  readonly nextBeforeSeq: number | null;
}

/**
 * The tenant's append-only, hash-chained audit log. `record` writes in the transaction the caller passes
 * (its unit of work's), so an entry exists exactly when the change it describes committed.
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repository: AuditRepository,
  ) {}

  /**
   * Appends an entry to the chain of `tx`'s tenant, in `tx`: the transaction of the change it describes
   * (inside `onBehalfOf`, the scoped one: the entry goes to that tenant's chain).
   */
  async record(tx: TenantTx, actor: AuditActor | null, event: AuditEventInput): Promise<void> {
    if (!isTenantTx(tx)) {
      throw new Error(`Audit event "${event.action}" needs a tenant: record it inside a tenant transaction`);
    }
    const tenantId = tx.context.tenantId.toLowerCase();
    const actorTenantId = actor?.tenantId?.toLowerCase();
    const data =
      actorTenantId && actorTenantId !== tenantId && event.data?.actorTenantId === undefined
        ? { ...event.data, actorTenantId }
        : (event.data ?? {});
    // Fails before any SQL if the data cannot be hashed faithfully.
    const canonicalData = canonicalJson(data);

    await this.repository.lockChain(tx, tenantId);
    const head = await this.repository.head(tx, tenantId);
    const prevHash = head?.hash ?? GENESIS_HASH;
    const entry: AuditEntryForHash = {
      tenantId,
      seq: (head?.seq ?? 0) + 1,
      id: uuidv7(),
      // Milliseconds, which timestamptz stores exactly, so the verifier hashes the same instant.
      occurredAt: new Date(),
      // PostgreSQL returns UUIDs in lower case; hash them as they will be read back.
      actorUserId: actor?.userId?.toLowerCase() ?? null,
      actorApiKeyId: actor?.apiKeyId?.toLowerCase() ?? null,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      data,
    };
    const hash = entryHash(prevHash, entry);
    await this.repository.insert(tx, { ...entry, prevHash, hash }, canonicalData);
  }

  /** The caller's tenant's entries, newest first. */
  async list(actor: Actor, page: { limit: number; beforeSeq: number | null }): Promise<AuditEventPage> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      // One more than asked tells whether another page follows.
      const rows = await this.repository.page(tx, actor.tenantId, page.beforeSeq, page.limit + 1);
      const entries = rows.slice(0, page.limit);
      const last = entries[entries.length - 1];
      return { entries, nextBeforeSeq: rows.length > page.limit && last ? last.seq : null };
    });
  }

  /**
   * Verifies every chain the caller may read: all tenants' for Root (through the `root_read` policy),
   * the caller's own tenant's otherwise.
   */
  async verify(actor: Actor): Promise<AuditVerification> {
    const tenantIds = actor.tenantKind === 'root' ? null : [actor.tenantId];
    return this.transactions.run(actorContext(actor), (tx) =>
      verifyChains((after, limit) => this.repository.chainRows(tx, after, limit, tenantIds)),
    );
  }
}
