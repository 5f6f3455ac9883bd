import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { Domain, NewReferenceEntry, ReferenceState } from '../reference.types.js';

interface DomainRow {
  code: string;
  label_fr: string;
  label_ar: string;
  label_en: string;
  position: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const SELECT_DOMAIN = `
  SELECT code, label_fr, label_ar, label_en, position, active, created_at, updated_at
    FROM thematic_domain`;

/**
 * The thematic domains: a global reference table every tenant reads and Root writes (RLS), never
 * deleted since projects and directory entries reference them.
 */
@Injectable()
export class DomainRepository {
  async list(tx: TenantTx, includeInactive: boolean): Promise<Domain[]> {
    const rows = await tx.query<DomainRow>(
      `${SELECT_DOMAIN}${includeInactive ? '' : ' WHERE active'} ORDER BY position, code`,
    );
    return rows.map(toDomain);
  }

  async findByCode(
    tx: TenantTx,
    code: string,
    options: { lock?: boolean } = {},
  ): Promise<Domain | undefined> {
    const rows = await tx.query<DomainRow>(
      `${SELECT_DOMAIN} WHERE code = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [code],
    );
    return rows[0] ? toDomain(rows[0]) : undefined;
  }

  /** Of `codes`, those that are not active domains (unknown or deactivated). */
  async missingActive(tx: TenantTx, codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await tx.query<{ code: string }>(
      `SELECT c.code FROM unnest($1::text[]) AS c(code)
        WHERE NOT EXISTS (SELECT 1 FROM thematic_domain d WHERE d.code = c.code AND d.active)
        ORDER BY c.code`,
      [codes],
    );
    return rows.map((r) => r.code);
  }

  /** False when the code is taken (nothing is written then). No position: after the last domain. */
  async insert(tx: TenantTx, entry: NewReferenceEntry): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO thematic_domain (code, label_fr, label_ar, label_en, position)
       VALUES ($1, $2, $3, $4, COALESCE($5::integer, (SELECT COALESCE(max(position), 0) + 1 FROM thematic_domain)))
       ON CONFLICT (code) DO NOTHING
       RETURNING code`,
      [entry.code, entry.labels.fr, entry.labels.ar, entry.labels.en, entry.position],
    );
    return rows.length === 1;
  }

  async update(tx: TenantTx, code: string, state: ReferenceState): Promise<void> {
    await tx.query(
      `UPDATE thematic_domain
          SET label_fr = $2, label_ar = $3, label_en = $4, position = $5, active = $6, updated_at = now()
        WHERE code = $1`,
      [code, state.labels.fr, state.labels.ar, state.labels.en, state.position, state.active],
    );
  }
}

function toDomain(row: DomainRow): Domain {
  return {
    code: row.code,
    labels: { fr: row.label_fr, ar: row.label_ar, en: row.label_en },
    position: row.position,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
