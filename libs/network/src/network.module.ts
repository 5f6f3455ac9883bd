import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { DirectoryController } from './directory/directory.controller.js';
import { DirectoryRepository } from './directory/directory.repository.js';
import { DirectoryService } from './directory/directory.service.js';
import { DomainController } from './reference/domain.controller.js';
import { DomainRepository } from './reference/domain.repository.js';
import { DomainService } from './reference/domain.service.js';
import { PriorityController } from './reference/priority.controller.js';
import { PriorityRepository } from './reference/priority.repository.js';
import { PriorityService } from './reference/priority.service.js';
import { RegionController } from './regions/region.controller.js';
import { RegionRepository } from './regions/region.repository.js';
import { RegionService } from './regions/region.service.js';
import { TenantController } from './tenants/tenant.controller.js';
import { TenantRepository } from './tenants/tenant.repository.js';
import { TenantService } from './tenants/tenant.service.js';

/**
 * The tenants and the network's reference data: `/tenants` (Root), `/regions`, `/priorities` and
 * `/domains` (everyone reads, Root manages), and the `/directory` every tenant reads and maintains its
 * own entry of.
 */
@Module({
  imports: [AuditLogModule],
  controllers: [
    TenantController,
    RegionController,
    PriorityController,
    DomainController,
    DirectoryController,
  ],
  providers: [
    TenantRepository,
    RegionRepository,
    PriorityRepository,
    DomainRepository,
    DirectoryRepository,
    TenantService,
    RegionService,
    PriorityService,
    DomainService,
    DirectoryService,
  ],
  exports: [TenantService, TenantRepository, RegionService, PriorityService, DomainService, DirectoryService],
})
export class NetworkModule {}
