import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@jazari/database';
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
  async own(userId: string): Promise<Map<string, Preference>> {
    const rows = await this.transactions
      .tx()
      .query<PreferenceRow>(
        `SELECT user_id, category, in_app, email FROM notification_preference WHERE user_id = $1`,
        [userId],
      );
    return new Map(rows.map((r) => [r.category, { inApp: r.in_app, email: r.email }]));
  }

  async save(userId: string, category: NotificationCategory, preference: Preference): Promise<void> {
    await this.transactions.tx().query(
      `INSERT INTO notification_preference (user_id, category, in_app, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, category) DO UPDATE
         SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = now()`,
      [userId, category, preference.inApp, preference.email],
    );
  }

  /**
   * The recipients' preferences, each read in the tenant where the person is addressed (the
   * `members_preferences_read` policy admits a tenant's scope for its members' rows).
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
    for (const [tenantId, users] of byTenant) {
      const rows = await this.transactions.onBehalfOf({ tenantId, tenantKind: null, userId: null }, (tx) =>
        tx.query<PreferenceRow>(
          `SELECT user_id, category, in_app, email FROM notification_preference WHERE user_id = ANY($1::uuid[])`,
          [[...users]],
        ),
      );
      for (const r of rows) {
        const own = map.get(r.user_id) ?? new Map<string, Preference>();
        own.set(r.category, { inApp: r.in_app, email: r.email });
        map.set(r.user_id, own);
      }
    }
    return map;
  }
}
