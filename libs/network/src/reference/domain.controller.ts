import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { API_PREFIX } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { CodeParamPipe } from './code-param.pipe.js';
import { CreateDomainDto } from './dto/create-domain.dto.js';
import { DomainResponseDto } from './dto/domain-response.dto.js';
import { DomainListResponseDto } from './dto/domain-list-response.dto.js';
import { ReferenceListQueryDto } from './dto/reference-list-query.dto.js';
import { UpdateReferenceEntryDto } from './dto/update-reference-entry.dto.js';
import { DomainService } from './domain.service.js';
import { DOMAIN_CODE_PATTERN } from '../reference.types.js';

const PROBLEM = 'Problem (application/problem+json), type ';

/** The thematic domains: everyone reads them, Root's network admins manage them. */
@ApiTags('reference')
@Controller('domains')
export class DomainController {
  constructor(private readonly domains: DomainService) {}

  @ReadRoute({
    permission: 'reference.read',
    summary: 'The thematic domains in display order',
    ok: DomainListResponseDto,
    problems: { 400: `${PROBLEM}validation-failed` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ReferenceListQueryDto,
  ): Promise<DomainListResponseDto> {
    const domains = await this.domains.list(actor, { includeInactive: query.includeInactive });
    return DomainListResponseDto.from(domains);
  }

  @ActionRoute({
    method: 'post',
    permission: 'reference.manage',
    summary: 'Add a thematic domain (Root network admins)',
    created: {
      type: DomainResponseDto,
      headers: { Location: { description: 'URL of the domain list', schema: { type: 'string' } } },
    },
    problems: { 400: `${PROBLEM}validation-failed`, 409: `${PROBLEM}code-taken` },
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateDomainDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DomainResponseDto> {
    const domain = await this.domains.create(actor, {
      code: body.code,
      labels: { fr: body.labels.fr, ar: body.labels.ar, en: body.labels.en },
      position: body.position ?? null,
    });
    void reply.header('location', `/${API_PREFIX}/domains`);
    return DomainResponseDto.from(domain);
  }

  @ActionRoute({
    method: 'patch',
    path: ':code',
    permission: 'reference.manage',
    summary: 'Relabel, reorder, deactivate or reactivate a domain (never deleted)',
    params: [{ name: 'code', example: 'health' }],
    ok: DomainResponseDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('code', new CodeParamPipe(DOMAIN_CODE_PATTERN)) code: string,
    @Body() body: UpdateReferenceEntryDto,
  ): Promise<DomainResponseDto> {
    const domain = await this.domains.update(actor, code, {
      labels: body.labels && { fr: body.labels.fr, ar: body.labels.ar, en: body.labels.en },
      position: body.position,
      active: body.active,
    });
    return DomainResponseDto.from(domain);
  }
}
