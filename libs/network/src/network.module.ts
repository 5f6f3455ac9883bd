import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { DirectoryController } from './directory.controller.js';
import { DirectoryRepository } from './directory.repository.js';
import { DirectoryService } from './directory.service.js';
import { DomainController } from './domain.controller.js';
import { DomainRepository } from './domain.repository.js';
import { DomainService } from './domain.service.js';
import { PriorityController } from './priority.controller.js';
import { PriorityRepository } from './priority.repository.js';
import { PriorityService } from './priority.service.js';
import { RegionController } from './region.controller.js';
import { RegionRepository } from './region.repository.js';
import { RegionService } from './region.service.js';
import { TenantController } from './tenant.controller.js';
import { TenantRepository } from './tenant.repository.js';
import { TenantService } from './tenant.service.js';

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
  exports: [TenantService, RegionService, PriorityService, DomainService, DirectoryService],
})
export class NetworkModule {}
