import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute } from '@jazari/access';
import { RegionListResponseDto } from './dto/region-list-response.dto.js';
import { RegionService } from './region.service.js';

/** The regions: reference data every signed-in caller (person or API key) may read. */
@ApiTags('tenants')
@Controller('regions')
export class RegionController {
  constructor(private readonly regions: RegionService) {}

  @ReadRoute({
    permission: 'reference.read',
    summary: 'The 12 regions (ISO 3166-2:MA) with their names in fr, ar and en',
    ok: RegionListResponseDto,
  })
  async list(@CurrentActor() actor: Actor): Promise<RegionListResponseDto> {
    return RegionListResponseDto.from(await this.regions.list(actor));
  }
}
