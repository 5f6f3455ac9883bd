import type { TenantTx } from '@jazari/database';
import type { LocalizedLabels, ReferenceState } from '../reference.types.js';

/** The columns every reference table has (`thematic_domain`, `national_priority`). */
export interface ReferenceRow {
  code: string;
  label_fr: string;
  label_ar: string;
  label_en: string;
  position: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

/** A reference entry's own fields, read from its row. */
export function referenceFields(row: ReferenceRow): {
  code: string;
  labels: LocalizedLabels;
  position: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
} {
  return {
    code: row.code,
    labels: { fr: row.label_fr, ar: row.label_ar, en: row.label_en },
    position: row.position,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What the domain and priority repositories share: one global reference table, which every tenant reads
 * and Root writes (RLS), never deleted since other rows reference it; the runtime role may update labels,
 * position and `active` only. Listing and inserting differ (priorities have pillars) and stay in each.
 */
export abstract class ReferenceTable<R extends ReferenceRow, E> {
  protected constructor(
    private readonly table: 'thematic_domain' | 'national_priority',
    /** `SELECT … FROM <table>`, without a condition. */
    protected readonly select: string,
    protected readonly entryOf: (row: R) => E,
  ) {}

  async findByCode(tx: TenantTx, code: string, options: { lock?: boolean } = {}): Promise<E | undefined> {
    const rows = await tx.query<R>(`${this.select} WHERE code = $1${options.lock ? ' FOR UPDATE' : ''}`, [
      code,
    ]);
    return rows[0] ? this.entryOf(rows[0]) : undefined;
  }

  async update(tx: TenantTx, code: string, state: ReferenceState): Promise<void> {
    await tx.query(
      `UPDATE ${this.table}
          SET label_fr = $2, label_ar = $3, label_en = $4, position = $5, active = $6, updated_at = now()
        WHERE code = $1`,
      [code, state.labels.fr, state.labels.ar, state.labels.en, state.position, state.active],
    );
  }
}
