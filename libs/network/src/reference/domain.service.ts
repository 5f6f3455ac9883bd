import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { DomainRepository } from './domain.repository.js';
import { ReferenceProblems } from './reference.problems.js';
import { assertRoot, hasChanges, mergeReferencePatch } from './reference.rules.js';
import type { Domain, NewReferenceEntry, ReferencePatch } from '../reference.types.js';

/**
 * The thematic domains (health, agriculture, energy…), one level. Same rules as the priorities: everyone
 * reads the active ones, Root's network admins manage them, nothing is deleted.
 */
@Injectable()
export class DomainService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly domains: DomainRepository,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor, options: { includeInactive?: boolean } = {}): Promise<Domain[]> {
    const includeInactive = options.includeInactive ?? false;
    if (includeInactive) assertRoot(actor, 'sees deactivated domains');
    return this.transactions.run(actorContext(actor), (tx) => this.domains.list(tx, includeInactive));
  }

  create(actor: Actor, entry: NewReferenceEntry): Promise<Domain> {
    assertRoot(actor, 'manages the thematic domains');
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (!(await this.domains.insert(tx, entry))) throw ReferenceProblems.codeTaken(entry.code);
      const created = await this.load(tx, entry.code);
      await this.audit.record(
        tx,
        { userId: actor.userId, apiKeyId: actor.apiKeyId },
        {
          action: 'domain.created',
          targetType: 'thematic_domain',
          targetId: entry.code,
          data: {
            labels: { fr: entry.labels.fr, ar: entry.labels.ar, en: entry.labels.en },
            position: created.position,
          },
        },
      );
      return created;
    });
  }

  update(actor: Actor, code: string, patch: ReferencePatch): Promise<Domain> {
    assertRoot(actor, 'manages the thematic domains');
    return this.transactions.run(actorContext(actor), async (tx) => {
      const current = await this.load(tx, code, true);
      const change = mergeReferencePatch(current, patch);
      if (!hasChanges(change)) return current;
      await this.domains.update(tx, code, change.next);
      await this.audit.record(
        tx,
        { userId: actor.userId, apiKeyId: actor.apiKeyId },
        {
          action: 'domain.updated',
          targetType: 'thematic_domain',
          targetId: code,
          data: { before: change.before, after: change.after },
        },
      );
      return this.load(tx, code);
    });
  }

  private async load(tx: TenantTx, code: string, lock = false): Promise<Domain> {
    const domain = await this.domains.findByCode(tx, code, { lock });
    if (!domain) throw ReferenceProblems.domainNotFound(code);
    return domain;
  }
}
