import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { uuidParam } from '@jazari/http';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { IdCursorQuery } from '@jazari/http';
import { requireUser } from '../require-user.js';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto.js';
import { ApiKeyService } from './api-key.service.js';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeyController {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Post()
  @RequirePermission('api_keys.manage')
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'The `key` is shown this once' })
  @ApiOperation({ summary: 'Create an API key (its secret is shown once)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(requireUser(actor), body);
  }

  @Get()
  @RequirePermission('api_keys.read')
  @ApiOkResponse({ type: ApiKeyPageDto })
  @ApiOperation({ summary: "API keys of the caller's tenant" })
  list(@CurrentActor() actor: Actor, @Query() query: IdCursorQuery): Promise<ApiKeyPageDto> {
    return this.apiKeys.list(actor, query.cursor, query.limit);
  }

  @Get(':id')
  @RequirePermission('api_keys.read')
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiOperation({ summary: 'One API key' })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ApiKeyDto> {
    return this.apiKeys.get(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('api_keys.manage')
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiOperation({ summary: 'Revoke an API key' })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.apiKeys.revoke(requireUser(actor), id);
  }
}
