import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type {
  AgendaItemRow,
  Audience,
  ParticipantRow,
  WorkshopKind,
  WorkshopRow,
  WorkshopStatus,
} from '../workshop.types.js';

const COLUMNS = `w.tenant_id, w.id, w.kind, w.title, w.description, w.languages, w.starts_at, w.ends_at,
  w.time_zone, w.venue, w.online_url, w.capacity, w.audience, w.registration_opens_at,
  w.registration_closes_at, w.status, w.check_in_code, w.convention_tenant_id, w.convention_id,
  w.obligation_id, w.obligation_evidence_at, w.minutes, w.decisions, w.minutes_published_at, w.version,
  w.created_at, w.updated_at, w.published_at, w.held_at, w.cancelled_at, w.cancel_reason,
  t.name_fr AS organiser_name`;
const FROM = `workshop w JOIN tenant t ON t.id = w.tenant_id`;

type Row = {
  tenant_id: string;
  id: string;
  kind: WorkshopKind;
  title: string;
  description: string;
  languages: string[];
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue: string | null;
  online_url: string | null;
  capacity: number | null;
  audience: Audience;
  registration_opens_at: Date | null;
  registration_closes_at: Date | null;
  status: WorkshopStatus;
  check_in_code: string;
  convention_tenant_id: string | null;
  convention_id: string | null;
  obligation_id: string | null;
  obligation_evidence_at: Date | null;
  minutes: string | null;
  decisions: string[];
  minutes_published_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  held_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  organiser_name: string;
};

const toWorkshop = (r: Row): WorkshopRow => ({
  tenantId: r.tenant_id,
  id: r.id,
  kind: r.kind,
  title: r.title,
  description: r.description,
  languages: r.languages,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  timeZone: r.time_zone,
  venue: r.venue,
  onlineUrl: r.online_url,
  capacity: r.capacity,
  audience: r.audience,
  registrationOpensAt: r.registration_opens_at,
  registrationClosesAt: r.registration_closes_at,
  status: r.status,
  checkInCode: r.check_in_code,
  conventionTenantId: r.convention_tenant_id,
  conventionId: r.convention_id,
  obligationId: r.obligation_id,
  obligationEvidenceAt: r.obligation_evidence_at,
  minutes: r.minutes,
  decisions: r.decisions,
  minutesPublishedAt: r.minutes_published_at,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  publishedAt: r.published_at,
  heldAt: r.held_at,
  cancelledAt: r.cancelled_at,
  cancelReason: r.cancel_reason,
  organiserName: r.organiser_name,
});

/** The fields an organiser sets on a workshop. */
export interface WorkshopFields {
  readonly kind: WorkshopKind;
  readonly title: string;
  readonly description: string;
  readonly languages: readonly string[];
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly onlineUrl: string | null;
  readonly capacity: number | null;
  readonly audience: Audience;
  readonly registrationOpensAt: Date | null;
  readonly registrationClosesAt: Date | null;
  readonly obligation: { tenantId: string; conventionId: string; obligationId: string } | null;
}

export interface AgendaItemInput {
  readonly id: string;
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  readonly title: string;
  readonly speakerUserId: string | null;
  readonly speakerName: string | null;
}

