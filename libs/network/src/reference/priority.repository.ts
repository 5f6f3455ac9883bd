import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { NewReferenceEntry, Priority } from '../reference.types.js';
import { ReferenceTable, referenceFields, type ReferenceRow } from './reference-table.js';

interface PriorityRow extends ReferenceRow {
  parent_code: string | null;
}

const SELECT_PRIORITY = `
  SELECT code, parent_code, label_fr, label_ar, label_en, position, active, created_at, updated_at
    FROM national_priority`;

/** The national priorities (`ReferenceTable`), in pillars and sub-priorities; projects reference them. */
@Injectable()
export class PriorityRepository extends ReferenceTable<PriorityRow, Priority> {
  constructor() {
    super('national_priority', SELECT_PRIORITY, toPriority);
  }

  /** Every priority, pillars and sub-priorities, ordered for display. */
  async list(tx: TenantTx): Promise<Priority[]> {
    const rows = await tx.query<PriorityRow>(`${SELECT_PRIORITY} ORDER BY position, code`);
    return rows.map(toPriority);
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
}

function toPriority(row: PriorityRow): Priority {
  const { code, ...fields } = referenceFields(row);
  return { code, parentCode: row.parent_code, ...fields };
}
