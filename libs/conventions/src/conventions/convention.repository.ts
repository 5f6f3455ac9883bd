import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ConventionScope } from '../convention-access.js';
import { DOCUMENT_SIGNING_COLUMNS } from '../documents/current-document.js';
import type {
  ConventionDetail,
  ConventionStatus,
  ConventionTerms,
  ConventionType,
  LineageEntry,
  PartyInput,
} from '../convention.types.js';

export type ConventionKey = Pick<ConventionScope, 'ownerTenantId' | 'conventionId'>;

export interface NewConventionRow extends ConventionTerms {
  readonly id: string;
  readonly reference: string;
  readonly refYear: number;
  readonly refSeq: number;
  readonly type: ConventionType;
  readonly parentId: string | null;
  readonly createdBy: string;
}

interface DetailRow {
  id: string;
  tenant_id: string;
  owner_kind: string;
  owner_slug: string;
  owner_name: string;
  reference: string;
  title: string;
  type: ConventionType;
  status: ConventionStatus;
  parent_id: string | null;
  effective_date: string | null;
  expiry_date: string | null;
  value_mad: string | null;
  signing_deadline: string | null;
  reminder_interval_days: number;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
  activated_at: Date | null;
  closed_at: Date | null;
  close_reason: string | null;
  parties: ConventionDetail['parties'];
  priority_codes: string[];
  projects: ConventionDetail['projects'];
  documents: (Omit<ConventionDetail['documents'][number], 'uploadedAt' | 'sentForSignatureAt'> & {
    uploadedAt: string;
    sentForSignatureAt: string | null;
  })[];
  signers: (Omit<ConventionDetail['signers'][number], 'actedAt'> & { actedAt: string | null })[];
  obligations: ConventionDetail['obligations'];
}

/** One statement: the convention, its parties with names, codes, projects, documents, signers, counts. */
const SELECT_DETAIL = `
  SELECT c.id, c.tenant_id, o.kind AS owner_kind, o.slug AS owner_slug, o.legal_name AS owner_name,
         c.reference, c.title, c.type, c.status, c.parent_id,
         c.effective_date::text AS effective_date, c.expiry_date::text AS expiry_date,
         c.value_mad::text AS value_mad, c.signing_deadline::text AS signing_deadline,
         c.reminder_interval_days, c.version, c.created_by, c.created_at, c.updated_at,
         c.sent_at, c.activated_at, c.closed_at, c.close_reason,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'kind', t.kind, 'slug', t.slug,
                                     'name', t.legal_name, 'roleLabel', p.role_label, 'position', p.position)
                                    ORDER BY p.position, t.id)
                     FROM convention_party p JOIN tenant t ON t.id = p.party_tenant_id
                    WHERE p.tenant_id = c.tenant_id AND p.convention_id = c.id), '[]') AS parties,
         ARRAY(SELECT x.priority_code FROM convention_priority x
                WHERE x.tenant_id = c.tenant_id AND x.convention_id = c.id ORDER BY 1) AS priority_codes,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('tenantId', x.project_tenant_id, 'id', x.project_id)
                                    ORDER BY x.project_tenant_id, x.project_id)
                     FROM convention_project x
                    WHERE x.tenant_id = c.tenant_id AND x.convention_id = c.id), '[]') AS projects,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'version', d.version, 'filename', d.filename,
                                     'contentType', d.content_type, 'sizeBytes', d.size_bytes,
                                     'sha256', encode(d.sha256, 'hex'), 'uploadedBy', d.uploaded_by,
                                     'uploadedByName', d.uploaded_by_name, 'uploadedAt', d.uploaded_at,
                                     'pageCount', d.page_count, 'pdfTitle', d.pdf_title,
                                     'pdfAuthor', d.pdf_author, 'pdfProducer', d.pdf_producer,
                                     'sentForSignatureAt', d.sent_at, 'sealed', d.sealed)
                                    ORDER BY d.version)
                     FROM (SELECT d.*, ${DOCUMENT_SIGNING_COLUMNS} FROM convention_document d
                            WHERE d.tenant_id = c.tenant_id AND d.convention_id = c.id) d), '[]') AS documents,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'partyTenantId', s.party_tenant_id,
                                     'userId', s.user_id, 'displayName', u.display_name, 'step', s.step,
                                     'status', s.status, 'actedAt', s.acted_at)
                                    ORDER BY s.step, s.party_tenant_id, s.id)
                     FROM convention_signer s LEFT JOIN app_user u ON u.id = s.user_id
                    WHERE s.tenant_id = c.tenant_id AND s.convention_id = c.id), '[]') AS signers,
         (SELECT jsonb_build_object('total', count(*), 'open', count(*) FILTER (WHERE ob.status = 'open'),
                                    'met', count(*) FILTER (WHERE ob.status = 'met'),
                                    'waived', count(*) FILTER (WHERE ob.status = 'waived'))
            FROM obligation ob WHERE ob.tenant_id = c.tenant_id AND ob.convention_id = c.id) AS obligations
    FROM convention c
    JOIN tenant o ON o.id = c.tenant_id`;

