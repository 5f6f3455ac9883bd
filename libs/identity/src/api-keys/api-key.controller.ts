import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidParam } from '@jazari/http';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { IdCursorQuery } from '@jazari/http';
import { requireUser } from '../require-user.js';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto.js';
import { ApiKeyService } from './api-key.service.js';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeyController {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @ActionRoute({
    method: 'post',
    permission: 'api_keys.manage',
    summary: 'Create an API key (its secret is shown once)',
    created: { type: CreatedApiKeyDto, description: 'The `key` is shown this once' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(requireUser(actor), body);
  }

  @ReadRoute({ permission: 'api_keys.read', summary: "API keys of the caller's tenant", ok: ApiKeyPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: IdCursorQuery): Promise<ApiKeyPageDto> {
    return this.apiKeys.list(actor, query.cursor, query.limit);
  }

  @ReadRoute({ path: ':id', permission: 'api_keys.read', summary: 'One API key', ok: ApiKeyDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ApiKeyDto> {
    return this.apiKeys.get(actor, id);
  }

  @ActionRoute({
    method: 'delete',
    path: ':id',
    status: 204,
    permission: 'api_keys.manage',
    summary: 'Revoke an API key',
    noContent: { description: 'Revoked' },
  })
  revoke(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.apiKeys.revoke(requireUser(actor), id);
  }
}
