import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { Region } from '../tenant.types.js';

interface RegionRow {
  code: string;
  name_fr: string;
  name_ar: string;
  name_en: string;
}

/** The 12 regions: reference data, readable by every session, written only by migrations. */
@Injectable()
export class RegionRepository {
  async list(tx: TenantTx): Promise<Region[]> {
    const rows = await tx.query<RegionRow>(
      `SELECT code, name_fr, name_ar, name_en FROM region ORDER BY code`,
    );
    return rows.map((r) => ({ code: r.code, names: { fr: r.name_fr, ar: r.name_ar, en: r.name_en } }));
  }

  async exists(tx: TenantTx, code: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 AS found FROM region WHERE code = $1`, [code]);
    return rows.length === 1;
  }
}
