import { Module } from '@nestjs/common';
import { AuditModule } from '@jazari/audit';
import { RegionController } from './region.controller.js';
import { RegionRepository } from './region.repository.js';
import { RegionService } from './region.service.js';
import { TenantController } from './tenant.controller.js';
import { TenantRepository } from './tenant.repository.js';
import { TenantService } from './tenant.service.js';

/** The tenant directory and its reference data: `/tenants` (Root) and `/regions` (everyone). */
@Module({
  imports: [AuditModule],
  controllers: [TenantController, RegionController],
  providers: [TenantRepository, RegionRepository, TenantService, RegionService],
  exports: [TenantService, RegionService],
})
export class NetworkModule {}
