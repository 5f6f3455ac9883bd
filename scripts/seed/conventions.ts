import { type KeyObject } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppConfig } from '@jazari/config';
import { loadEvidenceSigningKey } from '@jazari/conventions';
import { uuidv7, type DbContext } from '@jazari/database';
import { LocalDiskStorage } from '@jazari/storage';
import {
  conventionPdf,
  conventionRefs,
  evidenceChain,
  MINUTE,
  moment,
  nextReference,
  SIGNATURE_IP,
  SIGNATURE_USER_AGENT,
  type ConventionRefs,
  type EvidenceActor,
} from './convention-evidence.js';
import { recordConventionNotices } from './convention-notices.js';
import { DEMO_CONVENTIONS, type DemoConvention, type DemoObligation } from './data/conventions.js';
import { DEMO_TENANTS } from './data/people.js';
import { day, type InTransaction, type Query, type TenantIds } from './db.js';

/**
 * Each owner's demo conventions, in the owner's context, unless it has conventions already: their
 * parties, priorities, linked projects, document (stored where the API stores uploads), signers,
 * signatures, obligations, amendments and evidence. Answers how many conventions and obligations.
 */
export async function seedConventions(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
  config: AppConfig,
): Promise<{ conventions: number; obligations: number }> {
  const seeded = { conventions: 0, obligations: 0 };
  const storage = new LocalDiskStorage(config.storage.dir);
  let key: KeyObject | undefined;
  const sealingKey = () => (key ??= loadEvidenceSigningKey(config));
  for (const slug of new Set(DEMO_CONVENTIONS.map((c) => c.owner))) {
    const owner = tenants.get(slug);
    if (!owner) continue;
    const context: DbContext = { tenantId: owner.id, tenantKind: owner.kind, userId: null };
    const existing = await inTransaction(context, () =>
      query(`SELECT 1 FROM convention WHERE tenant_id = $1 LIMIT 1`, [owner.id]),
    );
    if (existing.rowCount) continue;
    const conventions = DEMO_CONVENTIONS.filter((c) => c.owner === slug);
    if (conventions.some((c) => c.parties.some((p) => !tenants.has(p.tenant)))) continue;
    const refs = await conventionRefs(query, inTransaction, tenants, conventions);
    // Files are put before the rows that name them (as an upload does); a failed transaction removes them.
    const stored: string[] = [];
    try {
      const counts = await inTransaction(context, async () => {
        const counts = { conventions: 0, obligations: 0 };
        for (const convention of conventions) {
          const written = await insertConvention(query, tenants, refs, convention, {
            put: async (pdf) => {
              const object = await storage.put(Readable.from([pdf]), {
                prefix: `${owner.id}/conventions`,
                maxBytes: config.storage.maxUploadBytes,
              });
              stored.push(object.key);
              return object;
            },
            key: sealingKey,
          });
          counts.conventions += written.conventions;
          counts.obligations += written.obligations;
        }
        await recordConventionNotices(query, { ...context, tenantId: owner.id });
        return counts;
      });
      seeded.conventions += counts.conventions;
      seeded.obligations += counts.obligations;
    } catch (error) {
      for (const stale of stored) await storage.delete(stale).catch(() => undefined);
      throw error;
    }
  }
  return seeded;
}

