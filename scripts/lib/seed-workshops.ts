import { uuidv7, type DbContext, type TenantKind } from '@jazari/database';
import { newCheckInCode } from '@jazari/workshops';
import type pg from 'pg';

type Query = (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;
type InTransaction = <T>(context: DbContext, work: () => Promise<T>) => Promise<T>;
type TenantIds = ReadonlyMap<string, { id: string; kind: TenantKind }>;

const DAY = 86_400_000;

interface DemoRegistration {
  readonly email: string;
  readonly tenant: string;
  readonly checkedIn?: boolean;
}

interface DemoWorkshop {
  readonly organiser: string;
  readonly coOrganisers: readonly string[];
  /** `network`, or the listed audience tenants. */
  readonly audience: 'network' | readonly string[];
  readonly kind: 'workshop' | 'co_design' | 'training';
  readonly title: string;
  readonly description: string;
  /** Days from today, and the local (Casablanca, UTC+1 in winter) start hour. */
  readonly day: number;
  readonly hours: readonly [number, number];
  readonly venue: string;
  readonly capacity: number;
  readonly status: 'published' | 'held';
  readonly agenda: readonly { title: string; speaker: string; at: number }[];
  readonly registrations: readonly DemoRegistration[];
  readonly minutes?: { text: string; decisions: readonly string[]; action: { title: string; dueIn: number } };
}

/**
 * A past co-design session (held, with minutes and attendance), an upcoming workshop open for registration,
 * and an upcoming training that is full (a new registration goes to the waitlist).
 */
const DEMO_WORKSHOPS: readonly DemoWorkshop[] = [
  {
    organiser: 'atlas-ai-labs',
    coOrganisers: ['jazari-root'],
    audience: ['jazari-rabat', 'jazari-casablanca'],
    kind: 'co_design',
    title: 'Co-conception : assistant vocal en darija pour les guichets publics',
    description:
      'Session de co-conception avec les agents d’accueil : besoins, parcours usagers, maquettes du serveur vocal.',
    day: -20,
    hours: [9, 16],
    venue: 'Atlas AI Labs, Casablanca — salle Al Jazari',
    capacity: 20,
    status: 'held',
    agenda: [
      { title: 'Accueil et objectifs', speaker: 'Atlas AI Labs', at: 0 },
      { title: 'Parcours usagers aux guichets', speaker: 'Institut Jazari de Rabat', at: 1 },
      { title: 'Ateliers maquettes et priorisation', speaker: 'Tous', at: 3 },
    ],
    registrations: [
      { email: 'researcher.rabat@jazari.ma', tenant: 'jazari-rabat', checkedIn: true },
      { email: 'manager.casablanca@jazari.ma', tenant: 'jazari-casablanca', checkedIn: true },
      { email: 'manager.rabat@jazari.ma', tenant: 'jazari-rabat' },
    ],
    minutes: {
      text:
        'Douze agents et chercheurs ont comparé trois parcours ; le parcours « prise de rendez-vous » est ' +
        'retenu pour le pilote. Les maquettes seront testées en darija et en amazighe.',
      decisions: [
        'Pilote dans deux guichets de Rabat au prochain trimestre',
        'Évaluation sur DarijaSpeech-test avant mise en service',
      ],
      action: { title: 'Partager les enregistrements annotés de la session', dueIn: 10 },
    },
  },
  {
    organiser: 'jazari-rabat',
    coOrganisers: [],
    audience: 'network',
    kind: 'workshop',
    title: 'Atelier : évaluer les modèles de langue arabes et darija',
    description:
      'Méthodes, jeux de test et pièges de l’évaluation des modèles de langue en arabe et en darija.',
    day: 14,
    hours: [10, 13],
    venue: 'Institut Jazari de Rabat — amphithéâtre',
    capacity: 30,
    status: 'published',
    agenda: [
      { title: 'Jeux de test et métriques', speaker: 'Institut Jazari de Rabat', at: 0 },
      { title: 'Retour d’expérience : DarijaSpeech-test', speaker: 'Atlas AI Labs', at: 1 },
    ],
    registrations: [{ email: 'researcher.rabat@jazari.ma', tenant: 'jazari-rabat' }],
  },
  {
    organiser: 'jazari-souss-massa',
    coOrganisers: [],
    audience: 'network',
    kind: 'training',
    title: 'Formation : pilotage de drones agricoles au laboratoire',
    description:
      'Une demi-journée pratique au banc d’essai, en petit groupe : sécurité, plan de vol, lecture des données.',
    day: 10,
    hours: [9, 12],
    venue: 'Laboratoire de robotique agricole, Agadir',
    capacity: 2,
    status: 'published',
    agenda: [
      { title: 'Consignes de sécurité', speaker: 'Institut Jazari Souss-Massa', at: 0 },
      { title: 'Vol d’essai et relevés', speaker: 'Institut Jazari Souss-Massa', at: 1 },
    ],
    // Full: whoever registers next joins the waitlist.
    registrations: [
      { email: 'researcher.rabat@jazari.ma', tenant: 'jazari-rabat' },
      { email: 'manager.rabat@jazari.ma', tenant: 'jazari-rabat' },
    ],
  },
];

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
