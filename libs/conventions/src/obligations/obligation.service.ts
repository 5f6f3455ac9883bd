import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { Clock, networkToday } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { clampPageSize, CursorKey, cursorCodec } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { ConventionAccess, ownerScope, type ConventionScope } from '../convention-access.js';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import type {
  CreateObligationDto,
  MarkObligationMetDto,
  ObligationDto,
  ObligationPageDto,
  UpdateObligationDto,
  WaiveObligationDto,
} from './obligation.dto.js';
import { ObligationProblems } from './obligation.problems.js';
import { type ObligationFields, ObligationRepository } from './obligation.repository.js';
import {
  DEFAULT_PAGE_SIZE,
  EVIDENCE_READY,
  isOverdue,
  MAX_PAGE_SIZE,
  OBLIGATION_EDITABLE_CONVENTION,
  type EvidenceLink,
  type ObligationRow,
  type ObligationStatus,
  type ObligationView,
} from './obligation.types.js';
import { obligationMetJob } from './obligation.jobs.js';

/** Obligation lists are ordered by (due date, id). */
const obligationCursor = cursorCodec(CursorKey.date, CursorKey.uuid);
const pageSize = (limit: number | undefined) =>
  clampPageSize(limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });

/**
 * A convention's obligations: who owes what by when. The owner's managers add, change and waive them;
 * the responsible party's admins (or the owner) mark them met. Rows stay the owner's: a party's act is
 * written in the owner's scope once this service has decided the party may take it.
 */