const LINEAGE_COLUMNS = `id, parent_id AS "parentId", reference, title, type, status`;

/** Conventions and their link tables. Every statement names the owner's `tenant_id`. */
@Injectable()
export class ConventionRepository {
  /** The owner's next reference sequence for `year`; concurrent callers queue on the counter row. */
  async nextSequence(tx: TenantTx, tenantId: string, year: number): Promise<number> {
    const rows = await tx.query<{ last_seq: number }>(
      `INSERT INTO convention_counter (tenant_id, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id, year) DO UPDATE SET last_seq = convention_counter.last_seq + 1
       RETURNING last_seq`,
      [tenantId, year],
    );
    return rows[0].last_seq;
  }

  async tenantSlug(tx: TenantTx, tenantId: string): Promise<{ kind: string; slug: string }> {
    const rows = await tx.query<{ kind: string; slug: string }>(
      `SELECT kind, slug FROM tenant WHERE id = $1`,
      [tenantId],
    );
    return rows[0];
  }

  async activeTenants(tx: TenantTx, tenantIds: readonly string[]): Promise<string[]> {
    if (tenantIds.length === 0) return [];
    const rows = await tx.query<{ id: string }>(
      `SELECT id::text AS id FROM tenant WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [tenantIds],
    );
    return rows.map((r) => r.id);
  }

  async activePriorityCodes(tx: TenantTx, codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await tx.query<{ code: string }>(
      `SELECT code FROM national_priority WHERE code = ANY($1::text[]) AND active`,
      [codes],
    );
    return rows.map((r) => r.code);
  }

  async insert(tx: TenantTx, tenantId: string, c: NewConventionRow): Promise<void> {
    await tx.query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, parent_id,
                               effective_date, expiry_date, value_mad, signing_deadline, reminder_interval_days,
                               created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        tenantId,
        c.id,
        c.reference,
        c.refYear,
        c.refSeq,
        c.title,
        c.type,
        c.parentId,
        c.effectiveDate,
        c.expiryDate,
        c.valueMad,
        c.signingDeadline,
        c.reminderIntervalDays,
        c.createdBy,
      ],
    );
  }

  async findDetail(tx: TenantTx, key: ConventionKey): Promise<ConventionDetail | undefined> {
    const rows = await tx.query<DetailRow>(`${SELECT_DETAIL} WHERE c.tenant_id = $1 AND c.id = $2`, [
      key.ownerTenantId,
      key.conventionId,
    ]);
    const row = rows[0];
    if (!row) return undefined;
    const lineage = await this.lineage(tx, key, row.parent_id);
    return toDetail(row, lineage);
  }

  /**
   * Per responsible party, its obligations on this convention due on or before `today` (not waived), how
   * many of those are met, and how many open ones are past due.
   */
  async executionCounts(
    tx: TenantTx,
    key: ConventionKey,
    today: string,
  ): Promise<{ tenantId: string; name: string; due: number; met: number; overdue: number }[]> {
    return tx.query(
      `SELECT o.responsible_tenant_id AS "tenantId", t.legal_name AS name,
              count(*) FILTER (WHERE o.status <> 'waived' AND o.due_date <= $3::date)::int AS due,
              count(*) FILTER (WHERE o.status = 'met' AND o.due_date <= $3::date)::int AS met,
              count(*) FILTER (WHERE o.status = 'open' AND o.due_date < $3::date)::int AS overdue
         FROM obligation o JOIN tenant t ON t.id = o.responsible_tenant_id
        WHERE o.tenant_id = $1 AND o.convention_id = $2
        GROUP BY o.responsible_tenant_id, t.legal_name
        ORDER BY t.legal_name, o.responsible_tenant_id`,
      [key.ownerTenantId, key.conventionId, today],
    );
  }

  /** The parent chain up (nearest first) and every amendment below, at any depth. */
  private async lineage(
    tx: TenantTx,
    key: ConventionKey,
    parentId: string | null,
  ): Promise<{ ancestors: LineageEntry[]; amendments: LineageEntry[] }> {
    const ancestors =
      parentId === null
        ? []
        : await tx.query<LineageEntry & { depth: number }>(
            `WITH RECURSIVE up AS (
               SELECT ${LINEAGE_COLUMNS}, 1 AS depth FROM convention WHERE tenant_id = $1 AND id = $2
               UNION ALL
               SELECT c.id, c.parent_id, c.reference, c.title, c.type, c.status, up.depth + 1
                 FROM convention c JOIN up ON c.tenant_id = $1 AND c.id = up."parentId"
                WHERE up.depth < 100)
             SELECT * FROM up ORDER BY depth`,
            [key.ownerTenantId, parentId],
          );
    const amendments = await tx.query<LineageEntry & { depth: number }>(
      `WITH RECURSIVE down AS (
         SELECT ${LINEAGE_COLUMNS}, 1 AS depth FROM convention WHERE tenant_id = $1 AND parent_id = $2
         UNION ALL
         SELECT c.id, c.parent_id, c.reference, c.title, c.type, c.status, down.depth + 1
           FROM convention c JOIN down ON c.tenant_id = $1 AND c.parent_id = down.id
          WHERE down.depth < 100)
       SELECT * FROM down ORDER BY depth, id`,
      [key.ownerTenantId, key.conventionId],
    );
    const strip = ({ depth: _depth, ...entry }: LineageEntry & { depth: number }): LineageEntry => entry;
    return { ancestors: ancestors.map(strip), amendments: amendments.map(strip) };
  }

  /** Locks the convention row for a change; answers its status and version as locked. */
  async lock(
    tx: TenantTx,
    key: ConventionKey,
  ): Promise<{ status: ConventionStatus; version: number } | undefined> {
    const rows = await tx.query<{ status: ConventionStatus; version: number }>(
      `SELECT status, version FROM convention WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [key.ownerTenantId, key.conventionId],
    );
    return rows[0];
  }

