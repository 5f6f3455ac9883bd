import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { NO_TENANT, TransactionRunner, uuidv7 } from '@jazari/database';
import { renderCalendar, type CalendarEvent } from '@jazari/http';
import { WorkshopRepository } from '../events/workshop.repository.js';
import { organiserScope, WorkshopAccess } from '../workshop-access.js';
import { WorkshopProblems } from '../workshop.problems.js';
import { CalendarRepository, type FeedEventRow } from './calendar.repository.js';

const PRODUCT = '-//Jazari//Workshops//FR';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface FeedDto {
  id: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedFeedDto extends FeedDto {
  /** Shown once: the secret URL a calendar client subscribes to. */
  url: string;
  token: string;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function location(e: { venue: string | null; onlineUrl: string | null }): string | undefined {
  return [e.venue, e.onlineUrl].filter(Boolean).join(' — ') || undefined;
}

/**
 * Calendars: one workshop's `.ics`, and a person's feed of the workshops they are registered for, read by
 * calendar clients with a secret URL (only its SHA-256 is stored; revoking it ends the feed).
 */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly access: WorkshopAccess,
    private readonly workshops: WorkshopRepository,
    private readonly feeds: CalendarRepository,
  ) {}

  ics(actor: Actor, id: string): Promise<string> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, id);
      const w = await this.transactions.onBehalfOf(organiserScope(actor, scope), (scoped) =>
        this.workshops.find(scoped, scope.organiserTenantId, id),
      );
      if (!w) throw WorkshopProblems.notFound();
      return renderCalendar(
        {
          name: w.title,
          product: PRODUCT,
          timeZone: w.timeZone,
          events: [this.event({ ...w, workshopId: w.id })],
        },
        this.clock.now(),
      );
    });
  }

  create(actor: Actor): Promise<CreatedFeedDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const token = randomBytes(32).toString('base64url');
      const id = uuidv7();
      const now = this.clock.now();
      await this.feeds.insert(tx, actor.tenantId, id, actor.userId!, hashToken(token), now);
      return {
        id,
        createdAt: now.toISOString(),
        revokedAt: null,
        token,
        url: `${this.config.publicUrl.replace(/\/+$/, '')}/api/v1/workshop-feeds/${token}`,
      };
    });
  }

  list(actor: Actor): Promise<FeedDto[]> {
    return this.transactions.run(actorContext(actor), async (tx) =>
      (await this.feeds.list(tx, actor.tenantId, actor.userId!)).map((f) => ({
        id: f.id,
        createdAt: f.createdAt.toISOString(),
        revokedAt: f.revokedAt?.toISOString() ?? null,
      })),
    );
  }

  revoke(actor: Actor, id: string): Promise<FeedDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.feeds.revoke(tx, actor.tenantId, actor.userId!, id, this.clock.now());
      if (!row) throw WorkshopProblems.notFound('calendar feed');
      return {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        revokedAt: row.revokedAt?.toISOString() ?? null,
      };
    });
  }

  /** The feed by its secret: a revoked or unknown token is 404, like any other miss. */
  async feed(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw WorkshopProblems.notFound('calendar feed');
    const hash = hashToken(token);
    const events = await this.transactions.run(NO_TENANT, async (tx) => {
      // A revoked or unknown token is refused; a valid one with no registrations is an empty calendar.
      if (!(await this.feeds.valid(tx, hash))) throw WorkshopProblems.notFound('calendar feed');
      return this.feeds.events(tx, hash);
    });
    return renderCalendar(
      { name: 'Jazari — mes ateliers', product: PRODUCT, events: events.map((e) => this.event(e)) },
      this.clock.now(),
    );
  }

  private event(e: Omit<FeedEventRow, 'workshopId'> & { workshopId: string }): CalendarEvent {
    const base = this.config.publicUrl.replace(/\/+$/, '');
    return {
      uid: `workshop-${e.workshopId}@jazari.ma`,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.title,
      ...(e.description ? { description: e.description } : {}),
      ...(location(e) ? { location: location(e)! } : {}),
      url: `${base}/workshops/${e.workshopId}`,
      status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      sequence: e.version,
      stamp: e.updatedAt,
    };
  }
}
