import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantTx } from '@jazari/database';
import type { EvidenceLink, EvidenceLinkKind, ObligationRow, ObligationStatus } from './obligation.types.js';

const COLUMNS = `o.id, o.tenant_id, o.convention_id, c.reference, c.title AS convention_title, o.description,
  o.responsible_tenant_id, t.name_fr AS responsible_name, o.due_date::text AS due_date, o.status, o.met_at,
  o.evidence_kind, o.evidence_tenant_id, o.evidence_id, o.note, o.created_at, o.updated_at`;
const FROM = `obligation o
  JOIN convention c ON c.tenant_id = o.tenant_id AND c.id = o.convention_id
  JOIN tenant t ON t.id = o.responsible_tenant_id`;

type Row = {
  id: string;
  tenant_id: string;
  convention_id: string;
  reference: string;
  convention_title: string;
  description: string;
  responsible_tenant_id: string;
  responsible_name: string;
  due_date: string;
  status: ObligationStatus;
  met_at: Date | null;
  evidence_kind: EvidenceLinkKind | null;
  evidence_tenant_id: string | null;
  evidence_id: string | null;
  note: string | null;
  created_at: Date;
  updated_at: Date;
};

const toObligation = (r: Row): ObligationRow => ({
  id: r.id,
  ownerTenantId: r.tenant_id,
  conventionId: r.convention_id,
  conventionReference: r.reference,
  conventionTitle: r.convention_title,
  description: r.description,
  responsibleTenantId: r.responsible_tenant_id,
  responsibleTenantName: r.responsible_name,
  dueDate: r.due_date,
  status: r.status,
  metAt: r.met_at,
  evidence:
    r.evidence_kind && r.evidence_tenant_id && r.evidence_id
      ? { kind: r.evidence_kind, tenantId: r.evidence_tenant_id, id: r.evidence_id }
      : null,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ObligationFields {
  readonly description: string;
  readonly responsibleTenantId: string;
  readonly dueDate: string;
  readonly evidence: EvidenceLink | null;
}

interface Scope {
  readonly ownerTenantId: string;
  readonly conventionId: string;
}

/** SQL of obligations; every statement names the owning tenant. */
@Injectable()
export class ObligationRepository {
  /** One convention's obligations by due date; `after` is the previous page's last (due date, id). */
  async listForConvention(
    tx: TenantTx,
    scope: Scope,
    after: readonly string[] | null,
    limit: number,
  ): Promise<ObligationRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE o.tenant_id = $1 AND o.convention_id = $2
          AND ($3::date IS NULL OR (o.due_date, o.id) > ($3::date, $4::uuid))
        ORDER BY o.due_date, o.id LIMIT $5`,
      [scope.ownerTenantId, scope.conventionId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toObligation);
  }

  /**
   * Across every convention the tenant is a party to (RLS lets it read them; the party test keeps Root's
   * network-wide read out of its own lists): what it must meet (`we-owe`), or what the others owe it.
   */
  async listForParty(
    tx: TenantTx,
    partyTenantId: string,
    view: 'we-owe' | 'owed-to-us',
    status: ObligationStatus | null,
    after: readonly string[] | null,
    limit: number,
  ): Promise<ObligationRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE CASE WHEN $2::text = 'we-owe' THEN o.responsible_tenant_id = $1
                   ELSE o.responsible_tenant_id <> $1 END
          AND EXISTS (SELECT 1 FROM convention_party p
                       WHERE p.tenant_id = o.tenant_id AND p.convention_id = o.convention_id
                         AND p.party_tenant_id = $1)
          AND ($3::text IS NULL OR o.status = $3::text)
          AND ($4::date IS NULL OR (o.due_date, o.id) > ($4::date, $5::uuid))
        ORDER BY o.due_date, o.id LIMIT $6`,
      [partyTenantId, view, status, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toObligation);
  }

  async find(tx: TenantTx, scope: Scope, id: string, lock = false): Promise<ObligationRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE o.tenant_id = $1 AND o.convention_id = $2 AND o.id = $3${lock ? ' FOR UPDATE OF o' : ''}`,
      [scope.ownerTenantId, scope.conventionId, id],
    );
    return rows[0] && toObligation(rows[0]);
  }

  async isParty(tx: TenantTx, scope: Scope, tenantId: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM convention_party WHERE tenant_id = $1 AND convention_id = $2 AND party_tenant_id = $3`,
      [scope.ownerTenantId, scope.conventionId, tenantId],
    );
    return rows.length > 0;
  }

  async insert(tx: TenantTx, scope: Scope, id: string, fields: ObligationFields, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date,
                               evidence_kind, evidence_tenant_id, evidence_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
      [
        scope.ownerTenantId,
        id,
        scope.conventionId,
        fields.description,
        fields.responsibleTenantId,
        fields.dueDate,
        fields.evidence?.kind ?? null,
        fields.evidence?.tenantId ?? null,
        fields.evidence?.id ?? null,
        now,
      ],
    );
  }

  async update(tx: TenantTx, scope: Scope, id: string, fields: ObligationFields, now: Date): Promise<void> {
    await tx.query(
      `UPDATE obligation SET description = $4, responsible_tenant_id = $5, due_date = $6,
              evidence_kind = $7, evidence_tenant_id = $8, evidence_id = $9, updated_at = $10
        WHERE tenant_id = $1 AND convention_id = $2 AND id = $3`,
      [
        scope.ownerTenantId,
        scope.conventionId,
        id,
        fields.description,
        fields.responsibleTenantId,
        fields.dueDate,
        fields.evidence?.kind ?? null,
        fields.evidence?.tenantId ?? null,
        fields.evidence?.id ?? null,
        now,
      ],
    );
  }

  /** Closes an open obligation: `met` (with its evidence and note) or `waived`. */
  async close(
    tx: TenantTx,
    scope: Scope,
    id: string,
    status: 'met' | 'waived',
    evidence: EvidenceLink | null,
    note: string | null,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE obligation SET status = $4, met_at = CASE WHEN $4::text = 'met' THEN $8::timestamptz END,
              evidence_kind = coalesce($5, evidence_kind), evidence_tenant_id = CASE WHEN $5::text IS NULL
                THEN evidence_tenant_id ELSE $6::uuid END,
              evidence_id = CASE WHEN $5::text IS NULL THEN evidence_id ELSE $7::uuid END,
              note = coalesce($9, note), updated_at = $8
        WHERE tenant_id = $1 AND convention_id = $2 AND id = $3 AND status = 'open'`,
      [
        scope.ownerTenantId,
        scope.conventionId,
        id,
        status,
        evidence?.kind ?? null,
        evidence?.tenantId ?? null,
        evidence?.id ?? null,
        now,
        note,
      ],
    );
  }

  /**
   * The met obligations whose evidence is this deliverable, milestone or workshop, in every owner's
   * conventions: run in a tenant-less Root-kind scope (the `root_read` policy lets it read them all).
   */
  async metWithEvidence(
    tx: SystemTx,
    link: EvidenceLink,
  ): Promise<{ ownerTenantId: string; conventionId: string; id: string }[]> {
    const rows = await tx.query<{ tenant_id: string; convention_id: string; id: string }>(
      `SELECT tenant_id, convention_id, id FROM obligation
        WHERE evidence_kind = $1 AND evidence_tenant_id = $2 AND evidence_id = $3 AND status = 'met'
        ORDER BY tenant_id, id`,
      [link.kind, link.tenantId, link.id],
    );
    return rows.map((r) => ({ ownerTenantId: r.tenant_id, conventionId: r.convention_id, id: r.id }));
  }

  /**
   * Puts a met obligation back to open, keeping its evidence link and note; false when it is no longer
   * met with that evidence (reopened already, or relinked).
   */
  async reopen(
    tx: TenantTx,
    scope: Scope,
    id: string,
    evidence: EvidenceLink,
    now: Date,
  ): Promise<string | undefined> {
    const rows = await tx.query<{ responsible_tenant_id: string }>(
      `UPDATE obligation SET status = 'open', met_at = NULL, updated_at = $7
        WHERE tenant_id = $1 AND convention_id = $2 AND id = $3 AND status = 'met'
          AND evidence_kind = $4 AND evidence_tenant_id = $5 AND evidence_id = $6
        RETURNING responsible_tenant_id`,
      [scope.ownerTenantId, scope.conventionId, id, evidence.kind, evidence.tenantId, evidence.id, now],
    );
    return rows[0]?.responsible_tenant_id;
  }

  /**
   * Whether the linked deliverable, milestone or workshop exists and the caller sees it: run in the
   * caller's own scope, so RLS answers "visible" (an institute's own, a partner's projects, the workshops
   * a tenant organises or is in the audience of, Root all).
   */
  async evidenceVisible(tx: TenantTx, link: EvidenceLink): Promise<boolean> {
    const table =
      link.kind === 'deliverable' ? 'deliverable' : link.kind === 'milestone' ? 'milestone' : 'workshop';
    const rows = await tx.query(`SELECT 1 FROM ${table} WHERE tenant_id = $1 AND id = $2`, [
      link.tenantId,
      link.id,
    ]);
    return rows.length > 0;
  }

  /**
   * The state of a piece of evidence, read in its own tenant's scope: a deliverable's status, a milestone's
   * `done` or `not_done`, a workshop's status; undefined when it is gone.
   */
  async evidenceStatus(tx: TenantTx, link: EvidenceLink): Promise<string | undefined> {
    const sql =
      link.kind === 'deliverable'
        ? `SELECT status FROM deliverable WHERE tenant_id = $1 AND id = $2`
        : link.kind === 'milestone'
          ? `SELECT CASE WHEN done_date IS NULL THEN 'not_done' ELSE 'done' END AS status
               FROM milestone WHERE tenant_id = $1 AND id = $2`
          : `SELECT status FROM workshop WHERE tenant_id = $1 AND id = $2`;
    const rows = await tx.query<{ status: string }>(sql, [link.tenantId, link.id]);
    return rows[0]?.status;
  }
}
