import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export interface BookingRecord {
  readonly id: string;
  readonly resourceId: string;
  readonly allocationId: string | null;
  readonly bookerTenantId: string;
  readonly bookerName: string;
  readonly bookedBy: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly note: string | null;
  readonly status: 'confirmed' | 'cancelled';
  readonly sequence: number;
  readonly cancelledAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const COLUMNS = `b.id, b.resource_id, b.allocation_id, b.booker_tenant_id, t.name_fr AS booker_name, b.booked_by,
  lower(b.during) AS starts_at, upper(b.during) AS ends_at, b.note, b.status, b.sequence, b.cancelled_at,
  b.created_at, b.updated_at`;

interface Row {
  id: string;
  resource_id: string;
  allocation_id: string | null;
  booker_tenant_id: string;
  booker_name: string;
  booked_by: string | null;
  starts_at: Date;
  ends_at: Date;
  note: string | null;
  status: 'confirmed' | 'cancelled';
  sequence: number;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

function map(r: Row): BookingRecord {
  return {
    id: r.id,
    resourceId: r.resource_id,
    allocationId: r.allocation_id,
    bookerTenantId: r.booker_tenant_id,
    bookerName: r.booker_name,
    bookedBy: r.booked_by,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    note: r.note,
    status: r.status,
    sequence: r.sequence,
    cancelledAt: r.cancelled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The exclusion constraint that keeps live bookings of one resource apart. */
export const BOOKING_OVERLAP_CONSTRAINT = 'ex_resource_booking_overlap';

@Injectable()
export class BookingRepository {
  /** Inserts a confirmed booking; a clash with another live one fails with SQLSTATE 23P01. */
  async insert(
    tx: TenantTx,
    b: {
      tenantId: string;
      id: string;
      resourceId: string;
      allocationId: string | null;
      bookerTenantId: string;
      bookedBy: string | null;
      startsAt: Date;
      endsAt: Date;
      note: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO resource_booking (tenant_id, id, resource_id, allocation_id, booker_tenant_id, booked_by, during, note)
       VALUES ($1, $2, $3, $4, $5, $6, tstzrange($7, $8, '[)'), $9)`,
      [
        b.tenantId,
        b.id,
        b.resourceId,
        b.allocationId,
        b.bookerTenantId,
        b.bookedBy,
        b.startsAt,
        b.endsAt,
        b.note,
      ],
    );
  }

  async get(
    tx: TenantTx,
    tenantId: string,
    resourceId: string,
    id: string,
  ): Promise<BookingRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM resource_booking b JOIN tenant t ON t.id = b.booker_tenant_id
        WHERE b.tenant_id = $1 AND b.resource_id = $2 AND b.id = $3`,
      [tenantId, resourceId, id],
    );
    return rows[0] && map(rows[0]);
  }

  async lock(
    tx: TenantTx,
    tenantId: string,
    resourceId: string,
    id: string,
  ): Promise<BookingRecord | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM resource_booking b JOIN tenant t ON t.id = b.booker_tenant_id
        WHERE b.tenant_id = $1 AND b.resource_id = $2 AND b.id = $3 FOR UPDATE OF b`,
      [tenantId, resourceId, id],
    );
    return rows[0] && map(rows[0]);
  }

  async cancel(tx: TenantTx, tenantId: string, id: string, by: string | null, now: Date): Promise<void> {
    await tx.query(
      `UPDATE resource_booking SET status = 'cancelled', cancelled_at = $3, cancelled_by = $4,
              sequence = sequence + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, now, by],
    );
  }

  /** Cancels the allocation's bookings that have not ended yet; answers them for their notices. */
  async cancelForAllocation(
    tx: TenantTx,
    tenantId: string,
    allocationId: string,
    by: string | null,
    now: Date,
  ): Promise<
    { id: string; startsAt: Date; endsAt: Date; bookerTenantId: string; bookedBy: string | null }[]
  > {
    const rows = await tx.query<{
      id: string;
      starts_at: Date;
      ends_at: Date;
      booker_tenant_id: string;
      booked_by: string | null;
    }>(
      `UPDATE resource_booking SET status = 'cancelled', cancelled_at = $3, cancelled_by = $4,
              sequence = sequence + 1, updated_at = now()
        WHERE tenant_id = $1 AND allocation_id = $2 AND status = 'confirmed' AND upper(during) > $3
        RETURNING id, lower(during) AS starts_at, upper(during) AS ends_at, booker_tenant_id, booked_by`,
      [tenantId, allocationId, now, by],
    );
    return rows.map((r) => ({
      id: r.id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      bookerTenantId: r.booker_tenant_id,
      bookedBy: r.booked_by,
    }));
  }

  /** Bookings of a resource that overlap [from, to), by (start, id), after the booking `after` when given. */
  async list(
    tx: TenantTx,
    tenantId: string,
    resourceId: string,
    from: Date,
    to: Date,
    includeCancelled: boolean,
    limit: number,
    after: string | null = null,
  ): Promise<BookingRecord[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM resource_booking b JOIN tenant t ON t.id = b.booker_tenant_id
        WHERE b.tenant_id = $1 AND b.resource_id = $2 AND b.during && tstzrange($3, $4, '[)')
          AND ($5 OR b.status <> 'cancelled')
          AND ($7::uuid IS NULL OR (lower(b.during), b.id) > (
                SELECT lower(c.during), c.id FROM resource_booking c
                 WHERE c.tenant_id = $1 AND c.resource_id = $2 AND c.id = $7::uuid))
        ORDER BY lower(b.during), b.id LIMIT $6`,
      [tenantId, resourceId, from, to, includeCancelled, limit, after],
    );
    return rows.map(map);
  }
}
