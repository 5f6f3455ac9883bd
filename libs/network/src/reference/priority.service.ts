import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import { violatedConstraint } from '../pg-errors.js';
import { PriorityRepository } from './priority.repository.js';
import { ReferenceProblems } from './reference.problems.js';
import { assertRoot, hasChanges, mergeReferencePatch, pillarOf, priorityTree } from './reference.rules.js';
import type { NewReferenceEntry, Priority, PriorityPillar, ReferencePatch } from '../reference.types.js';

/**
 * The national priorities: two levels (pillars and their sub-priorities). Everyone reads the active
 * ones; Root's network admins add, relabel, reorder and (de)activate them. Nothing is ever deleted:
 * projects reference them. Changes go to Root's audit chain.
 */
@Injectable()
export class PriorityService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly priorities: PriorityRepository,
    private readonly audit: AuditLog,
  ) {}

  tree(actor: Actor, options: { includeInactive?: boolean } = {}): Promise<PriorityPillar[]> {
    const includeInactive = options.includeInactive ?? false;
    if (includeInactive) assertRoot(actor, 'sees deactivated priorities');
    return this.transactions.run(actorContext(actor), async (tx) =>
      priorityTree(await this.priorities.list(tx), includeInactive),
    );
  }

  /** A pillar (`code` without a dot) or a sub-priority of an existing pillar (`pillar.part`). */
  create(actor: Actor, entry: NewReferenceEntry): Promise<Priority> {
    assertRoot(actor, 'manages the national priorities');
    const parentCode = pillarOf(entry.code);
    return this.transactions.run(actorContext(actor), async (tx) => {
      if (parentCode !== null && !(await this.priorities.findByCode(tx, parentCode))) {
        throw ReferenceProblems.unknownPillar(parentCode);
      }
      let inserted: boolean;
      try {
        inserted = await this.priorities.insert(tx, parentCode, entry);
      } catch (error) {
        if (parentCode !== null && violatedConstraint(error) === 'fk_national_priority_parent') {
          throw ReferenceProblems.unknownPillar(parentCode);
        }
        throw error;
      }
      if (!inserted) throw ReferenceProblems.codeTaken(entry.code);
      const created = await this.load(tx, entry.code);
      await this.audit.record(
        tx,
        { userId: actor.userId, apiKeyId: actor.apiKeyId },
        {
          action: 'priority.created',
          targetType: 'national_priority',
          targetId: entry.code,
          data: {
            parentCode,
            labels: { fr: entry.labels.fr, ar: entry.labels.ar, en: entry.labels.en },
            position: created.position,
          },
        },
      );
      return created;
    });
  }

  /** Relabel, reorder, deactivate or reactivate; an edit that changes nothing writes nothing. */
  update(actor: Actor, code: string, patch: ReferencePatch): Promise<Priority> {
    assertRoot(actor, 'manages the national priorities');
    return this.transactions.run(actorContext(actor), async (tx) => {
      const current = await this.load(tx, code, true);
      const change = mergeReferencePatch(current, patch);
      if (!hasChanges(change)) return current;
      await this.priorities.update(tx, code, change.next);
      await this.audit.record(
        tx,
        { userId: actor.userId, apiKeyId: actor.apiKeyId },
        {
          action: 'priority.updated',
          targetType: 'national_priority',
          targetId: code,
          data: { before: change.before, after: change.after },
        },
      );
      return this.load(tx, code);
    });
  }

  private async load(tx: TenantTx, code: string, lock = false): Promise<Priority> {
    const priority = await this.priorities.findByCode(tx, code, { lock });
    if (!priority) throw ReferenceProblems.priorityNotFound(code);
    return priority;
  }
}
