import { publicLink } from '../public-link.js';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, NETWORK_TIME_ZONE, networkToday } from '@jazari/config';
import { TransactionRunner, type DbContext } from '@jazari/database';
import { MailSender } from '../mail/mail.sender.js';
import { renderDigest } from '../mail/render-email.js';
import { LOCALES, type Locale } from '../notification.types.js';
import { DIGEST_HOUR } from './digest.jobs.js';
import { DigestRepository } from './digest.repository.js';

const ROOT_READER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });
const BATCH = 500;

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: NETWORK_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/**
 * The digest day of an instant: today (network time) from DIGEST_HOUR, else yesterday. Day D's digest
 * holds what waited before D at DIGEST_HOUR, so what arrives later waits for the next morning.
 */
export function digestDay(now: Date): string {
  const today = networkToday(now);
  if (Number(hourFormat.format(now)) >= DIGEST_HOUR) return today;
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface DigestRun {
  readonly sent: number;
  readonly failed: number;
}

/** The Message-ID of a person's digest of a day: the same digest sent again keeps its id. */
export function digestMessageId(userId: string, day: string): string {
  return `<digest.${day}.${userId}@notifications.jazari.ma>`;
}

/**
 * The daily digest: each morning from DIGEST_HOUR network time, each person with items that waited
 * since before then gets one e-mail with them. Each digest is claimed (`sending`) in its own committed transaction before the send and marked
 * `delivered` after, like an event's e-mail: a digest that failed is sent again by the next run; a crash
 * between claim and mark sends it again with the same Message-ID.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly digests: DigestRepository,
    private readonly mail: MailSender,
  ) {}

  async run(): Promise<DigestRun> {
    const today = digestDay(this.clock.now());
    const users = await this.transactions.run(ROOT_READER, (tx) => this.digests.due(tx, today, BATCH));
    let sent = 0;
    let failed = 0;
    for (const userId of users) {
      try {
        if (await this.sendOne(userId, today)) sent += 1;
      } catch (error) {
        failed += 1;
        this.logger.warn({ err: error, userId }, 'a digest could not be sent');
      }
    }
    return { sent, failed };
  }

  private async sendOne(userId: string, today: string): Promise<boolean> {
    const own: DbContext = { tenantId: null, tenantKind: null, userId };
    const claimed = await this.transactions.run(own, async (tx) => {
      const person = await this.digests.person(tx, userId);
      if (!person || person.status !== 'active') return undefined;
      const day = await this.digests.claim(tx, userId, today);
      return day === undefined
        ? undefined
        : { day, person, items: await this.digests.items(tx, userId, day) };
    });
    if (!claimed) return false;
    const { day, person, items } = claimed;
    const locale: Locale = (LOCALES as readonly string[]).includes(person.locale)
      ? (person.locale as Locale)
      : 'fr';
    try {
      const rendered = renderDigest(
        locale,
        day,
        items.map((i) => ({
          title: i.title[locale],
          url: publicLink(this.config.publicUrl, i.link, i.tenantId),
        })),
      );
      await this.mail.send({
        ...rendered,
        to: person.email,
        locale,
        messageId: digestMessageId(userId, day),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.transactions
        .run(own, (tx) => this.digests.mark(tx, userId, day, { delivered: false, error: message }))
        .catch(() => undefined);
      throw error;
    }
    await this.transactions.run(own, (tx) =>
      this.digests.mark(tx, userId, day, { delivered: true, items: items.length }),
    );
    return true;
  }
}
