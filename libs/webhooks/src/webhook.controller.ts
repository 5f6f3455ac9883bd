import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { CurrentActor, isUserActor, RequirePermission, type Actor, type UserActor } from '@jazari/access';
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

  @Get('event-types')
  @RequirePermission('webhooks.read')
  @ApiOkResponse({ type: EventTypesDto, description: 'The event types an endpoint may subscribe to' })
  @ApiOperation({ summary: 'Event types a webhook may subscribe to' })
  eventTypes(): EventTypesDto {
    return { data: this.webhooks.subscribableEventTypes() };
  }

  @Post()
  @RequirePermission('webhooks.manage')
  @ApiCreatedResponse({ type: WebhookWithSecretDto, description: 'The `secret` is shown this once' })
  @ApiBadRequestResponse({ description: 'Invalid body, unknown event type, or a URL that is not allowed' })
  @ApiOperation({ summary: 'Register a webhook (its signing secret is shown once)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    return this.webhooks.create(person(actor), body);
  }

  @Get()
  @RequirePermission('webhooks.read')
  @ApiOkResponse({ type: WebhookPageDto, description: 'Newest first' })
  @ApiOperation({ summary: "Webhooks of the caller's tenant" })
  list(@CurrentActor() actor: Actor, @Query() query: WebhookListQuery): Promise<WebhookPageDto> {
    return this.webhooks.list(actor, query.cursor, query.limit);
  }

  @Get(':id')
  @RequirePermission('webhooks.read')
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ description: 'No such endpoint in your tenant' })
  @ApiOperation({ summary: 'One webhook' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<WebhookDto> {
    return this.webhooks.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('webhooks.manage')
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ description: 'No such endpoint in your tenant' })
  @ApiOperation({ summary: 'Change a webhook' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<WebhookDto> {
    return this.webhooks.update(person(actor), id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('webhooks.manage')
  @ApiNoContentResponse({ description: 'Deleted, with its delivery log' })
  @ApiNotFoundResponse({ description: 'No such endpoint in your tenant' })
  @ApiOperation({ summary: 'Delete a webhook' })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.webhooks.remove(person(actor), id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequirePermission('webhooks.manage')
  @ApiOkResponse({ type: WebhookWithSecretDto, description: 'The new `secret`, shown this once' })
  @ApiNotFoundResponse({ description: 'No such endpoint in your tenant' })
  @ApiOperation({ summary: "Rotate a webhook's signing secret" })
  rotateSecret(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<WebhookWithSecretDto> {
    return this.webhooks.rotateSecret(person(actor), id);
  }

  @Get(':id/deliveries')
  @RequirePermission('webhooks.read')
  @ApiOkResponse({ type: DeliveryPageDto, description: 'The delivery log, newest first' })
  @ApiNotFoundResponse({ description: 'No such endpoint in your tenant' })
  @ApiOperation({ summary: "A webhook's deliveries, newest first" })
  deliveriesOf(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: DeliveryListQuery,
  ): Promise<DeliveryPageDto> {
    return this.deliveries.list(actor, id, query);
  }

  @Get(':id/deliveries/:deliveryId')
  @RequirePermission('webhooks.read')
  @ApiOkResponse({ type: DeliveryDto })
  @ApiNotFoundResponse({ description: 'No such delivery of this endpoint' })
  @ApiOperation({ summary: 'One delivery of a webhook' })
  delivery(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<DeliveryDto> {
    return this.deliveries.get(actor, id, deliveryId);
  }

  @Get(':id/deliveries/:deliveryId/attempts')
  @RequirePermission('webhooks.read')
  @ApiOkResponse({ type: AttemptListDto, description: 'Every attempt, oldest first' })
  @ApiNotFoundResponse({ description: 'No such delivery of this endpoint' })
  @ApiOperation({ summary: 'The attempts of one delivery' })
  attempts(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<AttemptListDto> {
    return this.deliveries.attempts(actor, id, deliveryId);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @RequirePermission('webhooks.manage')
  @ApiAcceptedResponse({ type: DeliveryDto, description: 'A new attempt cycle is queued' })
  @ApiNotFoundResponse({ description: 'No such delivery of this endpoint' })
  @ApiConflictResponse({ description: 'The endpoint is disabled' })
  @ApiOperation({ summary: 'Send a delivery again' })
  redeliver(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ): Promise<DeliveryDto> {
    return this.deliveries.redeliver(person(actor), id, deliveryId);
  }
}
