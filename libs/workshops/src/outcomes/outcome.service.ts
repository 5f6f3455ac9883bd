import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import type {
  ActionItemDto,
  CreateActionItemDto,
  LinkDeliverableDto,
  MinutesDto,
  OutcomesDto,
  UpdateActionItemDto,
} from './outcome.dto.js';
import { WorkshopRepository } from '../events/workshop.repository.js';
import { RegistrationRepository } from '../registrations/registration.repository.js';
import { noticeOf } from '../registrations/seats.js';
import { organiserScope, WorkshopAccess, type WorkshopScope } from '../workshop-access.js';
import { WorkshopProblems } from '../workshop.problems.js';
import type { ActionItemRow, WorkshopRow } from '../workshop.types.js';
import { OutcomeRepository, type ActionItemFields } from './outcome.repository.js';
import { minutesPublishedJob } from '../workshop.jobs.js';

/**
 * What a workshop produced: minutes and decisions (published once it is held), action items, and the
 * project deliverables it produced. Organisers write them; everyone who sees the workshop reads them once
 * the minutes are published.
 */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly access: WorkshopAccess,
    private readonly workshops: WorkshopRepository,
    private readonly registrations: RegistrationRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  get(actor: Actor, id: string): Promise<OutcomesDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      return this.load(actor, scope);
    });
  }

  writeMinutes(actor: Actor, id: string, input: MinutesDto): Promise<OutcomesDto> {
    return this.managed(actor, id, async (scoped, w, scope) => {
      if (w.status === 'draft' || w.status === 'cancelled') throw WorkshopProblems.locked(w.status);
      await this.workshops.setMinutes(
        scoped,
        w.tenantId,
        w.id,
        input.minutes,
        input.decisions ?? [],
        this.clock.now(),
      );
      return scope;
    });
  }

  /** Publishes the minutes of a held workshop; the people registered are told. */
  publishMinutes(actor: Actor, id: string): Promise<OutcomesDto> {
    return this.managed(actor, id, async (scoped, w, scope) => {
      if (w.status !== 'held') throw WorkshopProblems.notHeld(w.status);
      if (!w.minutes) throw WorkshopProblems.noMinutes();
      await this.workshops.publishMinutes(scoped, w.tenantId, w.id, this.clock.now());
      const people = await this.registrations.people(scoped, w.tenantId, w.id, ['registered']);
      if (people.length > 0) await this.outbox.emit(scoped, minutesPublishedJob, noticeOf(w, people));
      return scope;
    });
  }

  addActionItem(actor: Actor, id: string, input: CreateActionItemDto): Promise<ActionItemDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const fields = await this.itemFields(tx, input, null);
      const itemId = uuidv7();
      await this.asOrganiser(actor, scope, async (scoped, w) => {
        if (w.status === 'cancelled') throw WorkshopProblems.locked(w.status);
        await this.outcomes.insertActionItem(scoped, w.tenantId, w.id, itemId, fields, this.clock.now());
        await this.recordItem(scoped, actor, w.id, itemId, 'workshop_action_item.added', fields);
      });
      return this.item(actor, scope, itemId);
    });
  }

  updateActionItem(
    actor: Actor,
    id: string,
    itemId: string,
    input: UpdateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const current = await this.transactions.onBehalfOf(organiserScope(actor, scope), (scoped) =>
        this.outcomes.actionItem(scoped, scope.organiserTenantId, id, itemId, true),
      );
      if (!current) throw WorkshopProblems.notFound('action item');
      const fields = await this.itemFields(tx, input, current);
      await this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
        await this.outcomes.updateActionItem(
          scoped,
          scope.organiserTenantId,
          itemId,
          fields,
          this.clock.now(),
        );
        await this.recordItem(scoped, actor, id, itemId, 'workshop_action_item.updated', fields);
      });
      return this.item(actor, scope, itemId);
    });
  }

  /** Links a project deliverable the workshop produced (the caller must see it). */
  linkDeliverable(actor: Actor, id: string, input: LinkDeliverableDto): Promise<OutcomesDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const deliverable = await this.outcomes.visibleDeliverable(tx, input.deliverableId.toLowerCase());
      if (!deliverable) throw WorkshopProblems.invalidReference('deliverableId', 'no such deliverable');
      await this.asOrganiser(actor, scope, (scoped, w) =>
        this.outcomes.linkDeliverable(
          scoped,
          w.tenantId,
          w.id,
          { ...deliverable, id: input.deliverableId.toLowerCase() },
          this.clock.now(),
        ),
      );
      return this.load(actor, scope);
    });
  }

  /**
   * An action item gives someone a task (possibly a person of another tenant, set by a co-organiser): in
   * the organiser's chain, in the transaction that writes it (the open scope is the organiser's).
   */
  private recordItem(
    tx: TenantTx,
    actor: Actor,
    workshopId: string,
    itemId: string,
    action: 'workshop_action_item.added' | 'workshop_action_item.updated',
    fields: ActionItemFields,
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      targetType: 'workshop_action_item',
      targetId: itemId,
      data: {
        workshopId,
        title: fields.title,
        assigneeUserId: fields.assigneeUserId,
        dueDate: fields.dueDate,
        status: fields.status,
      },
    });
  }

  private managed(
    actor: Actor,
    id: string,
    work: (scoped: TenantTx, w: WorkshopRow, scope: WorkshopScope) => Promise<WorkshopScope>,
  ): Promise<OutcomesDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      await this.asOrganiser(actor, scope, (scoped, w) => work(scoped, w, scope));
      return this.load(actor, scope);
    });
  }

  private asOrganiser<T>(
    actor: Actor,
    scope: WorkshopScope,
    work: (scoped: TenantTx, w: WorkshopRow) => Promise<T>,
  ): Promise<T> {
    return this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
      const w = await this.workshops.find(scoped, scope.organiserTenantId, scope.workshopId, true);
      if (!w) throw WorkshopProblems.notFound();
      return work(scoped, w);
    });
  }

  private async itemFields(
    tx: TenantTx,
    input: CreateActionItemDto | UpdateActionItemDto,
    current: ActionItemRow | null,
  ): Promise<ActionItemFields> {
    const assigneeUserId =
      input.assigneeUserId === undefined
        ? (current?.assigneeUserId ?? null)
        : (input.assigneeUserId?.toLowerCase() ?? null);
    let assigneeName =
      input.assigneeName === undefined ? (current?.assigneeName ?? null) : (input.assigneeName ?? null);
    if (input.assigneeUserId) {
      const names = await this.workshops.visibleUsers(tx, [input.assigneeUserId.toLowerCase()]);
      const name = names.get(input.assigneeUserId.toLowerCase());
      if (!name) {
        throw new ValidationProblem([
          { field: 'assigneeUserId', messages: ['no such person in your tenant'] },
        ]);
      }
      assigneeName = input.assigneeName ?? name;
    }
    return {
      title: input.title ?? current!.title,
      assigneeUserId,
      assigneeName,
      dueDate: input.dueDate === undefined ? (current?.dueDate ?? null) : input.dueDate,
      status: input.status ?? current?.status ?? 'open',
    };
  }

  private async item(actor: Actor, scope: WorkshopScope, itemId: string): Promise<ActionItemDto> {
    const row = await this.transactions.onBehalfOf(organiserScope(actor, scope), (scoped) =>
      this.outcomes.actionItem(scoped, scope.organiserTenantId, scope.workshopId, itemId),
    );
    if (!row) throw WorkshopProblems.notFound('action item');
    return itemDto(row);
  }

  private load(actor: Actor, scope: WorkshopScope): Promise<OutcomesDto> {
    return this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
      const w = await this.workshops.find(scoped, scope.organiserTenantId, scope.workshopId);
      if (!w) throw WorkshopProblems.notFound();
      // Until the minutes are published, what the meeting produced is the organisers' working copy.
      const visible = scope.isOrganiser || w.minutesPublishedAt !== null;
      const items = visible ? await this.outcomes.actionItems(scoped, w.tenantId, w.id) : [];
      const deliverables = await this.outcomes.deliverables(scoped, w.tenantId, w.id);
      return {
        minutes: visible ? w.minutes : null,
        decisions: visible ? w.decisions : [],
        minutesPublishedAt: w.minutesPublishedAt?.toISOString() ?? null,
        actionItems: items.map(itemDto),
        deliverables: deliverables.map((d) => ({ ...d, linkedAt: d.linkedAt.toISOString() })),
      };
    });
  }
}

function itemDto(r: ActionItemRow): ActionItemDto {
  return {
    id: r.id,
    title: r.title,
    assigneeUserId: r.assigneeUserId,
    assigneeName: r.assigneeName,
    dueDate: r.dueDate,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
