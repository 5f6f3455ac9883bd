import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CurrentActor,
  isUserActor,
  type Actor,
  type UserActor,
  ReadRoute,
  ActionRoute,
} from '@jazari/access';
import { ProblemException, uuidParam } from '@jazari/http';
import { HttpStatus } from '@nestjs/common';
import {
  AttemptListDto,
  CreateWebhookDto,
  DeliveryDto,
  DeliveryListQuery,
  DeliveryPageDto,
  EventTypesDto,
  UpdateWebhookDto,
  WebhookDto,
  WebhookListQuery,
  WebhookPageDto,
  WebhookWithSecretDto,
} from './webhook.dto.js';
import { WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookService } from './webhook.service.js';

/** `webhooks.manage` is personal (never an API key's); this narrows the type. */
function person(actor: Actor): UserActor {
  if (!isUserActor(actor))
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'person-required',
      'Only a signed-in person can do this',
    );
  return actor;
}

@ApiTags('webhooks')
@Controller('webhooks')
export class WebhookController {
  constructor(
    private readonly webhooks: WebhookService,
    private readonly deliveries: WebhookDeliveryService,
  ) {}

  @ReadRoute({
    path: 'event-types',
    permission: 'webhooks.read',
    summary: 'Event types a webhook may subscribe to',
    ok: { type: EventTypesDto, description: 'The event types an endpoint may subscribe to' },
  })
  eventTypes(): EventTypesDto {
    return { data: this.webhooks.subscribableEventTypes() };
  }

  @ActionRoute({
    method: 'post',
    permission: 'webhooks.manage',
    summary: 'Register a webhook (its signing secret is shown once)',
    created: { type: WebhookWithSecretDto, description: 'The `secret` is shown this once' },
    problems: { 400: 'Invalid body, unknown event type, or a URL that is not allowed' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    return this.webhooks.create(person(actor), body);
  }

  @ReadRoute({
    permission: 'webhooks.read',
    summary: "Webhooks of the caller's tenant",
    ok: { type: WebhookPageDto, description: 'Newest first' },
  })
  list(@CurrentActor() actor: Actor, @Query() query: WebhookListQuery): Promise<WebhookPageDto> {
    return this.webhooks.list(actor, query.cursor, query.limit);
  }

  @ReadRoute({
    path: ':id',
    permission: 'webhooks.read',
    summary: 'One webhook',
    ok: WebhookDto,
    problems: { 404: 'No such endpoint in your tenant' },
  })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<WebhookDto> {
    return this.webhooks.get(actor, id);
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'webhooks.manage',
    summary: 'Change a webhook',
    ok: WebhookDto,
    problems: { 404: 'No such endpoint in your tenant' },
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<WebhookDto> {
    return this.webhooks.update(person(actor), id, body);
  }

  @ActionRoute({
    method: 'delete',
    path: ':id',
    status: 204,
    permission: 'webhooks.manage',
    summary: 'Delete a webhook',
    noContent: { description: 'Deleted, with its delivery log' },
    problems: { 404: 'No such endpoint in your tenant' },
  })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.webhooks.remove(person(actor), id);
  }

  @ActionRoute({
    method: 'post',
    path: ':id/rotate-secret',
    status: 200,
    permission: 'webhooks.manage',
    summary: "Rotate a webhook's signing secret",
    ok: { type: WebhookWithSecretDto, description: 'The new `secret`, shown this once' },
    problems: { 404: 'No such endpoint in your tenant' },
  })
  rotateSecret(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<WebhookWithSecretDto> {
    return this.webhooks.rotateSecret(person(actor), id);
  }

  @ReadRoute({
    path: ':id/deliveries',
    permission: 'webhooks.read',
    summary: "A webhook's deliveries, newest first",
    ok: { type: DeliveryPageDto, description: 'The delivery log, newest first' },
    problems: { 404: 'No such endpoint in your tenant' },
  })
  deliveriesOf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: DeliveryListQuery,
  ): Promise<DeliveryPageDto> {
    return this.deliveries.list(actor, id, query);
  }

  @ReadRoute({
    path: ':id/deliveries/:deliveryId',
    permission: 'webhooks.read',
    summary: 'One delivery of a webhook',
    ok: DeliveryDto,
    problems: { 404: 'No such delivery of this endpoint' },
  })
  delivery(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<DeliveryDto> {
    return this.deliveries.get(actor, id, deliveryId);
  }

  @ReadRoute({
    path: ':id/deliveries/:deliveryId/attempts',
    permission: 'webhooks.read',
    summary: 'The attempts of one delivery',
    ok: { type: AttemptListDto, description: 'Every attempt, oldest first' },
    problems: { 404: 'No such delivery of this endpoint' },
  })
  attempts(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<AttemptListDto> {
    return this.deliveries.attempts(actor, id, deliveryId);
  }

  @ActionRoute({
    method: 'post',
    path: ':id/deliveries/:deliveryId/redeliver',
    status: 202,
    permission: 'webhooks.manage',
    summary: 'Send a delivery again',
    accepted: { type: DeliveryDto, description: 'A new attempt cycle is queued' },
    problems: { 404: 'No such delivery of this endpoint', 409: 'The endpoint is disabled' },
  })
  redeliver(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<DeliveryDto> {
    return this.deliveries.redeliver(person(actor), id, deliveryId);
  }
}
