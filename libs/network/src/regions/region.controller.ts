import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { RegionListResponseDto } from './dto/region-list-response.dto.js';
import { RegionService } from './region.service.js';

/** The regions: reference data every signed-in caller (person or API key) may read. */
@ApiTags('tenants')
@Controller('regions')
export class RegionController {
  constructor(private readonly regions: RegionService) {}

  @Get()
  @RequirePermission('reference.read')
  @ApiOperation({ summary: 'The 12 regions (ISO 3166-2:MA) with their names in fr, ar and en' })
  @ApiOkResponse({ type: RegionListResponseDto })
  async list(@CurrentActor() actor: Actor): Promise<RegionListResponseDto> {
    return RegionListResponseDto.from(await this.regions.list(actor));
  }
}
