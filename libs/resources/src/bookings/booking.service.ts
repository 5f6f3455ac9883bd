import { Inject, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, type AppConfig, Clock, NETWORK_TIME_ZONE, networkToday } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { clampPageSize, renderCalendar, ValidationProblem } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { ownerContext, ResourceAccess } from '../resource-access.js';
import { requirePerson, ResourceProblems } from '../resource.problems.js';
import { MAX_BOOKING_DAYS, MAX_PAGE_SIZE } from '../resource.types.js';
import { BOOKING_OVERLAP_CONSTRAINT, BookingRepository, type BookingRecord } from './booking.repository.js';
import { bookingCancelledJob, bookingConfirmedJob } from '../resource.jobs.js';

export interface BookingInput {
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly allocationId: string | null;
  readonly note: string | null;
}

const DAY = 86_400_000;
/** The feed and the default list show this window around now. */
const PAST_DAYS = 30;
const FUTURE_DAYS = 365;
const MAX_LISTED = 1000;

/**
 * Time-slot bookings of slot-based resources. That no two live bookings of one resource overlap is the
 * database's job (an exclusion constraint): two requests for one slot both try to insert, and exactly one
 * commits; the other's 23P01 becomes a 409 `slot-taken`. Nothing reads first to decide.
 */
