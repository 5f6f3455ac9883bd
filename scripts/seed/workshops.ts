import { uuidv7, type DbContext } from '@jazari/database';
import { newCheckInCode } from '@jazari/workshops';
import { DEMO_WORKSHOPS } from './data/workshops.js';
import type { InTransaction, Query, TenantIds } from './db.js';

const DAY = 86_400_000;

/** Today at `hour` in Casablanca (UTC+1 outside Ramadan), `day` days away. */
function at(day: number, hour: number): Date {
  const today = new Date();
  return new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), hour - 1) + day * DAY,
  );
}

/**
 * The demo workshops, each in its organiser's own transaction, unless one with its title exists there
 * already (idempotent: a re-run, or a developer's database, is left alone). Answers how many it wrote.
 */
export async function seedWorkshops(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
): Promise<number> {
  // A Root-kind reader sees every person (users are read across tenants to name them).
  const reader: DbContext = { tenantId: uuidv7(), tenantKind: 'root', userId: null };
  const users = new Map<string, string>(
    (
      await inTransaction(reader, () =>
        query(`SELECT id, email FROM app_user WHERE email = ANY($1::text[])`, [
          [...new Set(DEMO_WORKSHOPS.flatMap((w) => w.registrations.map((r) => r.email)))],
        ]),
      )
    ).rows.map((r: { id: string; email: string }) => [r.email, r.id]),
  );
  let seeded = 0;
  for (const w of DEMO_WORKSHOPS) {
    const organiser = tenants.get(w.organiser);
    if (!organiser) continue;
    const participants = [
      ...w.coOrganisers.map((slug) => ({ tenant: tenants.get(slug), role: 'co_organiser' })),
      ...(w.audience === 'network' ? [] : w.audience).map((slug) => ({
        tenant: tenants.get(slug),
        role: 'audience',
      })),
    ];
    if (participants.some((p) => !p.tenant)) continue;
    await inTransaction({ tenantId: organiser.id, tenantKind: organiser.kind, userId: null }, async () => {
      const exists = await query(`SELECT 1 FROM workshop WHERE tenant_id = $1 AND title = $2`, [
        organiser.id,
        w.title,
      ]);
      if (exists.rowCount) return;
      const id = uuidv7();
      const startsAt = at(w.day, w.hours[0]);
      const endsAt = at(w.day, w.hours[1]);
      const held = w.status === 'held';
      const publishedAt = new Date(startsAt.getTime() - 21 * DAY);
      await query(
        `INSERT INTO workshop (tenant_id, id, kind, title, description, languages, starts_at, ends_at, venue, capacity,
           audience, registration_opens_at, status, check_in_code, minutes, decisions, minutes_published_at,
           created_at, updated_at, published_at, held_at, version)
         VALUES ($1, $2, $3, $4, $5, '{fr,ar}', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16,
                 $11, $11, $11, $17, $18)`,
        [
          organiser.id,
          id,
          w.kind,
          w.title,
          w.description,
          startsAt,
          endsAt,
          w.venue,
          w.capacity,
          w.audience === 'network' ? 'network' : 'listed',
          publishedAt,
          w.status,
          newCheckInCode(),
          w.minutes?.text ?? null,
          JSON.stringify(w.minutes?.decisions ?? []),
          held ? new Date(endsAt.getTime() + DAY) : null,
          held ? endsAt : null,
          held ? 4 : 2,
        ],
      );
      for (const p of participants) {
        await query(
          `INSERT INTO workshop_tenant (tenant_id, workshop_id, participant_tenant_id, role) VALUES ($1, $2, $3, $4)`,
          [organiser.id, id, p.tenant!.id, p.role],
        );
      }
      for (const [position, item] of w.agenda.entries()) {
        await query(
          `INSERT INTO workshop_agenda_item (tenant_id, id, workshop_id, position, starts_at, title, speaker_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            organiser.id,
            uuidv7(),
            id,
            position + 1,
            new Date(startsAt.getTime() + item.at * 3_600_000),
            item.title,
            item.speaker,
          ],
        );
      }
      for (const [i, r] of w.registrations.entries()) {
        const userId = users.get(r.email);
        const tenant = tenants.get(r.tenant);
        if (!userId || !tenant) continue;
        const queuedAt = new Date(publishedAt.getTime() + (i + 1) * DAY);
        await query(
          `INSERT INTO workshop_registration (tenant_id, id, workshop_id, user_id, registrant_tenant_id, status,
             queued_at, checked_in_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'registered', $6, $7, $6, $6)`,
          [
            organiser.id,
            uuidv7(),
            id,
            userId,
            tenant.id,
            queuedAt,
            held && r.checkedIn ? new Date(startsAt.getTime() - 10 * 60_000 + i * 60_000) : null,
          ],
        );
      }
      if (w.minutes) {
        await query(
          `INSERT INTO workshop_action_item (tenant_id, id, workshop_id, title, assignee_name, due_date, status)
           VALUES ($1, $2, $3, $4, $5, $6::date, 'in_progress')`,
          [
            organiser.id,
            uuidv7(),
            id,
            w.minutes.action.title,
            'Atlas AI Labs',
            at(w.minutes.action.dueIn, 12).toISOString().slice(0, 10),
          ],
        );
      }
      seeded++;
    });
  }
  return seeded;
}
