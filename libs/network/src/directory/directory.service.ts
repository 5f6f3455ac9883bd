import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { clampPageSize, idCursor } from '@jazari/http';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { DirectoryProblems } from './directory.problems.js';
import { DirectoryRepository } from './directory.repository.js';
import { profileChanges, refusedDomains } from './directory.rules.js';
import type { DirectoryEntry, DirectoryFilter, DirectoryProfile } from './directory.types.js';
import { DomainRepository } from '../reference/domain.repository.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../tenant.types.js';

/**
 * The network directory: who is in the network, where, working on what, and how to reach them. Every
 * tenant reads every active institute and partner; each tenant's admins maintain its own profile, and
 * only its own: the tenant edited is always the caller's.
 */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly directory: DirectoryRepository,
    private readonly domains: DomainRepository,
    private readonly audit: AuditLog,
  ) {}

  list(
    actor: Actor,
    filter: Omit<DirectoryFilter, 'includeSuspended'>,
    page: { cursor?: string; limit?: number } = {},
  ): Promise<Page<DirectoryEntry>> {
    const limit = clampPageSize(page.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    const afterId = idCursor.decodeOptional(page.cursor)?.[0] ?? null;
    const scoped: DirectoryFilter = { ...filter, includeSuspended: actor.tenantKind === 'root' };
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.directory.list(tx, scoped, afterId, limit + 1);
      return idCursor.page(rows, limit, (row) => [row.id]);
    });
  }

  /** Any tenant's entry, Root's included; a suspended tenant's only for Root. */
  get(actor: Actor, id: string): Promise<DirectoryEntry> {
    return this.transactions.run(actorContext(actor), (tx) => this.load(tx, actor, id));
  }

  /** Replaces the caller's own tenant's profile; an unchanged profile is not audited. */
  saveOwnProfile(actor: Actor, profile: DirectoryProfile): Promise<DirectoryEntry> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const current = await this.directory.lockProfile(tx, actor.tenantId);
      const refused = refusedDomains(
        profile.domainCodes,
        await this.domains.missingActive(tx, profile.domainCodes),
        current.domainCodes,
      );
      if (refused.length > 0) throw DirectoryProblems.unknownDomains(refused);
      const change = profileChanges(current, profile);
      if (change) {
        await this.directory.saveProfile(tx, actor.tenantId, profile);
        await this.audit.record(
          tx,
          { userId: actor.userId, apiKeyId: actor.apiKeyId },
          {
            action: 'directory_profile.updated',
            targetType: 'tenant',
            targetId: actor.tenantId,
            data: change,
          },
        );
      }
      return this.load(tx, actor, actor.tenantId);
    });
  }

  private async load(tx: TenantTx, actor: Actor, id: string): Promise<DirectoryEntry> {
    const entry = await this.directory.findById(tx, id, actor.tenantKind === 'root');
    if (!entry) throw DirectoryProblems.entryNotFound();
    return entry;
  }
}