@Injectable()
export class ObligationService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly access: ConventionAccess,
    private readonly obligations: ObligationRepository,
    private readonly evidence: EvidenceChain,
    private readonly outbox: OutboxService,
  ) {}

  listForConvention(
    actor: Actor,
    conventionId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<ObligationPageDto> {
    const after = obligationCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, conventionId);
      const rows = await this.obligations.listForConvention(tx, keyOf(scope), after, limit + 1);
      return this.page(rows, limit);
    });
  }

  listForParty(
    actor: Actor,
    query: { view: ObligationView; status?: ObligationStatus; cursor?: string; limit?: number },
  ): Promise<ObligationPageDto> {
    const after = obligationCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.obligations.listForParty(
        tx,
        actor.tenantId,
        query.view,
        query.status ?? null,
        after,
        limit + 1,
      );
      return this.page(rows, limit);
    });
  }

  create(actor: Actor, conventionId: string, input: CreateObligationDto): Promise<ObligationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.editable(tx, actor, conventionId);
      const fields: ObligationFields = {
        description: input.description,
        responsibleTenantId: input.responsibleTenantId,
        dueDate: input.dueDate,
        evidence: input.evidence ? link(input.evidence) : null,
      };
      await this.checkFields(tx, scope, fields);
      const id = uuidv7();
      await this.obligations.insert(tx, keyOf(scope), id, fields, this.clock.now());
      await this.record(tx, actor, scope, 'obligation_added', {
        obligationId: id,
        description: fields.description,
        responsibleTenantId: fields.responsibleTenantId,
        dueDate: fields.dueDate,
        evidence: fields.evidence,
      });
      return this.load(tx, scope, id);
    });
  }

  update(
    actor: Actor,
    conventionId: string,
    obligationId: string,
    input: UpdateObligationDto,
  ): Promise<ObligationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.editable(tx, actor, conventionId);
      const before = await this.obligations.find(tx, keyOf(scope), obligationId, true);
      if (!before) throw ObligationProblems.notFound();
      if (before.status !== 'open') throw ObligationProblems.obligationClosed(before.status);
      const after: ObligationFields = {
        description: input.description ?? before.description,
        responsibleTenantId: input.responsibleTenantId ?? before.responsibleTenantId,
        dueDate: input.dueDate ?? before.dueDate,
        evidence: input.evidence === undefined ? before.evidence : input.evidence && link(input.evidence),
      };
      await this.checkFields(tx, scope, {
        ...after,
        // Only a newly given link is checked: the one already there was checked when it was set.
        evidence: input.evidence ? after.evidence : null,
      });
      await this.obligations.update(tx, keyOf(scope), obligationId, after, this.clock.now());
      await this.record(tx, actor, scope, 'obligation_updated', { obligationId, ...changes(before, after) });
      return this.load(tx, scope, obligationId);
    });
  }

  markMet(
    actor: Actor,
    conventionId: string,
    obligationId: string,
    input: MarkObligationMetDto,
  ): Promise<ObligationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, conventionId);
      const current = await this.obligations.find(tx, keyOf(scope), obligationId);
      if (!current) throw ObligationProblems.notFound();
      const responsible =
        current.responsibleTenantId === actor.tenantId && actor.permissions.has('obligations.update');
      if (!responsible && !scope.canManage) throw ObligationProblems.notResponsible();
      const evidence = input.evidence ? link(input.evidence) : null;
      // The evidence must be visible to the one who links it: checked in the caller's own scope.
      if (evidence && !(await this.obligations.evidenceVisible(tx, evidence))) {
        throw ObligationProblems.evidenceNotFound();
      }
      await this.assertEvidenceReady(evidence ?? current.evidence);
      const owner = ownerScope(actor, scope);
      await this.transactions.onBehalfOf(owner, async (scoped) => {
        const locked = await this.obligations.find(scoped, keyOf(scope), obligationId, true);
        if (!locked) throw ObligationProblems.notFound();
        if (locked.status !== 'open') throw ObligationProblems.obligationClosed(locked.status);
        await this.obligations.close(
          scoped,
          keyOf(scope),
          obligationId,
          'met',
          evidence,
          input.note ?? null,
          this.clock.now(),
        );
        await this.outbox.emit(scoped, obligationMetJob, { conventionId, obligationId });
      });
      await this.record(tx, actor, scope, 'obligation_met', {
        obligationId,
        evidence: evidence ?? current.evidence,
        note: input.note ?? null,
      });
      return this.load(tx, scope, obligationId);
    });
  }

  /**
   * Whether the caller may link evidence to this obligation and mark it met — the responsible party's
   * admins or the owner's managers, as `markMet` decides: 404 when the caller cannot see it, 403
   * `obligation-not-yours` otherwise. For a context that records its evidence later (a workshop linked to
   * the obligation records itself when it is held, through `markMet`).
   */
  checkMarkable(actor: Actor, conventionId: string, obligationId: string): Promise<ObligationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, conventionId);
      const current = await this.obligations.find(tx, keyOf(scope), obligationId);
      if (!current) throw ObligationProblems.notFound();
      const responsible =
        current.responsibleTenantId === actor.tenantId && actor.permissions.has('obligations.update');
      if (!responsible && !scope.canManage) throw ObligationProblems.notResponsible();
      return toDto(current, networkToday(this.clock.now()));
    });
  }

  waive(
    actor: Actor,
    conventionId: string,
    obligationId: string,
    input: WaiveObligationDto,
  ): Promise<ObligationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, conventionId);
      const current = await this.obligations.find(tx, keyOf(scope), obligationId, true);
      if (!current) throw ObligationProblems.notFound();
      if (current.status !== 'open') throw ObligationProblems.obligationClosed(current.status);
      await this.obligations.close(
        tx,
        keyOf(scope),
        obligationId,
        'waived',
        null,
        input.note ?? null,
        this.clock.now(),
      );
      await this.record(tx, actor, scope, 'obligation_waived', { obligationId, note: input.note ?? null });
      return this.load(tx, scope, obligationId);
    });
  }

  /**
   * Evidence counts only once it is real: an accepted deliverable, a done milestone, a held workshop —
   * else 409 `evidence-not-ready` naming its status. Read in the evidence's own tenant's scope: the link
   * was checked visible when it was set, and the caller (a partner) may not see an institute's project.
   */
  private async assertEvidenceReady(evidence: EvidenceLink | null): Promise<void> {
    if (!evidence) return;
    const status = await this.transactions.onBehalfOf(
      { tenantId: evidence.tenantId, tenantKind: null, userId: null },
      (scoped) => this.obligations.evidenceStatus(scoped, evidence),
    );
    if (status === undefined) throw ObligationProblems.evidenceNotFound();
    if (status !== EVIDENCE_READY[evidence.kind]) {
      throw ObligationProblems.evidenceNotReady(evidence.kind, status);
    }
  }

  private async editable(tx: TenantTx, actor: Actor, conventionId: string): Promise<ConventionScope> {
    const scope = await this.access.manage(tx, actor, conventionId);
    if (!OBLIGATION_EDITABLE_CONVENTION.includes(scope.status)) {
      throw ObligationProblems.conventionClosed(scope.status);
    }
    return scope;
  }

  private async checkFields(tx: TenantTx, scope: ConventionScope, fields: ObligationFields): Promise<void> {
    if (!(await this.obligations.isParty(tx, keyOf(scope), fields.responsibleTenantId))) {
      throw ObligationProblems.notAParty();
    }
    if (fields.evidence && !(await this.obligations.evidenceVisible(tx, fields.evidence))) {
      throw ObligationProblems.evidenceNotFound();
    }
  }

  /** Obligation events go to the convention's evidence chain, in the owner's scope. */
  private async record(
    tx: TenantTx,
    actor: Actor,
    scope: ConventionScope,
    type: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.evidence.append(tx, ownerScope(actor, scope), {
      conventionId: scope.conventionId,
      type,
      actorUserId: actor.userId,
      actorTenantId: actor.tenantId,
      actorApiKeyId: actor.apiKeyId,
      data,
    });
  }

  private async load(tx: TenantTx, scope: ConventionScope, id: string): Promise<ObligationDto> {
    const row = await this.obligations.find(tx, keyOf(scope), id);
    if (!row) throw ObligationProblems.notFound();
    return toDto(row, networkToday(this.clock.now()));
  }

  private page(rows: readonly ObligationRow[], limit: number): ObligationPageDto {
    const today = networkToday(this.clock.now());
    const page = obligationCursor.page(rows, limit, (o) => [o.dueDate, o.id]);
    return { data: page.data.map((o) => toDto(o, today)), nextCursor: page.nextCursor };
  }
}

function keyOf(scope: ConventionScope): { ownerTenantId: string; conventionId: string } {
  return { ownerTenantId: scope.ownerTenantId, conventionId: scope.conventionId };
}

function link(input: { kind: EvidenceLink['kind']; tenantId: string; id: string }): EvidenceLink {
  return { kind: input.kind, tenantId: input.tenantId.toLowerCase(), id: input.id.toLowerCase() };
}

function changes(before: ObligationFields, after: ObligationFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['description', 'responsibleTenantId', 'dueDate', 'evidence'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out;
}

function toDto(o: ObligationRow, today: string): ObligationDto {
  return {
    id: o.id,
    convention: { id: o.conventionId, reference: o.conventionReference, title: o.conventionTitle },
    description: o.description,
    responsibleTenantId: o.responsibleTenantId,
    responsibleTenantName: o.responsibleTenantName,
    dueDate: o.dueDate,
    status: o.status,
    overdue: isOverdue(o, today),
    metAt: o.metAt?.toISOString() ?? null,
    evidence: o.evidence,
    note: o.note,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
