import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { DirectoryService } from './directory.service.js';
import { DirectoryEntryResponseDto } from './dto/directory-entry-response.dto.js';
import { DirectoryPageResponseDto } from './dto/directory-page-response.dto.js';
import { ListDirectoryQueryDto } from './dto/list-directory-query.dto.js';
import { PutDirectoryProfileDto } from './dto/put-directory-profile.dto.js';

const PROBLEM = 'Problem (application/problem+json), type ';

/** The network directory: every tenant reads it; each tenant's admins maintain their own entry. */
@ApiTags('directory')
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @ReadRoute({
    permission: 'reference.read',
    summary:
      'The institutes and partners of the network (Root with kind=root), filtered, by pages ordered by id',
    ok: DirectoryPageResponseDto,
    problems: { 400: `${PROBLEM}validation-failed: a bad filter, limit or cursor` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListDirectoryQueryDto,
  ): Promise<DirectoryPageResponseDto> {
    const page = await this.directory.list(
      actor,
      { kind: query.kind, regionCode: query.region, domainCode: query.domain, q: query.q },
      { cursor: query.cursor, limit: query.limit },
    );
    return DirectoryPageResponseDto.from(page);
  }

  // Declared before `:id` only for readability: the methods differ, so the routes never compete.
  @ActionRoute({
    method: 'put',
    path: 'profile',
    permission: 'directory.manage',
    summary: "Replace the caller's own tenant's directory profile and domains",
    ok: DirectoryEntryResponseDto,
    problems: { 400: `${PROBLEM}validation-failed, also for a domain code that is not an active domain` },
  })
  async saveProfile(
    @CurrentActor() actor: Actor,
    @Body() body: PutDirectoryProfileDto,
  ): Promise<DirectoryEntryResponseDto> {
    const entry = await this.directory.saveOwnProfile(actor, {
      description: body.description ?? null,
      contactEmail: body.contactEmail ?? null,
      contactPhone: body.contactPhone ?? null,
      website: body.website ?? null,
      domainCodes: [...body.domainCodes],
    });
    return DirectoryEntryResponseDto.from(entry);
  }

  @ReadRoute({
    path: ':id',
    permission: 'reference.read',
    summary: "One tenant's directory entry (a suspended tenant's: Root only)",
    params: [{ name: 'id', format: 'uuid', description: 'Tenant id' }],
    ok: DirectoryEntryResponseDto,
    problems: { 400: `${PROBLEM}validation-failed: the id is not a UUID`, 404: `${PROBLEM}not-found` },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<DirectoryEntryResponseDto> {
    return DirectoryEntryResponseDto.from(await this.directory.get(actor, id));
  }
}
