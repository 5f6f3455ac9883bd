import { Inject, Injectable } from '@nestjs/common';
import { actorContext, type Actor, type UserActor } from '@jazari/access';
import { AuditLog } from '@jazari/audit';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { webhookSecret } from './webhook-signature.js';
import { checkUrlShape, resolveAllowed } from './webhook-url.js';
import type {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDto,
  WebhookPageDto,
  WebhookWithSecretDto,
} from './webhook.dto.js';
import { WebhookRepository, type EndpointRow } from './webhook.repository.js';
import { unknownEventTypes, webhookNotFound, webhookUrlRefused } from './webhooks.problems.js';

/**
 * The event types an endpoint may subscribe to, given by the module that imports webhooks (notifications:
 * its catalogue's events, but a person's own). Webhooks knows no business context.
 */
export const WEBHOOK_EVENT_TYPES = Symbol('WEBHOOK_EVENT_TYPES');

/**
 * A tenant's webhook endpoints. The signing secret is derived (never stored) and shown only in the
 * answers to creation and rotation. Every change is in the tenant's audit chain.
 */
@Injectable()
export class WebhookService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly repository: WebhookRepository,
    private readonly audit: AuditLog,
    @Inject(WEBHOOK_EVENT_TYPES) private readonly eventTypes: readonly string[],
  ) {}

  /** The event types an endpoint may subscribe to, sorted. */
  subscribableEventTypes(): string[] {
    return [...this.eventTypes].sort();
  }

  async create(actor: UserActor, input: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    const eventTypes = this.checkEventTypes(input.eventTypes);
    const url = await this.checkUrl(input.url);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.insertEndpoint(tx, {
        tenantId: actor.tenantId,
        id: uuidv7(),
        url,
        description: input.description ?? '',
        eventTypes,
        enabled: input.enabled ?? true,
        createdBy: actor.userId,
        now: this.clock.now(),
      });
      await this.audit.record(tx, actor, {
        action: 'webhook.created',
        targetType: 'webhook_endpoint',
        targetId: row.id,
        data: { url: row.url, eventTypes: row.eventTypes, enabled: row.enabled },
      });
      return this.withSecret(row);
    });
  }

  list(actor: Actor, cursor: string | undefined, limit = 50): Promise<WebhookPageDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.repository.listEndpoints(tx, actor.tenantId, cursor ?? null, limit + 1);
      const data = rows.slice(0, limit);
      return {
        data: data.map(toWebhookDto),
        nextCursor: rows.length > limit ? data[data.length - 1].id : null,
      };
    });
  }

  get(actor: Actor, id: string): Promise<WebhookDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.findEndpoint(tx, actor.tenantId, id);
      if (!row) throw webhookNotFound();
      return toWebhookDto(row);
    });
  }

  async update(actor: UserActor, id: string, input: UpdateWebhookDto): Promise<WebhookDto> {
    const eventTypes = input.eventTypes && this.checkEventTypes(input.eventTypes);
    return this.transactions.run(actorContext(actor), async (tx) => {
      // Existence first: another tenant's id is a 404 before its URL is judged.
      const before = await this.repository.findEndpoint(tx, actor.tenantId, id);
      if (!before) throw webhookNotFound();
      const url = input.url === undefined ? undefined : await this.checkUrl(input.url);
      const row = await this.repository.updateEndpoint(
        tx,
        actor.tenantId,
        id,
        { url, eventTypes, description: input.description, enabled: input.enabled },
        this.clock.now(),
      );
      if (!row) throw webhookNotFound();
      await this.audit.record(tx, actor, {
        action: 'webhook.updated',
        targetType: 'webhook_endpoint',
        targetId: id,
        data: Object.fromEntries(
          Object.entries({ url, eventTypes, description: input.description, enabled: input.enabled }).filter(
            ([, v]) => v !== undefined,
          ),
        ),
      });
      return toWebhookDto(row);
    });
  }

  rotateSecret(actor: UserActor, id: string): Promise<WebhookWithSecretDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.rotateSecret(tx, actor.tenantId, id, this.clock.now());
      if (!row) throw webhookNotFound();
      await this.audit.record(tx, actor, {
        action: 'webhook.secret_rotated',
        targetType: 'webhook_endpoint',
        targetId: id,
        data: { secretVersion: row.secretVersion },
      });
      return this.withSecret(row);
    });
  }

  remove(actor: UserActor, id: string): Promise<void> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const row = await this.repository.findEndpoint(tx, actor.tenantId, id);
      if (!row) throw webhookNotFound();
      await this.repository.deleteEndpoint(tx, actor.tenantId, id);
      await this.audit.record(tx, actor, {
        action: 'webhook.deleted',
        targetType: 'webhook_endpoint',
        targetId: id,
        data: { url: row.url },
      });
    });
  }

  private withSecret(row: EndpointRow): WebhookWithSecretDto {
    const secret = webhookSecret(this.config.webhooks.signingSecret, row.tenantId, row.id, row.secretVersion);
    return { ...toWebhookDto(row), secret };
  }

  private checkEventTypes(types: readonly string[]): string[] {
    const known = this.subscribableEventTypes();
    const unknown = types.filter((t) => !known.includes(t));
    if (unknown.length > 0) throw unknownEventTypes(unknown, known);
    return [...new Set(types)].sort();
  }

  /** The SSRF rules at registration: the shape, then (in production, or for http) every resolved address. */
  private async checkUrl(value: string): Promise<string> {
    const { url, refusal } = checkUrlShape(value, this.config.env);
    if (!url || refusal) throw webhookUrlRefused(refusal ?? 'The URL is not valid.');
    if (this.config.env === 'production' || url.protocol === 'http:') {
      const resolved = await resolveAllowed(url, this.config.env);
      if (resolved.refusal) throw webhookUrlRefused(resolved.refusal);
    }
    return url.toString();
  }
}

export function toWebhookDto(row: EndpointRow): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: [...row.eventTypes],
    enabled: row.enabled,
    secretVersion: row.secretVersion,
    failingSince: row.failingSince?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    disabledReason: row.disabledReason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
