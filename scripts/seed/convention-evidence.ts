import { createPublicKey, sign, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@jazari/audit';
import {
  EVIDENCE_GENESIS_HASH,
  evidenceEventHash,
  evidenceKeyId,
  ownerCode,
  sealMessage,
} from '@jazari/conventions';
import { uuidv7, type TenantKind } from '@jazari/database';
import { networkToday } from '@jazari/projects';
import PDFDocument from 'pdfkit';
import type { DemoConvention, When } from './data/conventions.js';
import { at, type InTransaction, type Query, type TenantIds } from './db.js';

export const MINUTE = 60_000;
export const SIGNATURE_IP = '127.0.0.1';
export const SIGNATURE_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

/** That moment, `minutes` and `ms` later. */
export function moment([offset, hour]: When, minutes = 0, ms = 0): Date {
  return new Date(Date.parse(at(offset, hour)) + minutes * MINUTE + ms);
}

export interface EvidenceActor {
  readonly userId: string;
  readonly tenantId: string;
}

/** Looks up what the owner cannot read (other tenants' people, projects, deliverables) in their own scope. */
export interface ConventionRefs {
  person(tenant: string, email: string): string;
  project(institute: string, title: string): { tenantId: string; id: string } | undefined;
  deliverable(institute: string, title: string): { tenantId: string; id: string } | undefined;
}

export async function conventionRefs(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
  conventions: readonly DemoConvention[],
): Promise<ConventionRefs> {
  const people = new Map<string, Set<string>>();
  const projects = new Map<string, Set<string>>();
  const deliverables = new Map<string, Set<string>>();
  const want = (map: Map<string, Set<string>>, tenant: string, value: string) =>
    map.set(tenant, (map.get(tenant) ?? new Set()).add(value));
  for (const c of conventions) {
    want(people, c.owner, c.author);
    for (const s of c.signers) want(people, s.tenant, s.email);
    for (const p of c.projects) want(projects, p.institute, p.title);
    for (const o of c.obligations ?? []) {
      if (!o.met) continue;
      want(people, o.responsible, o.met.by);
      if (o.met.deliverable) want(deliverables, o.met.deliverable.institute, o.met.deliverable.title);
    }
  }
  const found = new Map<string, string>();
  const read = async (kind: string, map: Map<string, Set<string>>, sql: string, lower: boolean) => {
    for (const [slug, values] of map) {
      const tenant = tenants.get(slug);
      if (!tenant) continue;
      const wanted = [...values].map((v) => (lower ? v.toLowerCase() : v));
      const { rows } = await inTransaction(
        { tenantId: tenant.id, tenantKind: tenant.kind, userId: null },
        () => query(sql, [tenant.id, wanted]),
      );
      for (const row of rows as { key: string; id: string }[])
        found.set(`${kind}/${slug}/${row.key}`, row.id);
    }
  };
  await read(
    'person',
    people,
    `SELECT lower(u.email) AS key, u.id FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.tenant_id = $1 AND lower(u.email) = ANY($2::text[])`,
    true,
  );
  await read(
    'project',
    projects,
    `SELECT DISTINCT ON (title) title AS key, id FROM project WHERE tenant_id = $1 AND title = ANY($2::text[])
      ORDER BY title, id`,
    false,
  );
  await read(
    'deliverable',
    deliverables,
    `SELECT DISTINCT ON (title) title AS key, id FROM deliverable WHERE tenant_id = $1 AND title = ANY($2::text[])
      ORDER BY title, id`,
    false,
  );
  const linked = (kind: string, slug: string, title: string) => {
    const id = found.get(`${kind}/${slug}/${title}`);
    return id === undefined ? undefined : { tenantId: tenants.get(slug)!.id, id };
  };
  return {
    person(tenant, email) {
      const id = found.get(`person/${tenant}/${email.toLowerCase()}`);
      if (!id) throw new Error(`demo seed: ${email} is not a member of ${tenant}`);
      return id;
    },
    project: (institute, title) => linked('project', institute, title),
    deliverable: (institute, title) => linked('deliverable', institute, title),
  };
}

/**
 * One convention's evidence chain, appended as EvidenceChain does (seq gapless from 1, each event hashed
 * over the previous hash with `evidenceEventHash`, data stored as the canonical JSON that was hashed), in
 * the order things happened; `seal` signs the head as activation does.
 */
export function evidenceChain(
  query: Query,
  ownerTenantId: string,
  conventionId: string,
  key: () => KeyObject,
) {
  let seq = 0;
  let head = EVIDENCE_GENESIS_HASH;
  let last = 0;
  return {
    async append(
      occurredAt: Date,
      type: string,
      actor: EvidenceActor | null,
      input: Record<string, unknown>,
    ): Promise<void> {
      if (occurredAt.getTime() < last) throw new Error(`demo seed: ${type} is earlier than the event before`);
      last = occurredAt.getTime();
      const data = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
      seq += 1;
      const id = uuidv7();
      const hash = evidenceEventHash(head, {
        conventionId,
        ownerTenantId,
        seq,
        id,
        occurredAt: occurredAt.toISOString(),
        type,
        actorUserId: actor?.userId ?? null,
        actorTenantId: actor?.tenantId ?? null,
        data,
      });
      await query(
        `INSERT INTO convention_event (tenant_id, convention_id, seq, id, occurred_at, type, actor_user_id,
                                       actor_tenant_id, data, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
        [
          ownerTenantId,
          conventionId,
          seq,
          id,
          occurredAt,
          type,
          actor?.userId ?? null,
          actor?.tenantId ?? null,
          canonicalJson(data),
          head,
          hash,
        ],
      );
      head = hash;
    },
    async seal(sealedAt: Date): Promise<void> {
      const privateKey = key();
      const signature = sign(
        null,
        sealMessage({ conventionId, ownerTenantId, headSeq: seq, headHash: head.toString('hex') }),
        privateKey,
      );
      await query(
        `INSERT INTO convention_seal (tenant_id, convention_id, id, head_seq, head_hash, key_id, signature, sealed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          ownerTenantId,
          conventionId,
          uuidv7(),
          seq,
          head,
          evidenceKeyId(createPublicKey(privateKey)),
          signature,
          sealedAt,
        ],
      );
    },
  };
}

/** A small, real PDF of the convention's text (what its owner would have uploaded). */
export function conventionPdf(c: {
  reference: string;
  title: string;
  parties: readonly { name: string; roleLabel: string }[];
  articles: readonly (readonly [string, string])[];
  date: Date;
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: { Title: `${c.reference} — ${c.title}`, Author: 'Réseau Jazari', CreationDate: c.date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(10).text(`Réseau Jazari — ${c.reference}`, { align: 'right' });
  doc.moveDown().fontSize(16).text(c.title, { align: 'center' });
  doc.moveDown().fontSize(11).text('Entre les soussignés :');
  for (const party of c.parties) doc.text(`• ${party.name}, en qualité de ${party.roleLabel.toLowerCase()}`);
  doc.moveDown().text('Il a été convenu ce qui suit.');
  for (const [i, [heading, body]] of c.articles.entries()) {
    doc
      .moveDown()
      .fontSize(12)
      .text(`Article ${i + 1} — ${heading}`);
    doc.fontSize(11).text(body, { align: 'justify' });
  }
  doc
    .moveDown(2)
    .text(`Fait en autant d’exemplaires que de parties, le ${c.date.toISOString().slice(0, 10)}.`);
  doc.text('Signé électroniquement sur la plateforme Jazari.');
  doc.end();
  return done;
}

/** The owner's next reference (`<CODE>-<YEAR>-<NNNN>`), taken from the counter the API uses. */
export async function nextReference(
  query: Query,
  owner: string,
  ownerKind: TenantKind,
  slug: string,
  created: Date,
) {
  const year = Number(networkToday(created).slice(0, 4));
  const { rows } = await query(
    `INSERT INTO convention_counter (tenant_id, year, last_seq) VALUES ($1, $2, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_seq = convention_counter.last_seq + 1
     RETURNING last_seq`,
    [owner, year],
  );
  const seq = (rows[0] as { last_seq: number }).last_seq;
  const code = ownerCode(ownerKind, slug);
  return { reference: `${code}-${year}-${String(seq).padStart(4, '0')}`, year, seq };
}
