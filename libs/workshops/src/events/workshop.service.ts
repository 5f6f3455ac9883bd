import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock } from '@jazari/config';
import { ObligationService } from '@jazari/conventions';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import {
  clampPageSize,
  CursorKey,
  cursorCodec,
  ProblemException,
  ValidationProblem,
  type FieldError,
} from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import type {
  AgendaDto,
  CreateWorkshopDto,
  UpdateWorkshopDto,
  WorkshopDto,
  WorkshopPageDto,
  WorkshopSummaryDto,
  WorkshopWhen,
} from './workshop.dto.js';
import { RegistrationRepository, type RegistrationRecord } from '../registrations/registration.repository.js';
import { noticeOf, Seats } from '../registrations/seats.js';
import { organiserScope, WorkshopAccess, type WorkshopScope } from '../workshop-access.js';
import { WorkshopProblems } from '../workshop.problems.js';
import {
  DEFAULT_PAGE_SIZE,
  isLegalTransition,
  MAX_PAGE_SIZE,
  type WorkshopRow,
  type WorkshopStatus,
} from '../workshop.types.js';
import { WorkshopInput, type Participants } from './workshop-input.js';
import { ifMatchSatisfied, toSummaryDto, toWorkshopDto } from './workshop-view.js';
import { WorkshopRepository, type AgendaItemInput } from './workshop.repository.js';
import { workshopCancelledJob } from '../workshop.jobs.js';

/** Workshop lists are ordered by (start, id). */
const workshopCursor = cursorCodec(CursorKey.instant, CursorKey.uuid);

/** Unambiguous letters and digits (no 0/O, 1/I/L): 8 of them are ~10^12 codes, read aloud at a venue. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * Workshops: the organiser's tenant creates them (draft), its managers and the co-organisers' manage
 * them, publish, hold or cancel them. Every row is the organiser's: a co-organiser's change is written in
 * the organiser's scope once this service has checked it may.
 */
