import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

/**
 * The resources context's events (queue `notifications`) and its scheduled sweep (queue `maintenance`).
 * Events carry the words the notices show (names, quantities) so resolvers only look people up; they are
 * written in the resource owner's tenant, where the allocation or booking lives.
 */

/** A request to decide: `stage` owner → the owner's managers; root → Root's network admins. */
export interface AllocationRequested {
  readonly allocationId: string;
  readonly resourceId: string;
  readonly resourceName: string;
  readonly unit: string;
  readonly quantity: string;
  readonly requesterTenantId: string;
  readonly requesterName: string;
  readonly stage: 'owner' | 'root';
  /** The tenant whose people decide at this stage (the owner, or Root). */
  readonly deciderTenantId: string;
}
/** Approved (possibly less than asked), rejected or revoked: the requester is told. */
export interface AllocationDecided {
  readonly allocationId: string;
  readonly resourceName: string;
  readonly unit: string;
  readonly decision: 'approved' | 'rejected' | 'revoked';
  readonly quantity: string | null;
  readonly reason: string | null;
  readonly requesterTenantId: string;
  readonly requestedBy: string | null;
}
/** The requester withdrew its request: whoever would have decided next is told. */
export interface AllocationWithdrawn {
  readonly allocationId: string;
  readonly resourceName: string;
  readonly unit: string;
  readonly quantity: string;
  readonly requesterName: string;
  readonly reason: string | null;
  readonly stage: 'owner' | 'root';
  /** The tenant whose people would have decided (the owner, or Root). */
  readonly deciderTenantId: string;
}
/** An allocation ends in `daysLeft` days (sent once, 7 days before). */
export interface AllocationExpiring {
  readonly allocationId: string;
  readonly resourceName: string;
  readonly endsOn: string;
  readonly daysLeft: number;
  readonly requesterTenantId: string;
  readonly requestedBy: string | null;
}
/** Usage reached 80% or 100% of the approved quantity (each once per allocation). */
export interface UsageThreshold {
  readonly allocationId: string;
  readonly resourceName: string;
  readonly unit: string;
  readonly threshold: number;
  readonly used: string;
  readonly approved: string;
  readonly requesterTenantId: string;
  readonly requestedBy: string | null;
}
export interface BookingConfirmed {
  readonly bookingId: string;
  readonly resourceId: string;
  readonly resourceName: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly bookerTenantId: string;
  readonly bookedBy: string | null;
}
export interface BookingCancelled {
  readonly bookingId: string;
  readonly resourceId: string;
  readonly resourceName: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly bookerTenantId: string;
  readonly bookedBy: string | null;
}

export const allocationRequestedJob = defineJob<AllocationRequested>(
  'resources.allocation_requested',
  NOTICE_JOB,
);
export const allocationDecidedJob = defineJob<AllocationDecided>('resources.allocation_decided', NOTICE_JOB);
export const allocationWithdrawnJob = defineJob<AllocationWithdrawn>(
  'resources.allocation_withdrawn',
  NOTICE_JOB,
);
export const allocationExpiringJob = defineJob<AllocationExpiring>(
  'resources.allocation_expiring',
  NOTICE_JOB,
);
export const usageThresholdJob = defineJob<UsageThreshold>('resources.usage_threshold', NOTICE_JOB);
export const bookingConfirmedJob = defineJob<BookingConfirmed>('resources.booking_confirmed', NOTICE_JOB);
export const bookingCancelledJob = defineJob<BookingCancelled>('resources.booking_cancelled', NOTICE_JOB);

/** The scheduled sweep: activations, expiry notices, expiries. A system job: no tenant. */
export const resourceSweepJob = defineSystemJob('resources.sweep', {
  queue: 'maintenance',
  version: 1,
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
});

/** Every 15 minutes: allocations start and end by the network's day, so this is on time. */
export const RESOURCE_SWEEP_EVERY_MS = 15 * 60_000;

export const resourceSweepSchedule = defineSchedule({
  id: 'resources.sweep',
  job: resourceSweepJob,
  everyMs: RESOURCE_SWEEP_EVERY_MS,
  payload: {},
});
