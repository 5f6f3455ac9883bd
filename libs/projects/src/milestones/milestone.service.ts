import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { daysBetween, networkToday } from '@jazari/config';
import { changesOf } from '../attention/changes.js';
import { type Page, pageSize, datedCursor } from '../attention/work-list.js';
import { WorkProblems } from '../attention/work-problems.js';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import { evidenceWithdrawnJob } from '../evidence/evidence-withdrawn.jobs.js';
import type {
  CreateMilestoneDto,
  MilestoneDto,
  MilestoneStatus,
  UpdateMilestoneDto,
} from './milestone.dto.js';
import { type MilestoneFields, MilestoneRepository, type MilestoneRow } from './milestone.repository.js';

/** Late: due before today and not done. */
export function isLate(milestone: Pick<MilestoneRow, 'dueDate' | 'doneDate'>, today: string): boolean {
  return milestone.doneDate === null && milestone.dueDate < today;
}

/**
 * Where a milestone stands, from its due and done dates, so reaching it never erases that it was late:
 * `planned` (open, not yet due), `late` (open, due before today), `done` (reached on or before its due
 * date), `done_late` (reached after it). `daysLate`: for `late`, the days since the due date; for
 * `done_late`, the days it was reached after it; 0 otherwise.
 */
export function milestoneStatus(
  milestone: Pick<MilestoneRow, 'dueDate' | 'doneDate'>,
  today: string,
): { status: MilestoneStatus; daysLate: number } {
  const { dueDate, doneDate } = milestone;
  if (doneDate !== null) {
    const days = daysBetween(dueDate, doneDate);
    return days > 0 ? { status: 'done_late', daysLate: days } : { status: 'done', daysLate: 0 };
  }
  return dueDate < today
    ? { status: 'late', daysLate: daysBetween(dueDate, today) }
    : { status: 'planned', daysLate: 0 };
}

/** A project's milestones: whoever reads the project reads them; its editors change them. */
@Injectable()
export class MilestoneService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly milestones: MilestoneRepository,
    private readonly outbox: OutboxService,
  ) {}

  list(
    actor: Actor,
    projectId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<MilestoneDto>> {
    const after = datedCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const page = datedCursor.page(await this.milestones.list(tx, scope, after, limit + 1), limit, (m) => [
        m.dueDate,
        m.id,
      ]);
      const today = networkToday();
      return { data: page.data.map((m) => toDto(m, today)), nextCursor: page.nextCursor };
    });
  }

  create(actor: Actor, projectId: string, input: CreateMilestoneDto): Promise<MilestoneDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const fields: MilestoneFields = {
        title: input.title,
        dueDate: input.dueDate,
        doneDate: input.doneDate ?? null,
      };
      const milestone = await this.milestones.insert(tx, scope, uuidv7(), fields);
      await this.history.record(tx, scope, actor, 'milestone.added', {
        milestoneId: milestone.id,
        ...fields,
      });
      return toDto(milestone, networkToday());
    });
  }

  update(
    actor: Actor,
    projectId: string,
    milestoneId: string,
    input: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const before = await this.milestones.findForUpdate(tx, scope, milestoneId);
      if (!before) throw WorkProblems.notFound('milestone');
      const after: MilestoneFields = {
        title: input.title ?? before.title,
        dueDate: input.dueDate ?? before.dueDate,
        doneDate: input.doneDate === undefined ? before.doneDate : input.doneDate,
      };
      const changes = changesOf<MilestoneFields>(before, after, ['title', 'dueDate', 'doneDate']);
      if (Object.keys(changes).length === 0) return toDto(before, networkToday());
      const milestone = await this.milestones.update(tx, scope, milestoneId, after);
      await this.history.record(tx, scope, actor, 'milestone.updated', { milestoneId, ...changes });
      if (before.doneDate !== null && after.doneDate === null) await this.withdrawn(tx, scope, milestoneId);
      return toDto(milestone, networkToday());
    });
  }

  remove(actor: Actor, projectId: string, milestoneId: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const removed = await this.milestones.delete(tx, scope, milestoneId);
      if (!removed) throw WorkProblems.notFound('milestone');
      await this.history.record(tx, scope, actor, 'milestone.removed', {
        milestoneId,
        title: removed.title,
        dueDate: removed.dueDate,
        doneDate: removed.doneDate,
      });
      if (removed.doneDate !== null) await this.withdrawn(tx, scope, milestoneId);
    });
  }

  /**
   * A done milestone that is undone or removed no longer proves anything: an obligation met with it
   * reopens (conventions reacts to the event, exactly once, through the outbox).
   */
  private async withdrawn(tx: TenantTx, scope: { tenantId: string }, milestoneId: string): Promise<void> {
    await this.outbox.emit(tx, evidenceWithdrawnJob, {
      kind: 'milestone',
      tenantId: scope.tenantId,
      id: milestoneId,
    });
  }
}

function toDto(m: MilestoneRow, today: string): MilestoneDto {
  return {
    id: m.id,
    projectId: m.projectId,
    title: m.title,
    dueDate: m.dueDate,
    doneDate: m.doneDate,
    late: isLate(m, today),
    ...milestoneStatus(m, today),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
