import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { TransactionRunner, type TenantTx, uuidv7 } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { networkToday } from '@jazari/config';
import { changesOf } from '../attention/changes.js';
import { type Page, pageSize, datedCursor } from '../attention/work-list.js';
import { requirePerson, WorkProblems } from '../attention/work-problems.js';
import { ProjectAccess, type ProjectScope } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { evidenceWithdrawnJob } from '../evidence/evidence-withdrawn.jobs.js';
import {
  deliverableLocked,
  type DeliverableKind,
  type DeliverableStatus,
  isOpenForChanges,
  isOverdue,
  nextStatus,
} from './deliverable-workflow.js';
import type { CreateDeliverableDto, DeliverableDto, UpdateDeliverableDto } from './deliverable.dto.js';
import {
  type DeliverableContent,
  DeliverableRepository,
  type DeliverableRow,
} from './deliverable.repository.js';

/**
 * A project's deliverables and their review: the team plans and submits them, the institute's managers
 * accept or reject what was submitted. Partners and Root read them.
 */
@Injectable()
export class DeliverableService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly deliverables: DeliverableRepository,
    private readonly audit: AuditLog,
    private readonly outbox: OutboxService,
  ) {}

  list(
    actor: Actor,
    projectId: string,
    query: { cursor?: string; limit?: number; status?: DeliverableStatus; kind?: DeliverableKind },
  ): Promise<Page<DeliverableDto>> {
    const after = datedCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const rows = await this.deliverables.list(
        tx,
        scope,
        { status: query.status, kind: query.kind },
        after,
        limit + 1,
      );
      const page = datedCursor.page(rows, limit, (d) => [d.dueDate, d.id]);
      const today = networkToday();
      return { data: page.data.map((d) => toDto(d, today)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, projectId: string, deliverableId: string): Promise<DeliverableDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      return toDto(await this.load(tx, scope, deliverableId), networkToday());
    });
  }

  create(actor: Actor, projectId: string, input: CreateDeliverableDto): Promise<DeliverableDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const id = uuidv7();
      const content: DeliverableContent = {
        title: input.title,
        description: input.description ?? '',
        dueDate: input.dueDate,
      };
      await this.deliverables.insert(tx, scope, id, input.kind, content);
      await this.history.record(tx, scope, actor, 'deliverable.added', {
        deliverableId: id,
        kind: input.kind,
        title: content.title,
        dueDate: content.dueDate,
      });
      return toDto(await this.load(tx, scope, id), networkToday());
    });
  }

  update(
    actor: Actor,
    projectId: string,
    deliverableId: string,
    input: UpdateDeliverableDto,
  ): Promise<DeliverableDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const before = await this.lock(tx, scope, deliverableId);
      const after: DeliverableContent = {
        title: input.title ?? before.title,
        description: input.description ?? before.description,
        dueDate: input.dueDate ?? before.dueDate,
      };
      const changes = changesOf<DeliverableContent>(before, after, ['title', 'description', 'dueDate']);
      if (Object.keys(changes).length > 0) {
        if (!isOpenForChanges(before.status)) throw deliverableLocked(before.status);
        await this.deliverables.updateContent(tx, scope, deliverableId, after);
        await this.history.record(tx, scope, actor, 'deliverable.updated', { deliverableId, ...changes });
      }
      return toDto(await this.load(tx, scope, deliverableId), networkToday());
    });
  }

  /** planned → submitted, or rejected → submitted (a resubmission): the team's move. */
  submit(actor: Actor, projectId: string, deliverableId: string): Promise<DeliverableDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const before = await this.lock(tx, scope, deliverableId);
      const to = nextStatus(before.status, 'submit');
      await this.deliverables.markSubmitted(tx, scope, deliverableId);
      await this.history.record(tx, scope, actor, 'deliverable.submitted', {
        deliverableId,
        status: { from: before.status, to },
        resubmission: before.status === 'rejected',
      });
      await this.recordReview(tx, actor, scope, deliverableId, 'submitted', {
        from: before.status,
        comment: null,
      });
      return toDto(await this.load(tx, scope, deliverableId), networkToday());
    });
  }

  /**
   * submitted → accepted or rejected, or accepted → rejected (an acceptance withdrawn): the managers of
   * the owning institute, in person. A withdrawn acceptance also reopens any convention obligation met
   * with the deliverable (conventions reacts to the event).
   */
  review(
    actor: Actor,
    projectId: string,
    deliverableId: string,
    decision: 'accept' | 'reject',
    comment: string | null,
  ): Promise<DeliverableDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, projectId);
      const reviewer = requirePerson(actor);
      const before = await this.lock(tx, scope, deliverableId);
      const to = nextStatus(before.status, decision) as 'accepted' | 'rejected';
      await this.deliverables.markReviewed(tx, scope, deliverableId, {
        status: to,
        reviewerUserId: reviewer.userId,
        comment,
      });
      await this.history.record(tx, scope, actor, `deliverable.${to}`, {
        deliverableId,
        status: { from: before.status, to },
        comment,
      });
      await this.recordReview(tx, actor, scope, deliverableId, to, { from: before.status, comment });
      if (before.status === 'accepted') {
        await this.outbox.emit(tx, evidenceWithdrawnJob, {
          kind: 'deliverable',
          tenantId: scope.tenantId,
          id: deliverableId,
        });
      }
      return toDto(await this.load(tx, scope, deliverableId), networkToday());
    });
  }

  /**
   * A deliverable's review — what the project owes its partners and funders — also goes to the owning
   * institute's hash-chained audit log (the project history is not chained), in the same transaction.
   */
  private recordReview(
    tx: TenantTx,
    actor: Actor,
    scope: ProjectScope,
    deliverableId: string,
    to: 'submitted' | 'accepted' | 'rejected',
    data: { from: DeliverableStatus; comment: string | null },
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action: `deliverable.${to}`,
      targetType: 'deliverable',
      targetId: deliverableId,
      data: { projectId: scope.projectId, from: data.from, to, comment: data.comment },
    });
  }

  private async load(tx: TenantTx, scope: ProjectScope, id: string): Promise<DeliverableRow> {
    const row = await this.deliverables.find(tx, scope, id);
    if (!row) throw WorkProblems.notFound('deliverable');
    return row;
  }

  private async lock(tx: TenantTx, scope: ProjectScope, id: string): Promise<DeliverableRow> {
    const row = await this.deliverables.findForUpdate(tx, scope, id);
    if (!row) throw WorkProblems.notFound('deliverable');
    return row;
  }
}

function toDto(d: DeliverableRow, today: string): DeliverableDto {
  return {
    id: d.id,
    projectId: d.projectId,
    kind: d.kind,
    title: d.title,
    description: d.description,
    dueDate: d.dueDate,
    status: d.status,
    overdue: isOverdue(d, today),
    submittedAt: d.submittedAt?.toISOString() ?? null,
    reviewedAt: d.reviewedAt?.toISOString() ?? null,
    reviewerUserId: d.reviewerUserId,
    reviewComment: d.reviewComment,
    fileCount: d.fileCount,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
