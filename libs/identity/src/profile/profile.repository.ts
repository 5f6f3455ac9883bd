import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export interface ProfileRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly locale: 'fr' | 'ar' | 'en';
  readonly passwordHash: string | null;
}

@Injectable()
export class ProfileRepository {
  async find(tx: TenantTx, userId: string): Promise<ProfileRow | undefined> {
    const rows = await tx.query<{
      id: string;
      email: string;
      display_name: string;
      locale: ProfileRow['locale'];
      password_hash: string | null;
    }>(`SELECT id, email, display_name, locale, password_hash FROM app_user WHERE id = $1`, [userId]);
    const r = rows[0];
    return (
      r && {
        id: r.id,
        email: r.email,
        displayName: r.display_name,
        locale: r.locale,
        passwordHash: r.password_hash,
      }
    );
  }

  async update(
    tx: TenantTx,
    userId: string,
    changes: { displayName?: string; locale?: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE app_user SET display_name = COALESCE($2, display_name), locale = COALESCE($3, locale), updated_at = now()
        WHERE id = $1`,
      [userId, changes.displayName ?? null, changes.locale ?? null],
    );
  }
}
