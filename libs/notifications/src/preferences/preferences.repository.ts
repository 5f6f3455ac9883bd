import { Injectable } from '@nestjs/common';
import { together, TransactionRunner, type TenantTx } from '@jazari/database';
import { currentJobBatch, type JobBatch } from '@jazari/queue';
import type { NotificationCategory } from '../notification.types.js';
import { DEFAULT_PREFERENCE, type EmailMode, type Preference } from './preferences.js';

interface PreferenceRow {
  user_id: string;
  category: NotificationCategory;
  in_app: boolean;
  email: EmailMode;
}

/** Preferences by user, then category; a missing category means the defaults. */
export type PreferenceMap = ReadonlyMap<string, ReadonlyMap<string, Preference>>;

export function preferenceOf(map: PreferenceMap, userId: string, category: string): Preference {
  return map.get(userId)?.get(category) ?? DEFAULT_PREFERENCE;
}

@Injectable()
export class PreferencesRepository {
  constructor(private readonly transactions: TransactionRunner) {}

  /** The current person's rows (their own scope: `own_preferences`). */
  async own(tx: TenantTx, userId: string): Promise<Map<string, Preference>> {
    const rows = await tx.query<PreferenceRow>(
      `SELECT user_id, category, in_app, email FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.category, { inApp: r.in_app, email: r.email }]));
  }

  async save(
    tx: TenantTx,
    userId: string,
    category: NotificationCategory,
    preference: Preference,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO notification_preference (user_id, category, in_app, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, category) DO UPDATE
         SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`,
      [userId, category, preference.inApp, preference.email],
    );
  }

  /**
   * The recipients' preferences, each read in the tenant where the person is addressed (the
   * `members_preferences_read` policy admits a tenant's scope for its members' rows). In a batch of
   * events, each person's rows are read once for the batch: one statement per tenant for the people not
   * read yet.
   */
  async forRecipients(
    recipients: readonly { userId: string | null; tenantId: string }[],
  ): Promise<PreferenceMap> {
    const byTenant = new Map<string, Set<string>>();
    for (const r of recipients) {
      if (!r.userId) continue;
      byTenant.set(r.tenantId, (byTenant.get(r.tenantId) ?? new Set()).add(r.userId));
    }
    const map = new Map<string, Map<string, Preference>>();
    const batch = currentJobBatch();
    // Each tenant in its scope, all sent at once (`together`): one round trip, not one per tenant.
    const read = await together(
      [...byTenant].map(([tenantId, users]) =>
        batch ? this.readOnce(batch, tenantId, [...users]) : this.read(tenantId, [...users]),
      ),
    );
    for (const rows of read) {
      for (const r of rows) {
        const own = map.get(r.user_id) ?? new Map<string, Preference>();
        own.set(r.category, { inApp: r.in_app, email: r.email });
        map.set(r.user_id, own);
      }
    }
    return map;
  }

  private read(tenantId: string, userIds: readonly string[]): Promise<PreferenceRow[]> {
    return this.transactions.onBehalfOf({ tenantId, tenantKind: null, userId: null }, (tx) =>
      tx.query<PreferenceRow>(
        `SELECT user_id, category, in_app, email FROM notification_preference WHERE user_id = ANY($1::uuid[])`,
        [userIds],
      ),
    );
  }

  /** Rows of `userIds` addressed in `tenantId`, from the batch's cache; the missing ones in one read. */
  private async readOnce(
    batch: JobBatch,
    tenantId: string,
    userIds: readonly string[],
  ): Promise<PreferenceRow[]> {
    const cache = batch.state(
      `notifications.preferences ${tenantId}`,
      () => new Map<string, PreferenceRow[]>(),
    );
    const missing = userIds.filter((id) => !cache.has(id));
    if (missing.length > 0) {
      for (const id of missing) cache.set(id, []);
      for (const row of await this.read(tenantId, missing)) cache.get(row.user_id)?.push(row);
    }
    return userIds.flatMap((id) => cache.get(id) ?? []);
  }
}