  async updateTerms(tx: TenantTx, key: ConventionKey, terms: ConventionTerms): Promise<void> {
    await tx.query(
      `UPDATE convention
          SET title = $3, effective_date = $4, expiry_date = $5, value_mad = $6, signing_deadline = $7,
              reminder_interval_days = $8, version = version + 1, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        key.ownerTenantId,
        key.conventionId,
        terms.title,
        terms.effectiveDate,
        terms.expiryDate,
        terms.valueMad,
        terms.signingDeadline,
        terms.reminderIntervalDays,
      ],
    );
  }

  /**
   * Moves the status and bumps the version. A final status records `closed_at` and the reason; going back
   * to draft forgets when it was sent.
   */
  async updateStatus(
    tx: TenantTx,
    key: ConventionKey,
    to: ConventionStatus,
    closeReason: string | null = null,
  ): Promise<void> {
    await tx.query(
      `UPDATE convention
          SET status = $3, version = version + 1, updated_at = now(),
              closed_at = CASE WHEN $3 IN ('voided', 'terminated') THEN now() ELSE closed_at END,
              close_reason = CASE WHEN $3 IN ('voided', 'terminated') THEN $4 ELSE close_reason END,
              sent_at = CASE WHEN $3 = 'draft' THEN NULL ELSE sent_at END
        WHERE tenant_id = $1 AND id = $2`,
      [key.ownerTenantId, key.conventionId, to, closeReason],
    );
  }

  async touch(tx: TenantTx, key: ConventionKey): Promise<void> {
    await tx.query(
      `UPDATE convention SET version = version + 1, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [key.ownerTenantId, key.conventionId],
    );
  }

