import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { OutboxModule } from '@jazari/outbox';
import { AllocationController, ResourceAllocationController } from './allocations/allocation.controller.js';
import { AllocationDecisionService } from './allocations/allocation-decision.service.js';
import { AllocationRepository } from './allocations/allocation.repository.js';
import { AllocationRequestService } from './allocations/allocation-request.service.js';
import { UsageService } from './allocations/usage.service.js';
import { BookingController } from './bookings/booking.controller.js';
import { BookingRepository } from './bookings/booking.repository.js';
import { BookingService } from './bookings/booking.service.js';
import { ResourceController } from './catalogue/resource.controller.js';
import { ResourceRepository } from './catalogue/resource.repository.js';
import { ResourceService } from './catalogue/resource.service.js';
import { ResourceSweepHandler } from './expiry/resource-sweep.handler.js';
import { ResourceSweepService } from './expiry/resource-sweep.service.js';
import { ResourceAccess } from './resource-access.js';
import './resource.jobs.js';

/**
 * The resources context's routes and services (API): the catalogue, allocations and their usage,
 * bookings and the iCalendar feed. docs/resources.md describes them.
 */
@Module({
  imports: [OutboxModule, AuditLogModule],
  controllers: [ResourceController, ResourceAllocationController, AllocationController, BookingController],
  providers: [
    ResourceAccess,
    ResourceRepository,
    ResourceService,
    AllocationRepository,
    AllocationRequestService,
    AllocationDecisionService,
    UsageService,
    BookingRepository,
    BookingService,
  ],
  exports: [ResourceService],
})
export class ResourcesModule {}

/**
 * The resources context's job handlers and schedule (worker): the `resources.sweep` system job (every
 * 15 minutes, queue `maintenance`: activations, 7-day notices, expiries). Its events reach people
 * through notifications, which subscribes to them.
 */
@Module({
  imports: [OutboxModule, AuditLogModule],
  providers: [AllocationRepository, ResourceSweepService, ResourceSweepHandler],
  exports: [ResourceSweepService],
})
export class ResourcesJobsModule {}
