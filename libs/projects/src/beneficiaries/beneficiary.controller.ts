import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { BeneficiaryService } from './beneficiary.service.js';
import { BeneficiaryMismatchPageResponseDto } from './dto/beneficiary-mismatch-review-response.dto.js';
import { BeneficiaryPageResponseDto } from './dto/beneficiary-page-response.dto.js';
import { BeneficiaryResponseDto } from './dto/beneficiary-response.dto.js';
import { ListBeneficiariesQueryDto } from './dto/list-beneficiaries-query.dto.js';
import { ListMismatchesQueryDto } from './dto/list-mismatches-query.dto.js';
import { UpdateBeneficiaryDto } from './dto/update-beneficiary.dto.js';

const PROBLEM = 'Problem (application/problem+json), type ';
const ID_PARAM = { name: 'id', format: 'uuid', description: 'Beneficiary id' } as const;

/** The national registry of beneficiaries, as the caller may see it; Root corrects it. */
@ApiTags('beneficiaries')
@Controller('beneficiaries')
export class BeneficiaryController {
  constructor(private readonly beneficiaries: BeneficiaryService) {}

  @ReadRoute({
    permission: 'beneficiaries.read',
    summary:
      'Companies supported by the network, with the supports the caller can see (Root: the whole registry)',
    ok: BeneficiaryPageResponseDto,
    problems: { 400: `${PROBLEM}validation-failed: a bad filter, limit or cursor` },
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListBeneficiariesQueryDto,
  ): Promise<BeneficiaryPageResponseDto> {
    const page = await this.beneficiaries.list(
      actor,
      { q: query.q, size: query.size, sector: query.sector, regionCode: query.region },
      { cursor: query.cursor, limit: query.limit },
    );
    return BeneficiaryPageResponseDto.from(page);
  }

  @ReadRoute({
    path: 'mismatches',
    permission: 'reference.manage',
    summary:
      'Links that described a known company (same ICE) otherwise than the registry, newest first (Root network admins)',
    ok: BeneficiaryMismatchPageResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed: a bad beneficiaryId, limit or cursor`,
      403: `${PROBLEM}forbidden: not Root's network admin`,
    },
  })
  async mismatches(
    @CurrentActor() actor: Actor,
    @Query() query: ListMismatchesQueryDto,
  ): Promise<BeneficiaryMismatchPageResponseDto> {
    const page = await this.beneficiaries.listMismatches(
      actor,
      { beneficiaryId: query.beneficiaryId?.toLowerCase() },
      { cursor: query.cursor, limit: query.limit },
    );
    return BeneficiaryMismatchPageResponseDto.from(page);
  }

  @ReadRoute({
    path: ':id',
    permission: 'beneficiaries.read',
    summary: 'One company, with the supports the caller can see',
    params: [ID_PARAM],
    ok: BeneficiaryResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed: the id is not a UUID`,
      404: `${PROBLEM}not-found: no such company, or none the caller supports`,
    },
  })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<BeneficiaryResponseDto> {
    return BeneficiaryResponseDto.fromBeneficiary(await this.beneficiaries.get(actor, id));
  }

  @ActionRoute({
    method: 'patch',
    path: ':id',
    permission: 'reference.manage',
    summary: "Correct a company's name, size, sector or region (Root network admins; never the ICE)",
    params: [ID_PARAM],
    ok: BeneficiaryResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed, also for an unknown region or sector`,
      404: `${PROBLEM}not-found`,
    },
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateBeneficiaryDto,
  ): Promise<BeneficiaryResponseDto> {
    const beneficiary = await this.beneficiaries.correct(actor, id, {
      name: body.name,
      size: body.size,
      sector: body.sector,
      regionCode: body.regionCode,
    });
    return BeneficiaryResponseDto.fromBeneficiary(beneficiary);
  }
}