@Injectable()
export class WorkshopService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly access: WorkshopAccess,
    private readonly workshops: WorkshopRepository,
    private readonly registrations: RegistrationRepository,
    private readonly seats: Seats,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
    private readonly input: WorkshopInput,
    private readonly obligations: ObligationService,
  ) {}

  create(actor: Actor, input: CreateWorkshopDto): Promise<WorkshopDto> {
    const missing = (['title', 'startsAt', 'endsAt'] as const).filter((f) => input[f] === undefined);
    if (missing.length > 0) {
      throw new ValidationProblem(missing.map((field) => ({ field, messages: [`${field} is required`] })));
    }
    return this.transactions.run(actorContext(actor), async (tx) => {
      const fields = this.input.fields(input, null);
      const participants = {
        coOrganiserTenantIds: input.coOrganiserTenantIds ?? [],
        audienceTenantIds: input.audienceTenantIds ?? [],
      };
      const projects = await this.input.check(
        tx,
        actor,
        actor.tenantId,
        fields,
        participants,
        input.projectIds ?? [],
      );
      const id = uuidv7();
      const now = this.clock.now();
      await this.workshops.insert(tx, actor.tenantId, id, fields, newCheckInCode(), actor.userId, now);
      await this.workshops.replaceParticipants(
        tx,
        actor.tenantId,
        id,
        participantRows(actor.tenantId, participants),
      );
      await this.workshops.replaceProjects(tx, actor.tenantId, id, projects);
      await this.audit.record(tx, actor, {
        action: 'workshop.created',
        targetType: 'workshop',
        targetId: id,
        data: { kind: fields.kind, title: fields.title },
      });
      return this.view(actor, await this.access.read(tx, actor, id));
    });
  }

  get(actor: Actor, id: string): Promise<WorkshopDto> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      this.view(actor, await this.access.read(tx, actor, id)),
    );
  }

  list(
    actor: Actor,
    query: { status?: WorkshopStatus; when?: WorkshopWhen; cursor?: string; limit?: number },
  ): Promise<WorkshopPageDto> {
    const after = workshopCursor.decodeOptional(query.cursor);
    const limit = clampPageSize(query.limit, { fallback: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE });
    return this.transactions.run(actorContext(actor), async (tx) => {
      // RLS answers which workshops the caller's tenant sees.
      const rows = await this.workshops.list(
        tx,
        query.status ?? null,
        after,
        limit + 1,
        query.when ?? null,
        this.clock.now(),
      );
      const { data, nextCursor } = workshopCursor.page(rows, limit, (w) => [w.startsAt.toISOString(), w.id]);
      const summaries: WorkshopSummaryDto[] = [];
      for (const w of data) {
        // Seats and the caller's own place are the organiser's rows: read in its scope.
        const scope = await this.access.read(tx, actor, w.id);
        summaries.push(toSummaryDto(w, await this.registrationState(actor, scope)));
      }
      return { data: summaries, nextCursor };
    });
  }

  /** Seats taken and waiting, and the caller's own registration with its place on the waitlist. */
  private registrationState(
    actor: Actor,
    scope: WorkshopScope,
  ): Promise<{
    seats: { registered: number; waitlisted: number };
    mine: RegistrationRecord | undefined;
    position: number | null;
    canManage: boolean;
  }> {
    return this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
      const t = scope.organiserTenantId;
      const mine = actor.userId
        ? await this.registrations.forUser(scoped, t, scope.workshopId, actor.userId)
        : undefined;
      return {
        seats: await this.registrations.counts(scoped, t, scope.workshopId),
        mine,
        position:
          mine?.status === 'waitlisted'
            ? await this.registrations.waitlistPosition(scoped, t, scope.workshopId, mine)
            : null,
        canManage: scope.canManage,
      };
    });
  }

  update(
    actor: Actor,
    id: string,
    input: UpdateWorkshopDto,
    ifMatch: string | undefined,
  ): Promise<WorkshopDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const before = await this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
        const row = await this.workshops.find(scoped, scope.organiserTenantId, id, true);
        if (!row) throw WorkshopProblems.notFound();
        const participants = await this.workshops.participants(scoped, scope.organiserTenantId, id);
        return { row, participants };
      });
      const current = before.row;
      if (ifMatch !== undefined && !ifMatchSatisfied(ifMatch, current.version)) {
        throw WorkshopProblems.preconditionFailed(current.version);
      }
      if (current.status !== 'draft' && current.status !== 'published') {
        throw WorkshopProblems.locked(current.status);
      }
      const fields = this.input.fields(input, current);
      const participants: Participants = {
        coOrganiserTenantIds:
          input.coOrganiserTenantIds ??
          before.participants.filter((p) => p.role === 'co_organiser').map((p) => p.tenantId),
        audienceTenantIds:
          input.audienceTenantIds ??
          before.participants.filter((p) => p.role === 'audience').map((p) => p.tenantId),
      };
      const obligationChanged =
        JSON.stringify(fields.obligation) !==
        JSON.stringify(
          current.obligationId
            ? {
                tenantId: current.conventionTenantId,
                conventionId: current.conventionId,
                obligationId: current.obligationId,
              }
            : null,
        );
      const projects =
        input.projectIds === undefined ? null : await this.input.projectRefs(tx, actor, input.projectIds);
      // Only a newly given obligation link is checked: the one already there was checked when it was set.
      await this.input.check(
        tx,
        actor,
        scope.organiserTenantId,
        obligationChanged ? fields : { ...fields, obligation: null },
        participants,
        [],
      );
      await this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
        const locked = (await this.workshops.find(scoped, scope.organiserTenantId, id, true))!;
        if (fields.capacity !== null) {
          const { registered } = await this.registrations.counts(scoped, scope.organiserTenantId, id);
          if (fields.capacity < registered) {
            throw WorkshopProblems.capacityBelowRegistered(registered);
          }
        }
        await this.workshops.update(scoped, scope.organiserTenantId, id, fields, this.clock.now());
        if (input.coOrganiserTenantIds !== undefined || input.audienceTenantIds !== undefined) {
          await this.workshops.replaceParticipants(
            scoped,
            scope.organiserTenantId,
            id,
            participantRows(scope.organiserTenantId, participants),
          );
        }
        if (projects) await this.workshops.replaceProjects(scoped, scope.organiserTenantId, id, projects);
        // Who takes part is a commitment between tenants: the change is in the organiser's chain.
        const changed = (Object.keys(input) as (keyof UpdateWorkshopDto)[]).filter(
          (k) => input[k] !== undefined,
        );
        if (changed.length > 0) {
          await this.audit.record(scoped, actor, {
            action: 'workshop.updated',
            targetType: 'workshop',
            targetId: id,
            data: {
              fields: changed.sort(),
              ...(input.coOrganiserTenantIds !== undefined || input.audienceTenantIds !== undefined
                ? {
                    coOrganiserTenantIds: participants.coOrganiserTenantIds,
                    audienceTenantIds: participants.audienceTenantIds,
                  }
                : {}),
            },
          });
        }
        // More seats: the waitlist moves up.
        await this.seats.promote(
          scoped,
          {
            ...locked,
            capacity: fields.capacity,
            title: fields.title,
            startsAt: fields.startsAt,
            timeZone: fields.timeZone,
          },
          actor,
        );
      });
      return this.view(actor, scope);
    });
  }

  replaceAgenda(actor: Actor, id: string, input: AgendaDto): Promise<WorkshopDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const speakerIds = [
        ...new Set(input.items.map((i) => i.speakerUserId).filter((s): s is string => !!s)),
      ];
      const names = await this.workshops.visibleUsers(tx, speakerIds);
      const errors: FieldError[] = [];
      input.items.forEach((item, i) => {
        if (item.speakerUserId && !names.has(item.speakerUserId.toLowerCase())) {
          errors.push({ field: `items.${i}.speakerUserId`, messages: ['no such person in your tenant'] });
        }
        if (item.startsAt && item.endsAt && Date.parse(item.startsAt) >= Date.parse(item.endsAt)) {
          errors.push({ field: `items.${i}.endsAt`, messages: ['endsAt must be after startsAt'] });
        }
      });
      if (errors.length > 0) throw new ValidationProblem(errors);
      const items: AgendaItemInput[] = input.items.map((item) => ({
        id: uuidv7(),
        title: item.title,
        startsAt: item.startsAt ? new Date(item.startsAt) : null,
        endsAt: item.endsAt ? new Date(item.endsAt) : null,
        speakerUserId: item.speakerUserId?.toLowerCase() ?? null,
        speakerName:
          item.speakerName ?? (item.speakerUserId ? names.get(item.speakerUserId.toLowerCase())! : null),
      }));
      await this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
        const locked = await this.workshops.find(scoped, scope.organiserTenantId, id, true);
        if (!locked) throw WorkshopProblems.notFound();
        if (locked.status === 'held' || locked.status === 'cancelled')
          throw WorkshopProblems.locked(locked.status);
        await this.workshops.replaceAgenda(scoped, scope.organiserTenantId, id, items);
        await this.workshops.bumpVersion(scoped, scope.organiserTenantId, id, this.clock.now());
      });
      return this.view(actor, scope);
    });
  }

  /** `draft → published`, `published → held`, `draft | published → cancelled`. */
  transition(
    actor: Actor,
    id: string,
    to: WorkshopStatus,
    reason: string | null,
    ifMatch: string | undefined,
  ): Promise<WorkshopDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const workshop = await this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
        const locked = await this.workshops.find(scoped, scope.organiserTenantId, id, true);
        if (!locked) throw WorkshopProblems.notFound();
        if (ifMatch !== undefined && !ifMatchSatisfied(ifMatch, locked.version)) {
          throw WorkshopProblems.preconditionFailed(locked.version);
        }
        if (!isLegalTransition(locked.status, to))
          throw WorkshopProblems.illegalTransition(locked.status, to);
        const now = this.clock.now();
        if (to === 'held' && now < locked.startsAt) throw WorkshopProblems.notStarted(locked.startsAt);
        await this.workshops.setStatus(scoped, scope.organiserTenantId, id, to, now, reason);
        if (to === 'cancelled') {
          const people = await this.registrations.people(scoped, scope.organiserTenantId, id, [
            'registered',
            'waitlisted',
            'invited',
          ]);
          if (people.length > 0)
            await this.outbox.emit(scoped, workshopCancelledJob, noticeOf(locked, people));
        }
        await this.audit.record(scoped, actor, {
          action: `workshop.${to}`,
          targetType: 'workshop',
          targetId: id,
          data: reason ? { reason } : {},
        });
        return locked;
      });
      if (to === 'held' && workshop.obligationId) await this.recordEvidence(actor, scope, workshop);
      return this.view(actor, scope);
    });
  }

  /**
   * A held workshop linked to an obligation is its evidence: the obligation (the convention owner's row)
   * is marked met with a `workshop` link, by the obligations' own rules — in the caller's name, who must
   * be its responsible party's admin or the owner's manager. An obligation already closed, or a caller
   * who may not mark it, leaves it as it is (the workshop says `evidenceRecordedAt: null`).
   */
  private async recordEvidence(actor: Actor, scope: WorkshopScope, w: WorkshopRow): Promise<void> {
    try {
      const obligation = await this.obligations.checkMarkable(actor, w.conventionId!, w.obligationId!);
      if (obligation.status !== 'open') return;
      await this.obligations.markMet(actor, w.conventionId!, w.obligationId!, {
        evidence: { kind: 'workshop', tenantId: w.tenantId, id: w.id },
        note: `Workshop held: ${w.title}`.slice(0, 2000),
      });
    } catch (error) {
      // Refusals are raised before anything is written: the transaction goes on.
      if (error instanceof ProblemException && [403, 404, 409, 422].includes(error.getStatus())) return;
      throw error;
    }
    await this.transactions.onBehalfOf(organiserScope(actor, scope), (scoped) =>
      this.workshops.markEvidence(scoped, w.tenantId, w.id, this.clock.now()),
    );
  }

  private view(actor: Actor, scope: WorkshopScope): Promise<WorkshopDto> {
    return this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
      const t = scope.organiserTenantId;
      const workshop = await this.workshops.find(scoped, t, scope.workshopId);
      if (!workshop) throw WorkshopProblems.notFound();
      const mine = actor.userId
        ? await this.registrations.forUser(scoped, t, scope.workshopId, actor.userId)
        : undefined;
      return toWorkshopDto({
        workshop,
        participants: await this.workshops.participants(scoped, t, scope.workshopId),
        projects: await this.workshops.projects(scoped, t, scope.workshopId),
        agenda: await this.workshops.agenda(scoped, t, scope.workshopId),
        seats: await this.registrations.counts(scoped, t, scope.workshopId),
        mine,
        position:
          mine?.status === 'waitlisted'
            ? await this.registrations.waitlistPosition(scoped, t, scope.workshopId, mine)
            : null,
        canManage: scope.canManage,
      });
    });
  }
}

function participantRows(
  organiserTenantId: string,
  p: Participants,
): { tenantId: string; role: 'co_organiser' | 'audience' }[] {
  const rows = [
    ...p.coOrganiserTenantIds.map((tenantId) => ({
      tenantId: tenantId.toLowerCase(),
      role: 'co_organiser' as const,
    })),
    ...p.audienceTenantIds.map((tenantId) => ({
      tenantId: tenantId.toLowerCase(),
      role: 'audience' as const,
    })),
  ];
  return rows.filter((r) => r.tenantId !== organiserTenantId);
}
