import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@jazari/config';
import { TransactionRunner, type DbContext, type TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { noticeOf } from '../registrations/seats.js';
import { REMINDER_BEFORE_MS } from '../workshop.types.js';
import { workshopReminderJob } from '../workshop.jobs.js';

/** Reads across tenants with Root's SELECT-only policies; with no tenant id set it can write nothing. */
const ROOT_READER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });
const BATCH = 500;

export interface ReminderSweepOptions {
  /** Only these organisers' workshops (an operator re-running one tenant, or a test); all by default. */
  readonly tenantIds?: readonly string[];
}

/**
 * The 24-hour reminders: once per registration (`reminded_at`), for published workshops starting within
 * the next 24 hours. Candidates are read across tenants; each workshop's reminders are written in its
 * organiser's own transaction, with the workshop row locked and `reminded_at IS NULL` re-checked, so
 * concurrent sweeps (replicas, retries) remind each person once.
 */
@Injectable()
export class WorkshopReminderService {
  private readonly logger = new Logger(WorkshopReminderService.name);

  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  async sweep(options: ReminderSweepOptions = {}): Promise<{ reminded: number; failed: number }> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + REMINDER_BEFORE_MS);
    const tenantIds = options.tenantIds ? [...options.tenantIds] : null;
    const candidates = await this.transactions.run(ROOT_READER, (tx) =>
      tx.query<{ tenant_id: string; id: string }>(
        `SELECT DISTINCT w.tenant_id, w.id, w.starts_at FROM workshop w
           JOIN workshop_registration r ON r.tenant_id = w.tenant_id AND r.workshop_id = w.id
          WHERE w.status = 'published' AND w.starts_at > $1 AND w.starts_at <= $2
            AND r.status = 'registered' AND r.reminded_at IS NULL
            AND ($3::uuid[] IS NULL OR w.tenant_id = ANY($3::uuid[]))
          ORDER BY w.starts_at, w.id LIMIT $4`,
        [now, until, tenantIds, BATCH],
      ),
    );
    let reminded = 0;
    let failed = 0;
    for (const c of candidates) {
      try {
        reminded += await this.transactions.run(
          { tenantId: c.tenant_id, tenantKind: null, userId: null },
          (tx) => this.remind(tx, c.tenant_id, c.id, now, until),
        );
      } catch (error) {
        failed++;
        this.logger.error(`Reminders of workshop ${c.id} failed: ${(error as Error).message}`);
      }
    }
    return { reminded, failed };
  }

  private async remind(tx: TenantTx, tenantId: string, id: string, now: Date, until: Date): Promise<number> {
    const rows = await tx.query<{ title: string; starts_at: Date; time_zone: string; status: string }>(
      `SELECT title, starts_at, time_zone, status FROM workshop WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    const w = rows[0];
    if (!w || w.status !== 'published' || w.starts_at <= now || w.starts_at > until) return 0;
    const people = await tx.query<{ registrant_tenant_id: string; user_id: string }>(
      `UPDATE workshop_registration SET reminded_at = $3
        WHERE tenant_id = $1 AND workshop_id = $2 AND status = 'registered' AND reminded_at IS NULL
        RETURNING registrant_tenant_id, user_id`,
      [tenantId, id, now],
    );
    if (people.length === 0) return 0;
    const byTenant = new Map<string, string[]>();
    for (const p of people) {
      byTenant.set(p.registrant_tenant_id, [...(byTenant.get(p.registrant_tenant_id) ?? []), p.user_id]);
    }
    await this.outbox.emit(
      tx,
      workshopReminderJob,
      noticeOf(
        { id, title: w.title, startsAt: w.starts_at, timeZone: w.time_zone },
        [...byTenant].map(([t, userIds]) => ({ tenantId: t, userIds: userIds.sort() })),
      ),
    );
    return people.length;
  }
}