/** One convention and everything under it, with the evidence a user's acts would have left. */
async function insertConvention(
  query: Query,
  tenants: TenantIds,
  refs: ConventionRefs,
  c: DemoConvention,
  io: {
    put: (pdf: Buffer) => Promise<{ key: string; sizeBytes: number; sha256: Buffer }>;
    key: () => KeyObject;
  },
): Promise<{ conventions: number; obligations: number }> {
  const tenant = (slug: string) => tenants.get(slug)!;
  const owner = tenant(c.owner);
  const id = uuidv7();
  const author: EvidenceActor = { userId: refs.person(c.owner, c.author), tenantId: owner.id };
  const chain = evidenceChain(query, owner.id, id, io.key);
  const created = moment(c.created);
  const { reference, year, seq } = await nextReference(query, owner.id, owner.kind, c.owner, created);
  const terms = {
    title: c.title,
    effectiveDate: day(c.effective),
    expiryDate: day(c.expiry),
    valueMad: c.valueMad,
    signingDeadline: day(c.signingDeadline),
    reminderIntervalDays: c.reminderIntervalDays,
  };
  const parties = c.parties.map((p, position) => ({
    tenantId: tenant(p.tenant).id,
    roleLabel: p.roleLabel,
    position,
  }));
  const priorityCodes = [...c.priorities].sort();
  const projects = c.projects
    .map((p) => refs.project(p.institute, p.title))
    .filter((p): p is { tenantId: string; id: string } => p !== undefined);

  // The signers, and the state their signatures leave: active once all signed, else out for signature.
  const signers = c.signers.map((s) => ({
    id: uuidv7(),
    partyTenantId: tenant(s.tenant).id,
    userId: refs.person(s.tenant, s.email),
    step: s.step,
    signedAt: s.signed === undefined ? null : moment(s.signed),
  }));
  const signed = signers
    .filter((s): s is typeof s & { signedAt: Date } => s.signedAt !== null)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  const activatedAt = signed.length === signers.length ? signed[signed.length - 1].signedAt : null;
  const pending = signers.filter((s) => s.signedAt === null);
  const currentStep = pending.length ? Math.min(...pending.map((s) => s.step)) : null;
  for (const s of signed) {
    const before = signers.filter((o) => o.step < s.step);
    if (before.some((o) => o.signedAt === null || o.signedAt > s.signedAt)) {
      throw new Error(`demo seed: ${c.title}: step ${s.step} signs before the steps before it`);
    }
  }
  const uploadedAt = moment(c.created, 20);
  const signersSetAt = moment(c.created, 40);
  const submittedAt = moment(c.submitted);
  const sentAt = moment(c.sent);

  // Created (v1), document uploaded (v2), submitted for review (v3), sent (v4), activated (v5).
  await query(
    `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, effective_date,
                             expiry_date, value_mad, signing_deadline, reminder_interval_days, version, created_by,
                             created_at, updated_at, sent_at, activated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      owner.id,
      id,
      reference,
      year,
      seq,
      c.title,
      c.type,
      activatedAt ? 'active' : 'out_for_signature',
      terms.effectiveDate,
      terms.expiryDate,
      terms.valueMad,
      terms.signingDeadline,
      terms.reminderIntervalDays,
      activatedAt ? 5 : 4,
      author.userId,
      created,
      activatedAt ?? sentAt,
      sentAt,
      activatedAt,
    ],
  );
  await insertParties(query, owner.id, id, parties);
  if (priorityCodes.length) {
    await query(
      `INSERT INTO convention_priority (tenant_id, convention_id, priority_code) SELECT $1, $2, unnest($3::text[])`,
      [owner.id, id, priorityCodes],
    );
  }
  if (projects.length) {
    await query(
      `INSERT INTO convention_project (tenant_id, convention_id, project_tenant_id, project_id)
       SELECT $1, $2, p.tenant_id, p.id FROM unnest($3::uuid[], $4::uuid[]) AS p(tenant_id, id)`,
      [owner.id, id, projects.map((p) => p.tenantId), projects.map((p) => p.id)],
    );
  }
  await chain.append(created, 'created', author, {
    ...terms,
    type: c.type,
    parties,
    priorityCodes,
    projects,
  });

  const pdf = await conventionPdf({
    reference,
    title: c.title,
    parties: c.parties.map((p) => ({
      name: DEMO_TENANTS.find((t) => t.slug === p.tenant)?.legalName ?? p.tenant,
      roleLabel: p.roleLabel,
    })),
    articles: c.document.articles,
    date: uploadedAt,
  });
  const file = await io.put(pdf);
  const document = { id: uuidv7(), version: 1, sha256: file.sha256.toString('hex') };
  await query(
    `INSERT INTO convention_document (tenant_id, id, convention_id, version, filename, size_bytes, sha256,
                                      storage_key, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      owner.id,
      document.id,
      id,
      document.version,
      c.document.filename,
      file.sizeBytes,
      file.sha256,
      file.key,
      author.userId,
      uploadedAt,
    ],
  );
  await chain.append(uploadedAt, 'document_added', author, {
    documentId: document.id,
    version: document.version,
    filename: c.document.filename,
    sizeBytes: file.sizeBytes,
    sha256: document.sha256,
  });

  const reminded = c.reminded;
  for (const s of signers) {
    const remind = reminded && s.signedAt === null && s.step === currentStep;
    await query(
      `INSERT INTO convention_signer (tenant_id, id, convention_id, party_tenant_id, user_id, step, status, acted_at,
                                      last_reminded_at, reminders_sent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        owner.id,
        s.id,
        id,
        s.partyTenantId,
        s.userId,
        s.step,
        s.signedAt ? 'signed' : 'pending',
        s.signedAt,
        remind ? moment(reminded.last) : null,
        remind ? reminded.count : 0,
      ],
    );
  }
  await chain.append(signersSetAt, 'signers_set', author, {
    signers: signers.map((s) => ({
      id: s.id,
      partyTenantId: s.partyTenantId,
      userId: s.userId,
      step: s.step,
    })),
  });
  await chain.append(submittedAt, 'submitted_for_review', author, { from: 'draft', to: 'in_review' });
  await chain.append(sentAt, 'sent', author, {
    documentId: document.id,
    documentVersion: document.version,
    documentSha256: document.sha256,
    steps: [...new Set(signers.map((s) => s.step))].sort((a, b) => a - b),
  });

  for (const s of signed) {
    const signatureId = uuidv7();
    await query(
      `INSERT INTO convention_signature (tenant_id, id, convention_id, signer_id, document_id, document_sha256,
                                         user_id, party_tenant_id, signed_at, ip, user_agent, method)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'password')`,
      [
        owner.id,
        signatureId,
        id,
        s.id,
        document.id,
        file.sha256,
        s.userId,
        s.partyTenantId,
        s.signedAt,
        SIGNATURE_IP,
        SIGNATURE_USER_AGENT,
      ],
    );
    await chain.append(
      new Date(s.signedAt.getTime() + 4),
      'signed',
      { userId: s.userId, tenantId: s.partyTenantId },
      {
        signatureId,
        signerId: s.id,
        userId: s.userId,
        partyTenantId: s.partyTenantId,
        documentId: document.id,
        documentSha256: document.sha256,
        signedAt: s.signedAt.toISOString(),
        ip: SIGNATURE_IP,
        userAgent: SIGNATURE_USER_AGENT,
        method: 'password',
        step: s.step,
      },
    );
  }
  if (activatedAt) {
    await chain.append(new Date(activatedAt.getTime() + 7), 'activated', null, {
      activatedAt: activatedAt.toISOString(),
    });
    await chain.seal(new Date(activatedAt.getTime() + 9));
  }

  // Obligations, added the day after activation by the author; some met since by their party.
  const obligations = c.obligations ?? [];
  if (obligations.length && !activatedAt)
    throw new Error(`demo seed: ${c.title} has obligations but is not active`);
  const added: { id: string; o: DemoObligation; addedAt: Date }[] = [];
  for (const [i, o] of obligations.entries()) {
    const obligationId = uuidv7();
    const addedAt = new Date(activatedAt!.getTime() + 18 * 60 * MINUTE + i * MINUTE);
    added.push({ id: obligationId, o, addedAt });
    await chain.append(addedAt, 'obligation_added', author, {
      obligationId,
      description: o.description,
      responsibleTenantId: tenant(o.responsible).id,
      dueDate: day(o.due),
      evidence: null,
    });
  }
  const metInOrder = added
    .filter((a) => a.o.met)
    .sort((a, b) => moment(a.o.met!.on).getTime() - moment(b.o.met!.on).getTime());
  const evidenceOf = new Map<string, { kind: 'deliverable'; tenantId: string; id: string } | null>();
  for (const { id: obligationId, o } of metInOrder) {
    const met = o.met!;
    const link = met.deliverable && refs.deliverable(met.deliverable.institute, met.deliverable.title);
    const evidence = link ? { kind: 'deliverable' as const, ...link } : null;
    evidenceOf.set(obligationId, evidence);
    await chain.append(
      moment(met.on),
      'obligation_met',
      { userId: refs.person(o.responsible, met.by), tenantId: tenant(o.responsible).id },
      { obligationId, evidence, note: met.note },
    );
  }
  for (const { id: obligationId, o, addedAt } of added) {
    const evidence = evidenceOf.get(obligationId) ?? null;
    const metAt = o.met ? moment(o.met.on) : null;
    await query(
      `INSERT INTO obligation (tenant_id, id, convention_id, description, responsible_tenant_id, due_date, status,
                               met_at, evidence_kind, evidence_tenant_id, evidence_id, note, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        owner.id,
        obligationId,
        id,
        o.description,
        tenant(o.responsible).id,
        day(o.due),
        metAt ? 'met' : 'open',
        metAt,
        evidence?.kind ?? null,
        evidence?.tenantId ?? null,
        evidence?.id ?? null,
        o.met?.note ?? null,
        addedAt,
        metAt ?? addedAt,
      ],
    );
  }

  // Amendments of the active convention: same owner, own reference, the parent's parties.
  const amendments = c.amendments ?? [];
  if (amendments.length && !activatedAt) throw new Error(`demo seed: only an active convention is amended`);
  for (const a of amendments) {
    const amendmentId = uuidv7();
    const amendmentChain = evidenceChain(query, owner.id, amendmentId, io.key);
    const amendedAt = moment(a.created);
    const ref = await nextReference(query, owner.id, owner.kind, c.owner, amendedAt);
    const amendmentTerms = {
      title: a.title,
      effectiveDate: a.effective === undefined ? null : day(a.effective),
      expiryDate: a.expiry === undefined ? null : day(a.expiry),
      valueMad: a.valueMad ?? null,
      signingDeadline: a.signingDeadline === undefined ? null : day(a.signingDeadline),
      reminderIntervalDays: c.reminderIntervalDays,
    };
    const submitted = a.submitted === undefined ? null : moment(a.submitted);
    await query(
      `INSERT INTO convention (tenant_id, id, reference, ref_year, ref_seq, title, type, status, parent_id,
                               effective_date, expiry_date, value_mad, signing_deadline, reminder_interval_days,
                               version, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'amendment', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        owner.id,
        amendmentId,
        ref.reference,
        ref.year,
        ref.seq,
        a.title,
        submitted ? 'in_review' : 'draft',
        id,
        amendmentTerms.effectiveDate,
        amendmentTerms.expiryDate,
        amendmentTerms.valueMad,
        amendmentTerms.signingDeadline,
        amendmentTerms.reminderIntervalDays,
        submitted ? 2 : 1,
        author.userId,
        amendedAt,
        submitted ?? amendedAt,
      ],
    );
    await insertParties(query, owner.id, amendmentId, parties);
    await amendmentChain.append(amendedAt, 'created', author, {
      ...amendmentTerms,
      type: 'amendment',
      parentId: id,
      parties,
    });
    await chain.append(amendedAt, 'amended', author, { amendmentId });
    if (submitted) {
      await amendmentChain.append(submitted, 'submitted_for_review', author, {
        from: 'draft',
        to: 'in_review',
      });
    }
  }
  return { conventions: 1 + amendments.length, obligations: obligations.length };
}

async function insertParties(
  query: Query,
  ownerTenantId: string,
  conventionId: string,
  parties: readonly { tenantId: string; roleLabel: string; position: number }[],
): Promise<void> {
  await query(
    `INSERT INTO convention_party (tenant_id, convention_id, party_tenant_id, role_label, position)
     SELECT $1, $2, p.tenant_id, p.role_label, p.position
       FROM unnest($3::uuid[], $4::text[], $5::int[]) AS p(tenant_id, role_label, position)`,
    [
      ownerTenantId,
      conventionId,
      parties.map((p) => p.tenantId),
      parties.map((p) => p.roleLabel),
      parties.map((p) => p.position),
    ],
  );
}
