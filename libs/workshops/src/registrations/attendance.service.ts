import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { Clock } from '@jazari/config';
import { TransactionRunner, type TenantTx } from '@jazari/database';
import type { AttendanceDto, RegistrationDto } from './registration.dto.js';
import { WorkshopRepository } from '../events/workshop.repository.js';
import { organiserScope, WorkshopAccess, type WorkshopScope } from '../workshop-access.js';
import { WorkshopProblems } from '../workshop.problems.js';
import {
  CHECK_IN_CLOSES_AFTER_MS,
  CHECK_IN_OPENS_BEFORE_MS,
  MAX_CHECK_IN_FAILURES,
  type WorkshopRow,
} from '../workshop.types.js';
import { renderAttendanceCertificate } from './attendance-certificate.js';
import { recordRegistration } from './registration-audit.js';
import { RegistrationRepository, type RegistrationRecord } from './registration.repository.js';
import { toRegistrationDto } from './registration-view.js';

/**
 * Attendance: self check-in with the venue's code, organisers' check-in, the attendance list, and the
 * certificate of those who checked in. Rows are the organiser's, written in its scope once the caller
 * has been checked.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly access: WorkshopAccess,
    private readonly workshops: WorkshopRepository,
    private readonly registrations: RegistrationRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Self check-in with the code shown at the venue. */
  checkIn(actor: Actor, id: string, code: string): Promise<RegistrationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      const organiser = organiserScope(actor, scope);
      const { workshop, mine } = await this.transactions.onBehalfOf(organiser, async (scoped) => ({
        workshop: await this.workshops.find(scoped, scope.organiserTenantId, id),
        mine: await this.registrations.forUser(scoped, scope.organiserTenantId, id, actor.userId!),
      }));
      if (!workshop) throw WorkshopProblems.notFound();
      if (!mine || mine.status !== 'registered') throw WorkshopProblems.notRegistered(mine?.status ?? null);
      if (mine.checkedInAt) return this.dto(id, mine);
      this.checkInOpen(workshop);
      if (mine.checkInFailures >= MAX_CHECK_IN_FAILURES) throw WorkshopProblems.tooManyCodes();
      if (!sameCode(code, workshop.checkInCode)) {
        // The count must outlive this request's rollback: its own transaction, on a row this one never locked.
        const failures = await this.transactions.runIndependently(organiser, (own) =>
          this.registrations.countFailure(own, scope.organiserTenantId, mine.id),
        );
        throw WorkshopProblems.wrongCode(Math.max(0, MAX_CHECK_IN_FAILURES - failures));
      }
      return this.transactions.onBehalfOf(organiser, async (scoped) => {
        const checkedIn = await this.registrations.checkIn(
          scoped,
          scope.organiserTenantId,
          mine.id,
          actor.userId,
          this.clock.now(),
        );
        if (checkedIn)
          await recordRegistration(scoped, this.audit, actor, id, mine, 'checked_in', { by: 'code' });
        return this.load(scoped, scope.organiserTenantId, id, mine.id);
      });
    });
  }

  /** An organiser checks someone in (whatever the time: late arrivals, corrections). */
  checkInFor(actor: Actor, id: string, registrationId: string): Promise<RegistrationDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      return this.asOrganiser(actor, scope, async (scoped, workshop) => {
        if (workshop.status !== 'published' && workshop.status !== 'held')
          throw WorkshopProblems.checkInClosed();
        const registration = await this.registrations.find(
          scoped,
          workshop.tenantId,
          id,
          registrationId,
          true,
        );
        if (!registration) throw WorkshopProblems.notFound('registration');
        if (registration.status !== 'registered') throw WorkshopProblems.notRegistered(registration.status);
        const checkedIn = await this.registrations.checkIn(
          scoped,
          workshop.tenantId,
          registrationId,
          actor.userId,
          this.clock.now(),
        );
        if (checkedIn) {
          await recordRegistration(scoped, this.audit, actor, id, registration, 'checked_in', {
            by: 'organiser',
          });
        }
        return this.load(scoped, workshop.tenantId, id, registrationId);
      });
    });
  }

  /** The attendance list: organisers only (others who see the workshop get 403). */
  attendance(actor: Actor, id: string): Promise<AttendanceDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.manage(tx, actor, id);
      const organiser = organiserScope(actor, scope);
      const rows = await this.transactions.onBehalfOf(organiser, (scoped) =>
        this.registrations.list(scoped, scope.organiserTenantId, id),
      );
      const names = new Map<string, string>();
      for (const tenantId of new Set(rows.map((r) => r.registrantTenantId))) {
        const members = await this.transactions.onBehalfOf(
          { tenantId, tenantKind: null, userId: null },
          (scoped) =>
            this.workshops.members(
              scoped,
              tenantId,
              rows.filter((r) => r.registrantTenantId === tenantId).map((r) => r.userId),
            ),
        );
        for (const [userId, name] of members) names.set(userId, name);
      }
      const count = (f: (r: RegistrationRecord) => boolean) => rows.filter(f).length;
      return {
        data: rows.map((r) => ({
          registrationId: r.id,
          userId: r.userId,
          name: names.get(r.userId) ?? null,
          tenantId: r.registrantTenantId,
          status: r.status,
          queuedAt: r.queuedAt.toISOString(),
          invitedAt: r.invitedAt?.toISOString() ?? null,
          checkedInAt: r.checkedInAt?.toISOString() ?? null,
        })),
        counts: {
          registered: count((r) => r.status === 'registered'),
          waitlisted: count((r) => r.status === 'waitlisted'),
          checkedIn: count((r) => r.checkedInAt !== null),
          invited: count((r) => r.status === 'invited'),
        },
      };
    });
  }

  /** The caller's attendance certificate: only for a person who checked in (403 otherwise). */
  certificate(actor: Actor, id: string): Promise<Buffer> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      const organiser = organiserScope(actor, scope);
      const { workshop, mine } = await this.transactions.onBehalfOf(organiser, async (scoped) => ({
        workshop: await this.workshops.find(scoped, scope.organiserTenantId, id),
        mine: actor.userId
          ? await this.registrations.forUser(scoped, scope.organiserTenantId, id, actor.userId)
          : undefined,
      }));
      if (!workshop) throw WorkshopProblems.notFound();
      if (!mine?.checkedInAt) throw WorkshopProblems.notAttended();
      const names = await this.workshops.visibleUsers(tx, [actor.userId!]);
      return renderAttendanceCertificate({
        workshop,
        attendeeName: names.get(actor.userId!) ?? actor.userId!,
        checkedInAt: mine.checkedInAt,
        registrationId: mine.id,
        generatedAt: this.clock.now(),
      });
    });
  }

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

  private checkInOpen(w: WorkshopRow): void {
    const now = this.clock.now().getTime();
    if (
      (w.status !== 'published' && w.status !== 'held') ||
      now < w.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS ||
      now > w.endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS
    ) {
      throw WorkshopProblems.checkInClosed();
    }
  }

  private async load(
    scoped: TenantTx,
    tenantId: string,
    workshopId: string,
    id: string,
  ): Promise<RegistrationDto> {
    const row = await this.registrations.find(scoped, tenantId, workshopId, id);
    if (!row) throw WorkshopProblems.notFound('registration');
    return toRegistrationDto(workshopId, row);
  }

  private dto(workshopId: string, r: RegistrationRecord): RegistrationDto {
    return toRegistrationDto(workshopId, r);
  }
}

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given.toUpperCase());
  const b = Buffer.from(expected.toUpperCase());
  return a.length === b.length && timingSafeEqual(a, b);
}
