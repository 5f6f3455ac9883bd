import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { Domain, NewReferenceEntry } from '../reference.types.js';
import { ReferenceTable, referenceFields, type ReferenceRow } from './reference-table.js';

const SELECT_DOMAIN = `
  SELECT code, label_fr, label_ar, label_en, position, active, created_at, updated_at
    FROM thematic_domain`;

/** The thematic domains (`ReferenceTable`); projects and directory entries reference them. */
@Injectable()
export class DomainRepository extends ReferenceTable<ReferenceRow, Domain> {
  constructor() {
    super('thematic_domain', SELECT_DOMAIN, referenceFields);
  }

  async list(tx: TenantTx, includeInactive: boolean): Promise<Domain[]> {
    const rows = await tx.query<ReferenceRow>(
      `${SELECT_DOMAIN}${includeInactive ? '' : ' WHERE active'} ORDER BY position, code`,
    );
    return rows.map(referenceFields);
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
}
