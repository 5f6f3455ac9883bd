export { ResourcesModule, ResourcesJobsModule } from './resources.module.js';
export { ResourceService, type ResourceInput } from './catalogue/resource.service.js';
export { ResourceSweepService, type ResourceSweepResult } from './expiry/resource-sweep.service.js';
export {
  RESOURCE_KINDS,
  RESOURCE_UNITS,
  ALLOCATION_STATUSES,
  type ResourceKind,
  type ResourceUnit,
  type AllocationStatus,
} from './resource.types.js';
export {
  allocationDecidedJob,
  allocationExpiringJob,
  allocationRequestedJob,
  allocationWithdrawnJob,
  bookingCancelledJob,
  bookingConfirmedJob,
  usageThresholdJob,
  type AllocationDecided,
  type AllocationExpiring,
  type AllocationRequested,
  type AllocationWithdrawn,
  type BookingCancelled,
  type BookingConfirmed,
  type UsageThreshold,
} from './resource.jobs.js';