/** SQL of workshops, their participants, projects and agenda; every statement names the organiser. */
@Injectable()
export class WorkshopRepository {
  async find(tx: TenantTx, tenantId: string, id: string, lock = false): Promise<WorkshopRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE w.tenant_id = $1 AND w.id = $2${lock ? ' FOR UPDATE OF w' : ''}`,
      [tenantId, id],
    );
    return rows[0] && toWorkshop(rows[0]);
  }

  /**
   * Visible workshops (RLS decides) after the cursor; optionally one status. By (start, id), or for `past`
   * (ended before `now`) latest first; `upcoming` keeps those not yet ended.
   */
  async list(
    tx: TenantTx,
    status: WorkshopStatus | null,
    after: readonly string[] | null,
    limit: number,
    when: 'upcoming' | 'past' | null = null,
    now: Date = new Date(),
  ): Promise<WorkshopRow[]> {
    const past = when === 'past';
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE ($1::text IS NULL OR w.status = $1::text)
          AND ($2::timestamptz IS NULL OR (w.starts_at, w.id) ${past ? '<' : '>'} ($2::timestamptz, $3::uuid))
          AND ($5::text IS NULL OR ($5::text = 'upcoming' AND w.ends_at >= $6) OR ($5::text = 'past' AND w.ends_at < $6))
        ORDER BY ${past ? 'w.starts_at DESC, w.id DESC' : 'w.starts_at, w.id'} LIMIT $4`,
      [status, after?.[0] ?? null, after?.[1] ?? null, limit, when, now],
    );
    return rows.map(toWorkshop);
  }

  async insert(
    tx: TenantTx,
    tenantId: string,
    id: string,
    fields: WorkshopFields,
    checkInCode: string,
    createdBy: string | null,
    now: Date,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO workshop (tenant_id, id, kind, title, description, languages, starts_at, ends_at, time_zone,
         venue, online_url, capacity, audience, registration_opens_at, registration_closes_at, check_in_code,
         convention_tenant_id, convention_id, obligation_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)`,
      [tenantId, id, ...columns(fields), checkInCode, ...obligationColumns(fields), createdBy, now],
    );
  }

  async update(tx: TenantTx, tenantId: string, id: string, fields: WorkshopFields, now: Date): Promise<void> {
    await tx.query(
      `UPDATE workshop SET kind = $3, title = $4, description = $5, languages = $6, starts_at = $7, ends_at = $8,
              time_zone = $9, venue = $10, online_url = $11, capacity = $12, audience = $13,
              registration_opens_at = $14, registration_closes_at = $15, convention_tenant_id = $16,
              convention_id = $17, obligation_id = $18, version = version + 1, updated_at = $19
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, ...columns(fields), ...obligationColumns(fields), now],
    );
  }

  async setStatus(
    tx: TenantTx,
    tenantId: string,
    id: string,
    status: WorkshopStatus,
    now: Date,
    reason: string | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE workshop SET status = $3, version = version + 1, updated_at = $4,
              published_at = CASE WHEN $3::text = 'published' THEN $4::timestamptz ELSE published_at END,
              held_at = CASE WHEN $3::text = 'held' THEN $4::timestamptz ELSE held_at END,
              cancelled_at = CASE WHEN $3::text = 'cancelled' THEN $4::timestamptz ELSE cancelled_at END,
              cancel_reason = CASE WHEN $3::text = 'cancelled' THEN $5::text ELSE cancel_reason END
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, status, now, reason],
    );
  }

  async markEvidence(tx: TenantTx, tenantId: string, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE workshop SET obligation_evidence_at = $3 WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      id,
      now,
    ]);
  }

  async setMinutes(
    tx: TenantTx,
    tenantId: string,
    id: string,
    minutes: string,
    decisions: readonly string[],
    now: Date,
  ): Promise<void> {
    await tx.query(
      `UPDATE workshop SET minutes = $3, decisions = $4::jsonb, version = version + 1, updated_at = $5
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, minutes, JSON.stringify(decisions), now],
    );
  }

  async publishMinutes(tx: TenantTx, tenantId: string, id: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE workshop SET minutes_published_at = $3, version = version + 1, updated_at = $3
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, now],
    );
  }

  // Participants (co-organisers, audience).

  async participants(tx: TenantTx, tenantId: string, id: string): Promise<ParticipantRow[]> {
    const rows = await tx.query<{
      participant_tenant_id: string;
      name_fr: string;
      role: ParticipantRow['role'];
    }>(
      `SELECT p.participant_tenant_id, t.name_fr, p.role
         FROM workshop_tenant p JOIN tenant t ON t.id = p.participant_tenant_id
        WHERE p.tenant_id = $1 AND p.workshop_id = $2 ORDER BY p.role, t.name_fr, p.participant_tenant_id`,
      [tenantId, id],
    );
    return rows.map((r) => ({ tenantId: r.participant_tenant_id, name: r.name_fr, role: r.role }));
  }

  async replaceParticipants(
    tx: TenantTx,
    tenantId: string,
    id: string,
    participants: readonly { tenantId: string; role: 'co_organiser' | 'audience' }[],
  ): Promise<void> {
    await tx.query(`DELETE FROM workshop_tenant WHERE tenant_id = $1 AND workshop_id = $2`, [tenantId, id]);
    for (const p of participants) {
      await tx.query(
        `INSERT INTO workshop_tenant (tenant_id, workshop_id, participant_tenant_id, role) VALUES ($1, $2, $3, $4)`,
        [tenantId, id, p.tenantId, p.role],
      );
    }
  }

  async activeTenants(tx: TenantTx, ids: readonly string[]): Promise<string[]> {
    const rows = await tx.query<{ id: string }>(
      `SELECT id FROM tenant WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  // Projects.

  async projects(tx: TenantTx, tenantId: string, id: string): Promise<{ tenantId: string; id: string }[]> {
    const rows = await tx.query<{ project_tenant_id: string; project_id: string }>(
      `SELECT project_tenant_id, project_id FROM workshop_project
        WHERE tenant_id = $1 AND workshop_id = $2 ORDER BY project_id`,
      [tenantId, id],
    );
    return rows.map((r) => ({ tenantId: r.project_tenant_id, id: r.project_id }));
  }

  async replaceProjects(
    tx: TenantTx,
    tenantId: string,
    id: string,
    projects: readonly { tenantId: string; id: string }[],
  ): Promise<void> {
    await tx.query(`DELETE FROM workshop_project WHERE tenant_id = $1 AND workshop_id = $2`, [tenantId, id]);
    for (const p of projects) {
      await tx.query(
        `INSERT INTO workshop_project (tenant_id, workshop_id, project_tenant_id, project_id) VALUES ($1, $2, $3, $4)`,
        [tenantId, id, p.tenantId, p.id],
      );
    }
  }

  // Agenda.

  async agenda(tx: TenantTx, tenantId: string, id: string): Promise<AgendaItemRow[]> {
    const rows = await tx.query<{
      id: string;
      position: number;
      starts_at: Date | null;
      ends_at: Date | null;
      title: string;
      speaker_user_id: string | null;
      speaker_name: string | null;
    }>(
      `SELECT a.id, a.position, a.starts_at, a.ends_at, a.title, a.speaker_user_id,
              a.speaker_name
         FROM workshop_agenda_item a
        WHERE a.tenant_id = $1 AND a.workshop_id = $2 ORDER BY a.position`,
      [tenantId, id],
    );
    return rows.map((r) => ({
      id: r.id,
      position: r.position,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      title: r.title,
      speakerUserId: r.speaker_user_id,
      speakerName: r.speaker_name,
    }));
  }

  async replaceAgenda(
    tx: TenantTx,
    tenantId: string,
    id: string,
    items: readonly AgendaItemInput[],
  ): Promise<void> {
    await tx.query(`DELETE FROM workshop_agenda_item WHERE tenant_id = $1 AND workshop_id = $2`, [
      tenantId,
      id,
    ]);
    let position = 1;
    for (const item of items) {
      await tx.query(
        `INSERT INTO workshop_agenda_item (tenant_id, id, workshop_id, position, starts_at, ends_at, title,
                                           speaker_user_id, speaker_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          tenantId,
          item.id,
          id,
          position++,
          item.startsAt,
          item.endsAt,
          item.title,
          item.speakerUserId,
          item.speakerName,
        ],
      );
    }
  }

  async bumpVersion(tx: TenantTx, tenantId: string, id: string, now: Date): Promise<void> {
    await tx.query(
      `UPDATE workshop SET version = version + 1, updated_at = $3 WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id, now],
    );
  }

  /** Whether a user may be named (a speaker, an assignee, an invitee): active, and visible to the caller. */
  async visibleUsers(tx: TenantTx, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await tx.query<{ id: string; display_name: string }>(
      `SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** Active members of `tenantId` among `userIds`, with their names: run in that tenant's scope. */
  async members(tx: TenantTx, tenantId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await tx.query<{ id: string; display_name: string }>(
      `SELECT u.id, u.display_name FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND m.user_id = ANY($2::uuid[]) AND u.status = 'active'`,
      [tenantId, userIds],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }
}

/** The editable columns, in the order both statements list them (`kind` … `registration_closes_at`). */
function columns(fields: WorkshopFields): unknown[] {
  return [
    fields.kind,
    fields.title,
    fields.description,
    fields.languages,
    fields.startsAt,
    fields.endsAt,
    fields.timeZone,
    fields.venue,
    fields.onlineUrl,
    fields.capacity,
    fields.audience,
    fields.registrationOpensAt,
    fields.registrationClosesAt,
  ];
}

/** `convention_tenant_id`, `convention_id`, `obligation_id`: the obligation the workshop serves, if any. */
function obligationColumns(fields: WorkshopFields): unknown[] {
  const o = fields.obligation;
  return [o?.tenantId ?? null, o?.conventionId ?? null, o?.obligationId ?? null];
}
