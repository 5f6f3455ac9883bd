import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock } from '@jazari/config';
import { TransactionRunner, uuidv7, type TenantTx } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import type { InvitationResultDto, InviteDto, RegistrationDto } from './registration.dto.js';
import { WorkshopRepository } from '../events/workshop.repository.js';
import { organiserScope, WorkshopAccess, type WorkshopScope } from '../workshop-access.js';
import { WorkshopProblems } from '../workshop.problems.js';
import type { WorkshopRow } from '../workshop.types.js';
import { recordRegistration } from './registration-audit.js';
import { RegistrationRepository, type RegistrationRecord } from './registration.repository.js';
import { toRegistrationDto } from './registration-view.js';
import { noticeOf, Seats } from './seats.js';
import { registrationConfirmedJob, workshopInvitedJob } from '../workshop.jobs.js';

/**
 * Registrations and invitations (attendance is AttendanceService's). The rows are the organiser's; a
 * registrant of another tenant acts on their own row, written in the organiser's scope once this service
 * has checked who they are. Seats are counted and taken with the workshop row locked, so the capacity
 * holds under concurrency.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly access: WorkshopAccess,
    private readonly workshops: WorkshopRepository,
    private readonly registrations: RegistrationRepository,
    private readonly seats: Seats,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  register(actor: Actor, id: string): Promise<RegistrationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      if (!scope.inAudience) throw WorkshopProblems.notInAudience();
      return this.asOrganiser(actor, scope, async (scoped, workshop) => {
        const now = this.clock.now();
        this.checkRegistrationOpen(workshop, now, true);
        const existing = await this.registrations.forUser(scoped, workshop.tenantId, id, actor.userId!, true);
        if (existing && (existing.status === 'registered' || existing.status === 'waitlisted')) {
          throw WorkshopProblems.alreadyRegistered(existing.status);
        }
        return this.take(actor, scoped, workshop, existing, actor.userId!, actor.tenantId);
      });
    });
  }

  accept(actor: Actor, id: string): Promise<RegistrationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      return this.asOrganiser(actor, scope, async (scoped, workshop) => {
        const existing = await this.registrations.forUser(scoped, workshop.tenantId, id, actor.userId!, true);
        if (!existing || existing.status !== 'invited') throw WorkshopProblems.notInvited();
        // An invitation may be accepted before registration opens, not once it has closed.
        this.checkRegistrationOpen(workshop, this.clock.now(), false);
        return this.take(actor, scoped, workshop, existing, actor.userId!, existing.registrantTenantId);
      });
    });
  }

  decline(actor: Actor, id: string): Promise<RegistrationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      return this.asOrganiser(actor, scope, async (scoped, workshop) => {
        const existing = await this.registrations.forUser(scoped, workshop.tenantId, id, actor.userId!, true);
        if (!existing || existing.status !== 'invited') throw WorkshopProblems.notInvited();
        await this.registrations.setStatus(
          scoped,
          workshop.tenantId,
          existing.id,
          'declined',
          this.clock.now(),
          false,
        );
        await recordRegistration(scoped, this.audit, actor, id, existing, 'declined', {
          from: existing.status,
        });
        return this.load(scoped, workshop.tenantId, id, existing.id);
      });
    });
  }

  /** Gives up a place; a freed seat goes to the first on the waitlist in the same transaction. */
  cancel(actor: Actor, id: string): Promise<RegistrationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      return this.asOrganiser(actor, scope, async (scoped, workshop) => {
        const existing = await this.registrations.forUser(scoped, workshop.tenantId, id, actor.userId!, true);
        if (!existing || (existing.status !== 'registered' && existing.status !== 'waitlisted')) {
          throw WorkshopProblems.notRegistered(existing?.status ?? null);
        }
        if (workshop.status !== 'published') {
          throw WorkshopProblems.registrationClosed(`The workshop is ${workshop.status}.`);
        }
        await this.registrations.setStatus(
          scoped,
          workshop.tenantId,
          existing.id,
          'cancelled',
          this.clock.now(),
          false,
        );
        await recordRegistration(scoped, this.audit, actor, id, existing, 'cancelled', {
          from: existing.status,
        });
        if (existing.status === 'registered') await this.seats.promote(scoped, workshop, actor);
        return this.load(scoped, workshop.tenantId, id, existing.id);
      });
    });
  }

  invite(actor: Actor, id: string, input: InviteDto): Promise<InvitationResultDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const organiser = organiserScope(actor, scope);
      const participants = await this.transactions.onBehalfOf(organiser, (scoped) =>
        this.workshops.participants(scoped, scope.organiserTenantId, id),
      );
      const workshop = await this.transactions.onBehalfOf(organiser, (scoped) =>
        this.workshops.find(scoped, scope.organiserTenantId, id),
      );
      if (!workshop) throw WorkshopProblems.notFound();
      const allowed = new Set([scope.organiserTenantId, ...participants.map((p) => p.tenantId)]);
      const byTenant = new Map<string, string[]>();
      for (const i of input.invitees) {
        const tenant = i.tenantId.toLowerCase();
        byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), i.userId.toLowerCase()]);
      }
      // Each invitee must belong to the tenant named, and that tenant may attend.
      const errors: string[] = [];
      for (const [tenantId, userIds] of byTenant) {
        if (workshop.audience !== 'network' && !allowed.has(tenantId)) {
          errors.push(`tenant ${tenantId} is not in the audience`);
          continue;
        }
        const members = await this.transactions.onBehalfOf(
          { tenantId, tenantKind: null, userId: null },
          (scoped) => this.workshops.members(scoped, tenantId, userIds),
        );
        for (const userId of userIds)
          if (!members.has(userId)) errors.push(`${userId} is not a member of ${tenantId}`);
      }
      if (errors.length > 0) throw new ValidationProblem([{ field: 'invitees', messages: errors }]);

      return this.asOrganiser(actor, scope, async (scoped, locked) => {
        if (locked.status !== 'published') {
          throw WorkshopProblems.registrationClosed(
            `Invitations go out for published workshops; this one is ${locked.status}.`,
          );
        }
        const now = this.clock.now();
        const invited: string[] = [];
        const unchanged: string[] = [];
        const notified = new Map<string, string[]>();
        for (const [tenantId, userIds] of byTenant) {
          for (const userId of userIds) {
            const existing = await this.registrations.forUser(scoped, locked.tenantId, id, userId, true);
            if (existing && ['registered', 'waitlisted', 'invited'].includes(existing.status)) {
              unchanged.push(existing.id);
              continue;
            }
            let registrationId: string;
            if (existing) {
              await this.registrations.reinvite(
                scoped,
                locked.tenantId,
                existing.id,
                actor.userId ?? userId,
                now,
              );
              registrationId = existing.id;
            } else {
              registrationId = uuidv7();
              await this.registrations.insert(scoped, locked.tenantId, id, {
                id: registrationId,
                userId,
                registrantTenantId: tenantId,
                status: 'invited',
                invitedBy: actor.userId ?? userId,
                now,
              });
            }
            await recordRegistration(
              scoped,
              this.audit,
              actor,
              id,
              { id: registrationId, userId, registrantTenantId: tenantId },
              'invited',
              existing ? { from: existing.status } : {},
            );
            invited.push(registrationId);
            notified.set(tenantId, [...(notified.get(tenantId) ?? []), userId]);
          }
        }
        if (notified.size > 0) {
          await this.outbox.emit(
            scoped,
            workshopInvitedJob,
            noticeOf(
              locked,
              [...notified].map(([tenantId, userIds]) => ({ tenantId, userIds })),
            ),
          );
        }
        return { invited, unchanged };
      });
    });
  }

  /** Registers, or puts on the waitlist when every seat is taken; a seat taken is confirmed by a notice. */
  private async take(
    actor: Actor,
    scoped: TenantTx,
    workshop: WorkshopRow,
    existing: RegistrationRecord | undefined,
    userId: string,
    registrantTenantId: string,
  ): Promise<RegistrationDto> {
    const now = this.clock.now();
    const status = (await this.seats.free(scoped, workshop)) ? 'registered' : 'waitlisted';
    let registrationId: string;
    if (existing) {
      await this.registrations.setStatus(scoped, workshop.tenantId, existing.id, status, now, true);
      registrationId = existing.id;
    } else {
      registrationId = uuidv7();
      await this.registrations.insert(scoped, workshop.tenantId, workshop.id, {
        id: registrationId,
        userId,
        registrantTenantId,
        status,
        invitedBy: null,
        now,
      });
    }
    await recordRegistration(
      scoped,
      this.audit,
      actor,
      workshop.id,
      { id: registrationId, userId, registrantTenantId },
      status,
      existing ? { from: existing.status } : {},
    );
    if (status === 'registered') {
      await this.outbox.emit(
        scoped,
        registrationConfirmedJob,
        noticeOf(workshop, [{ tenantId: registrantTenantId, userIds: [userId] }]),
      );
    }
    return this.load(scoped, workshop.tenantId, workshop.id, registrationId);
  }

  /** Runs `work` in the organiser's scope with the workshop row locked (the seat count's lock). */
  private asOrganiser<T>(
    actor: Actor,
    scope: WorkshopScope,
    work: (scoped: TenantTx, workshop: WorkshopRow) => Promise<T>,
  ): Promise<T> {
    return this.transactions.onBehalfOf(organiserScope(actor, scope), async (scoped) => {
      const workshop = await this.workshops.find(scoped, scope.organiserTenantId, scope.workshopId, true);
      if (!workshop) throw WorkshopProblems.notFound();
      return work(scoped, workshop);
    });
  }

  private checkRegistrationOpen(w: WorkshopRow, now: Date, honourOpening: boolean): void {
    if (w.status !== 'published') throw WorkshopProblems.registrationClosed(`The workshop is ${w.status}.`);
    if (honourOpening && w.registrationOpensAt && now < w.registrationOpensAt) {
      throw WorkshopProblems.registrationClosed(
        `Registration opens at ${w.registrationOpensAt.toISOString()}.`,
      );
    }
    const closes = w.registrationClosesAt ?? w.startsAt;
    if (now >= closes)
      throw WorkshopProblems.registrationClosed(`Registration closed at ${closes.toISOString()}.`);
  }

  private async load(
    scoped: TenantTx,
    tenantId: string,
    workshopId: string,
    id: string,
  ): Promise<RegistrationDto> {
    const row = await this.registrations.find(scoped, tenantId, workshopId, id);
    if (!row) throw WorkshopProblems.notFound('registration');
    return this.dto(workshopId, row);
  }

  private dto(workshopId: string, r: RegistrationRecord): RegistrationDto {
    return toRegistrationDto(workshopId, r);
  }
}
