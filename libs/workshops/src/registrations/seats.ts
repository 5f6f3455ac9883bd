import { Injectable } from '@nestjs/common';
import { AuditLog, type AuditActor } from '@jazari/audit';
import { Clock } from '@jazari/config';
import type { TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import type { WorkshopNotice } from '../workshop.jobs.js';
import { localTime, type WorkshopRow } from '../workshop.types.js';
import { recordRegistration } from './registration-audit.js';
import { RegistrationRepository } from './registration.repository.js';
import { waitlistPromotedJob } from '../workshop.jobs.js';

/** A notice of `workshop` for some people (grouped by the tenant they are addressed in). */
export function noticeOf(
  workshop: Pick<WorkshopRow, 'id' | 'title' | 'startsAt' | 'timeZone'>,
  people: readonly { tenantId: string; userIds: readonly string[] }[],
): WorkshopNotice {
  return {
    workshopId: workshop.id,
    title: workshop.title,
    when: localTime(workshop.startsAt, workshop.timeZone),
    people: people.filter((p) => p.userIds.length > 0),
  };
}

/**
 * The seats of a workshop. Called in the organiser's scope with the workshop row locked
 * (`SELECT … FOR UPDATE`), so counting and taking a seat are one step for concurrent callers.
 */
@Injectable()
export class Seats {
  constructor(
    private readonly clock: Clock,
    private readonly registrations: RegistrationRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  /** Whether a seat is free now. */
  async free(tx: TenantTx, workshop: WorkshopRow): Promise<boolean> {
    if (workshop.capacity === null) return true;
    const { registered } = await this.registrations.counts(tx, workshop.tenantId, workshop.id);
    return registered < workshop.capacity;
  }

  /**
   * Gives the free seats to the waitlist, first come first; each promoted person is told. `actor` is who
   * freed or added the seats (a cancellation, a larger capacity): the audit entry names them.
   */
  async promote(tx: TenantTx, workshop: WorkshopRow, actor: AuditActor | null): Promise<number> {
    let promoted = 0;
    while (await this.free(tx, workshop)) {
      const next = await this.registrations.firstWaitlisted(tx, workshop.tenantId, workshop.id);
      if (!next) break;
      await this.registrations.setStatus(
        tx,
        workshop.tenantId,
        next.id,
        'registered',
        this.clock.now(),
        false,
      );
      await recordRegistration(tx, this.audit, actor, workshop.id, next, 'promoted', { from: 'waitlisted' });
      await this.outbox.emit(
        tx,
        waitlistPromotedJob,
        noticeOf(workshop, [{ tenantId: next.registrantTenantId, userIds: [next.userId] }]),
      );
      promoted++;
    }
    return promoted;
  }
}