  async parties(tx: TenantTx, key: ConventionKey): Promise<(PartyInput & { position: number })[]> {
    return tx.query<PartyInput & { position: number }>(
      `SELECT party_tenant_id AS "tenantId", role_label AS "roleLabel", position FROM convention_party
        WHERE tenant_id = $1 AND convention_id = $2 ORDER BY position`,
      [key.ownerTenantId, key.conventionId],
    );
  }

  /** Inserts the parties, or updates the label and position of those already there. */
  async upsertParties(
    tx: TenantTx,
    key: ConventionKey,
    parties: readonly (PartyInput & { position: number })[],
  ): Promise<void> {
    if (parties.length === 0) return;
    await tx.query(
      `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
       SELECT $1, $2, p.tenant_id, p.role_label, p.position
         FROM unnest($3::uuid[], $4::text[], $5::int[]) AS p(tenant_id, role_label, position)
       ON CONFLICT (tenant_id, convention_id, party_tenant_id)
       DO UPDATE SET role_label = EXCLUDED.role_label, position = EXCLUDED.position`,
      [
        key.ownerTenantId,
        key.conventionId,
        parties.map((p) => p.tenantId),
        parties.map((p) => p.roleLabel),
        parties.map((p) => p.position),
      ],
    );
  }

  async removeParties(tx: TenantTx, key: ConventionKey, tenantIds: readonly string[]): Promise<void> {
    if (tenantIds.length === 0) return;
    await tx.query(
      `DELETE FROM convention_party WHERE tenant_id = $1 AND convention_id = $2 AND party_tenant_id = ANY($3::uuid[])`,
      [key.ownerTenantId, key.conventionId, tenantIds],
    );
  }

  /** Of the given parties, those that signers or obligations still name. */
  async partiesInUse(tx: TenantTx, key: ConventionKey, tenantIds: readonly string[]): Promise<string[]> {
    if (tenantIds.length === 0) return [];
    const rows = await tx.query<{ id: string }>(
      `SELECT DISTINCT party_tenant_id::text AS id FROM convention_signer
        WHERE tenant_id = $1 AND convention_id = $2 AND party_tenant_id = ANY($3::uuid[])
       UNION
       SELECT DISTINCT responsible_tenant_id::text FROM obligation
        WHERE tenant_id = $1 AND convention_id = $2 AND responsible_tenant_id = ANY($3::uuid[])`,
      [key.ownerTenantId, key.conventionId, tenantIds],
    );
    return rows.map((r) => r.id).sort();
  }

  async priorityCodes(tx: TenantTx, key: ConventionKey): Promise<string[]> {
    const rows = await tx.query<{ code: string }>(
      `SELECT priority_code AS code FROM convention_priority WHERE tenant_id = $1 AND convention_id = $2 ORDER BY 1`,
      [key.ownerTenantId, key.conventionId],
    );
    return rows.map((r) => r.code);
  }

