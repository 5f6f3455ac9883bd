import { setContextSql, uuidv7, type DbContext } from '@jazari/database';
import { notificationEvent } from '@jazari/notifications';
import type { Query } from './db.js';

/**
 * The notices the signing flow sent when the owner's seeded conventions were sent and activated — in the
 * past, so they are seeded as already delivered (issue 16 point 15): each event is in the outbox as done
 * at its time, and its recipients have it in their inbox, with the ledger saying so — a signature request
 * to the pending signers of each convention out for signature (unread: the signature is still to give),
 * the activation notice to the parties' administrators of each active one (read). The worker has nothing
 * left to send: a fresh start e-mails nobody about what happened months ago.
 */
export async function recordConventionNotices(
  query: Query,
  owner: DbContext & { tenantId: string },
): Promise<void> {
  const pending = await query(
    `SELECT s.convention_id, min(s.step) AS step, array_agg(s.id ORDER BY s.id) AS signer_ids,
            array_agg(DISTINCT s.party_tenant_id) AS parties, c.sent_at, c.reference, c.title
       FROM convention_signer s JOIN convention c ON c.tenant_id = s.tenant_id AND c.id = s.convention_id
      WHERE s.tenant_id = $1 AND c.status = 'out_for_signature' AND s.status = 'pending'
        AND s.step = (SELECT min(step) FROM convention_signer p
                       WHERE p.tenant_id = s.tenant_id AND p.convention_id = s.convention_id AND p.status = 'pending')
      GROUP BY s.convention_id, c.sent_at, c.reference, c.title`,
    [owner.tenantId],
  );
  for (const row of pending.rows as {
    convention_id: string;
    step: number;
    signer_ids: string[];
    parties: string[];
    sent_at: Date;
    reference: string;
    title: string;
  }[]) {
    const recipients: { tenantId: string; userId: string }[] = [];
    for (const party of row.parties) {
      const signers = await inScopeOf(query, owner, party, () =>
        query(
          `SELECT m.user_id FROM convention_signer s
             JOIN membership m ON m.tenant_id = $1 AND m.user_id = s.user_id
            WHERE s.tenant_id = $2 AND s.id = ANY($3::uuid[]) AND s.party_tenant_id = $1 ORDER BY m.user_id`,
          [party, owner.tenantId, row.signer_ids],
        ),
      );
      for (const s of signers.rows as { user_id: string }[])
        recipients.push({ tenantId: party, userId: s.user_id });
    }
    await recordDelivered(query, owner, {
      type: 'conventions.signature_requested',
      payload: { conventionId: row.convention_id, step: row.step, signerIds: row.signer_ids },
      at: row.sent_at,
      vars: { reference: row.reference, title: row.title },
      link: `/conventions/${row.convention_id}`,
      recipients,
      read: false,
    });
  }
  const active = await query(
    `SELECT c.id, array_agg(p.party_tenant_id ORDER BY p.position) AS parties, c.activated_at, c.reference, c.title
       FROM convention c JOIN convention_party p ON p.tenant_id = c.tenant_id AND p.convention_id = c.id
      WHERE c.tenant_id = $1 AND c.status = 'active' GROUP BY c.id, c.activated_at, c.reference, c.title`,
    [owner.tenantId],
  );
  for (const row of active.rows as {
    id: string;
    parties: string[];
    activated_at: Date;
    reference: string;
    title: string;
  }[]) {
    const recipients: { tenantId: string; userId: string }[] = [];
    for (const tenantId of new Set([owner.tenantId, ...row.parties])) {
      const admins = await inScopeOf(query, owner, tenantId, () =>
        query(
          `SELECT m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.tenant_id = $1 AND m.role = ANY($2::text[]) AND u.status = 'active' ORDER BY m.user_id`,
          [tenantId, ['network_admin', 'institute_manager', 'partner_admin']],
        ),
      );
      for (const a of admins.rows as { user_id: string }[]) recipients.push({ tenantId, userId: a.user_id });
    }
    await recordDelivered(query, owner, {
      type: 'conventions.activated',
      payload: { conventionId: row.id, partyTenantIds: row.parties },
      at: row.activated_at,
      vars: { reference: row.reference, title: row.title },
      link: `/conventions/${row.id}`,
      recipients,
      read: true,
    });
  }
}

/** Runs `work` in another tenant's RLS scope, inside the open transaction, then returns to the owner's. */
async function inScopeOf<T>(
  query: Query,
  owner: DbContext,
  tenantId: string,
  work: () => Promise<T>,
): Promise<T> {
  if (tenantId === owner.tenantId) return work();
  await query(setContextSql({ tenantId, tenantKind: null, userId: null }));
  try {
    return await work();
  } finally {
    await query(setContextSql(owner));
  }
}

/**
 * One past notification event, as the worker left it: the outbox row done at the event's time, each
 * recipient's inbox row (titled from the notification catalogue, as the dispatcher titles it) and its
 * in-app ledger entry delivered.
 */
async function recordDelivered(
  query: Query,
  owner: DbContext & { tenantId: string },
  notice: {
    type: 'conventions.signature_requested' | 'conventions.activated';
    payload: object;
    at: Date;
    vars: Record<string, string>;
    link: string;
    recipients: readonly { tenantId: string; userId: string }[];
    read: boolean;
  },
): Promise<void> {
  const event = notificationEvent(notice.type)!;
  const eventId = uuidv7();
  await query(
    `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload, created_at, published_at,
       publish_count, done_at)
     VALUES ($1, $2, $3, $4, 'notifications', $5, $6, $6, 1, $6)`,
    [owner.tenantId, eventId, notice.type, event.job.version, JSON.stringify(notice.payload), notice.at],
  );
  const title = Object.fromEntries(
    (['fr', 'ar', 'en'] as const).map((locale) => [
      locale,
      event.templates[locale].subject.replace(
        /\{([a-z_]+)\}/g,
        (whole, key: string) => notice.vars[key] ?? whole,
      ),
    ]),
  );
  const seen = new Set<string>();
  for (const r of notice.recipients) {
    if (seen.has(r.userId)) continue;
    seen.add(r.userId);
    await inScopeOf(query, owner, r.tenantId, () =>
      query(
        `INSERT INTO notification (tenant_id, id, user_id, event_id, event_type, category, action_required,
           title, link, created_at, read_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          r.tenantId,
          uuidv7(),
          r.userId,
          eventId,
          notice.type,
          event.category,
          event.actionRequired,
          JSON.stringify(title),
          notice.link,
          notice.at,
          notice.read ? notice.at : null,
        ],
      ),
    );
    await query(
      `INSERT INTO notification_delivery (tenant_id, event_id, channel, recipient, status, attempts, created_at,
         delivered_at)
       VALUES ($1, $2, 'in_app', $3, 'delivered', 1, $4, $4)`,
      [owner.tenantId, eventId, r.userId, notice.at],
    );
  }
}