@Injectable()
export class BookingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly access: ResourceAccess,
    private readonly bookings: BookingRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLog,
  ) {}

  book(actor: Actor, resourceId: string, input: BookingInput): Promise<BookingRecord> {
    const person = requirePerson(actor);
    const now = this.clock.now();
    const length = input.endsAt.getTime() - input.startsAt.getTime();
    if (length <= 0)
      throw new ValidationProblem([{ field: 'endsAt', messages: ['endsAt must be after startsAt'] }]);
    if (length > MAX_BOOKING_DAYS * DAY) {
      throw new ValidationProblem([
        { field: 'endsAt', messages: [`a booking lasts at most ${MAX_BOOKING_DAYS} days`] },
      ]);
    }
    if (input.endsAt.getTime() <= now.getTime()) {
      throw new ValidationProblem([{ field: 'endsAt', messages: ['the slot is over'] }]);
    }
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      if (!scope.bookable) throw ResourceProblems.notBookable();
      if (scope.status !== 'available') throw ResourceProblems.notAvailable(scope.status);
      if (input.allocationId) {
        const rows = await tx.query<{ starts_on: string; ends_on: string }>(
          `SELECT starts_on::text, ends_on::text FROM resource_allocation
            WHERE tenant_id = $1 AND id = $2 AND resource_id = $3 AND requester_tenant_id = $4
              AND status IN ('approved', 'active')`,
          [scope.ownerTenantId, input.allocationId, resourceId, actor.tenantId],
        );
        const allocation = rows[0];
        if (!allocation) {
          throw new ValidationProblem([
            {
              field: 'allocationId',
              messages: ['allocationId is not an approved allocation of yours on this resource'],
            },
          ]);
        }
        const first = networkToday(input.startsAt);
        const last = networkToday(new Date(input.endsAt.getTime() - 1));
        if (first < allocation.starts_on || last > allocation.ends_on) {
          throw ResourceProblems.outsideAllocation(allocation.starts_on, allocation.ends_on);
        }
      } else if (!scope.directBooking && !scope.isOwner) {
        throw ResourceProblems.allocationRequired();
      }
      const id = uuidv7();
      await this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        try {
          await this.bookings.insert(owner, {
            tenantId: scope.ownerTenantId,
            id,
            resourceId,
            allocationId: input.allocationId,
            bookerTenantId: actor.tenantId,
            bookedBy: person.userId,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            note: input.note,
          });
        } catch (error) {
          if (isExclusionViolation(error)) throw ResourceProblems.slotTaken();
          throw error;
        }
        // In the owner's chain; a booking by another tenant names it (`actorTenantId`).
        await this.audit.record(owner, actor, {
          action: 'resource_booking.created',
          targetType: 'resource_booking',
          targetId: id,
          data: {
            resourceId,
            allocationId: input.allocationId,
            startsAt: input.startsAt.toISOString(),
            endsAt: input.endsAt.toISOString(),
          },
        });
        await this.outbox.emit(owner, bookingConfirmedJob, {
          bookingId: id,
          resourceId,
          resourceName: scope.name,
          startsAt: input.startsAt.toISOString(),
          endsAt: input.endsAt.toISOString(),
          bookerTenantId: actor.tenantId,
          bookedBy: person.userId,
        });
      });
      return (await this.bookings.get(tx, scope.ownerTenantId, resourceId, id))!;
    });
  }

  /** By the person who booked, their tenant's managers, or the owner's managers. Frees the slot. */
  cancel(actor: Actor, resourceId: string, bookingId: string): Promise<BookingRecord> {
    const person = requirePerson(actor);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      const booking = await this.bookings.get(tx, scope.ownerTenantId, resourceId, bookingId);
      if (!booking) throw ResourceProblems.bookingNotFound();
      const isBooker =
        booking.bookerTenantId === actor.tenantId &&
        (booking.bookedBy === person.userId || actor.permissions.has('resources.manage'));
      if (!isBooker && !scope.canManage) {
        throw ResourceProblems.readOnly('Only who booked, their managers, or the owner cancel a booking.');
      }
      await this.transactions.onBehalfOf(ownerContext(actor, scope), async (owner) => {
        const locked = await this.bookings.lock(owner, scope.ownerTenantId, resourceId, bookingId);
        if (!locked) throw ResourceProblems.bookingNotFound();
        if (locked.status === 'cancelled') throw ResourceProblems.bookingCancelled();
        await this.bookings.cancel(owner, scope.ownerTenantId, bookingId, person.userId, this.clock.now());
        await this.audit.record(owner, actor, {
          action: 'resource_booking.cancelled',
          targetType: 'resource_booking',
          targetId: bookingId,
          data: {
            resourceId,
            bookerTenantId: locked.bookerTenantId,
            startsAt: locked.startsAt.toISOString(),
            endsAt: locked.endsAt.toISOString(),
          },
        });
        await this.outbox.emit(owner, bookingCancelledJob, {
          bookingId,
          resourceId,
          resourceName: scope.name,
          startsAt: locked.startsAt.toISOString(),
          endsAt: locked.endsAt.toISOString(),
          bookerTenantId: locked.bookerTenantId,
          bookedBy: locked.bookedBy,
        });
      });
      return (await this.bookings.get(tx, scope.ownerTenantId, resourceId, bookingId))!;
    });
  }

  list(
    actor: Actor,
    resourceId: string,
    window: { from?: Date; to?: Date; includeCancelled?: boolean },
    page: { cursor?: string; limit?: number } = {},
  ): Promise<{ data: BookingRecord[]; nextCursor: string | null }> {
    const limit = clampPageSize(page.limit, { fallback: MAX_PAGE_SIZE, max: MAX_PAGE_SIZE });
    const now = this.clock.now().getTime();
    const from = window.from ?? new Date(now - PAST_DAYS * DAY);
    const to = window.to ?? new Date(now + FUTURE_DAYS * DAY);
    if (to.getTime() <= from.getTime())
      throw new ValidationProblem([{ field: 'to', messages: ['to must be after from'] }]);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      const rows = await this.bookings.list(
        tx,
        scope.ownerTenantId,
        resourceId,
        from,
        to,
        window.includeCancelled ?? false,
        limit + 1,
        page.cursor ?? null,
      );
      const data = rows.slice(0, limit);
      return { data, nextCursor: rows.length > limit ? (data.at(-1)?.id ?? null) : null };
    });
  }

  /** The resource's bookings as an iCalendar feed; cancelled ones stay, marked CANCELLED, so clients drop them. */
  calendar(actor: Actor, resourceId: string): Promise<string> {
    const now = this.clock.now();
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, resourceId);
      const bookings = await this.bookings.list(
        tx,
        scope.ownerTenantId,
        resourceId,
        new Date(now.getTime() - PAST_DAYS * DAY),
        new Date(now.getTime() + FUTURE_DAYS * DAY),
        true,
        MAX_LISTED,
      );
      return renderCalendar(
        {
          name: scope.name,
          product: '-//Jazari//Resources//FR',
          timeZone: NETWORK_TIME_ZONE,
          events: bookings.map((b) => ({
            uid: `booking-${b.id}@jazari.ma`,
            start: b.startsAt,
            end: b.endsAt,
            summary: `${scope.name} — ${b.bookerName}`,
            ...(b.note ? { description: b.note } : {}),
            url: `${this.config.publicUrl}/resources/${resourceId}`,
            status: b.status === 'cancelled' ? ('CANCELLED' as const) : ('CONFIRMED' as const),
            sequence: b.sequence,
            stamp: b.updatedAt,
          })),
        },
        now,
      );
    });
  }
}

function isExclusionViolation(error: unknown): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  } | null;
  const driver = e?.driverError ?? e;
  return (
    driver?.code === '23P01' &&
    (driver.constraint === undefined || driver.constraint === BOOKING_OVERLAP_CONSTRAINT)
  );
}