  async setPriorities(tx: TenantTx, key: ConventionKey, codes: readonly string[]): Promise<void> {
    await tx.query(`DELETE FROM convention_priority WHERE tenant_id = $1 AND convention_id = $2`, [
      key.ownerTenantId,
      key.conventionId,
    ]);
    if (codes.length === 0) return;
    await tx.query(
      `INSERT INTO convention_priority (tenant_id, convention_id, priority_code)
       SELECT $1, $2, v FROM unnest($3::text[]) AS v`,
      [key.ownerTenantId, key.conventionId, codes],
    );
  }

  async projects(tx: TenantTx, key: ConventionKey): Promise<{ tenantId: string; id: string }[]> {
    return tx.query<{ tenantId: string; id: string }>(
      `SELECT project_tenant_id AS "tenantId", project_id AS id FROM convention_project
        WHERE tenant_id = $1 AND convention_id = $2 ORDER BY project_tenant_id, project_id`,
      [key.ownerTenantId, key.conventionId],
    );
  }

  async setProjects(
    tx: TenantTx,
    key: ConventionKey,
    projects: readonly { tenantId: string; id: string }[],
  ): Promise<void> {
    await tx.query(`DELETE FROM convention_project WHERE tenant_id = $1 AND convention_id = $2`, [
      key.ownerTenantId,
      key.conventionId,
    ]);
    if (projects.length === 0) return;
    await tx.query(
      `INSERT INTO convention_project (tenant_id, convention_id, project_tenant_id, project_id)
       SELECT $1, $2, p.tenant_id, p.id FROM unnest($3::uuid[], $4::uuid[]) AS p(tenant_id, id)`,
      [key.ownerTenantId, key.conventionId, projects.map((p) => p.tenantId), projects.map((p) => p.id)],
    );
  }

  /** Cancels every signer still pending (the convention is voided); answers their ids. */
  async cancelPendingSigners(tx: TenantTx, key: ConventionKey): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE convention_signer SET status = 'cancelled', acted_at = now()
        WHERE tenant_id = $1 AND convention_id = $2 AND status = 'pending' RETURNING id`,
      [key.ownerTenantId, key.conventionId],
    );
    return rows.map((r) => r.id).sort();
  }
}

function toDetail(
  row: DetailRow,
  lineage: { ancestors: LineageEntry[]; amendments: LineageEntry[] },
): ConventionDetail {
  return {
    id: row.id,
    owner: { id: row.tenant_id, kind: row.owner_kind, slug: row.owner_slug, name: row.owner_name },
    reference: row.reference,
    title: row.title,
    type: row.type,
    status: row.status,
    parentId: row.parent_id,
    effectiveDate: row.effective_date,
    expiryDate: row.expiry_date,
    valueMad: row.value_mad,
    signingDeadline: row.signing_deadline,
    reminderIntervalDays: row.reminder_interval_days,
    version: row.version,
    parties: row.parties,
    priorityCodes: row.priority_codes,
    projects: row.projects,
    documents: row.documents.map((d) => ({
      ...d,
      sizeBytes: Number(d.sizeBytes),
      uploadedAt: new Date(d.uploadedAt),
      sentForSignatureAt: d.sentForSignatureAt === null ? null : new Date(d.sentForSignatureAt),
    })),
    signers: row.signers.map((s) => ({ ...s, actedAt: s.actedAt === null ? null : new Date(s.actedAt) })),
    obligations: {
      total: Number(row.obligations.total),
      open: Number(row.obligations.open),
      met: Number(row.obligations.met),
      waived: Number(row.obligations.waived),
    },
    ancestors: lineage.ancestors,
    amendments: lineage.amendments,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
    activatedAt: row.activated_at,
    closedAt: row.closed_at,
    closeReason: row.close_reason,
  };
}
