import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { NewReferenceEntry, Priority, ReferenceState } from '../reference.types.js';

interface PriorityRow {
  code: string;
  parent_code: string | null;
  label_fr: string;
  label_ar: string;
  label_en: string;
  position: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const SELECT_PRIORITY = `
  SELECT code, parent_code, label_fr, label_ar, label_en, position, active, created_at, updated_at
    FROM national_priority`;

/**
 * The national priorities: a global reference table every tenant reads and Root writes (RLS), never
 * deleted since projects reference them. The runtime role may update labels, position and `active` only.
 */
@Injectable()
export class PriorityRepository {
  /** Every priority, pillars and sub-priorities, ordered for display. */
  async list(tx: TenantTx): Promise<Priority[]> {
    const rows = await tx.query<PriorityRow>(`${SELECT_PRIORITY} ORDER BY position, code`);
    return rows.map(toPriority);
  }

  async findByCode(
    tx: TenantTx,
    code: string,
    options: { lock?: boolean } = {},
  ): Promise<Priority | undefined> {
    const rows = await tx.query<PriorityRow>(
      `${SELECT_PRIORITY} WHERE code = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [code],
    );
    return rows[0] ? toPriority(rows[0]) : undefined;
  }

  /** False when the code is taken (nothing is written then). No position: after its last sibling. */
  async insert(tx: TenantTx, parentCode: string | null, entry: NewReferenceEntry): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO national_priority (code, parent_code, label_fr, label_ar, label_en, position)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6::integer, (
         SELECT COALESCE(max(position), 0) + 1 FROM national_priority WHERE parent_code IS NOT DISTINCT FROM $2::text)))
       ON CONFLICT (code) DO NOTHING
       RETURNING code`,
      [entry.code, parentCode, entry.labels.fr, entry.labels.ar, entry.labels.en, entry.position],
    );
    return rows.length === 1;
  }

  async update(tx: TenantTx, code: string, state: ReferenceState): Promise<void> {
    await tx.query(
      `UPDATE national_priority
          SET label_fr = $2, label_ar = $3, label_en = $4, position = $5, active = $6, updated_at = now()
        WHERE code = $1`,
      [code, state.labels.fr, state.labels.ar, state.labels.en, state.position, state.active],
    );
  }
}

function toPriority(row: PriorityRow): Priority {
  return {
    code: row.code,
    parentCode: row.parent_code,
    labels: { fr: row.label_fr, ar: row.label_ar, en: row.label_en },
    position: row.position,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
