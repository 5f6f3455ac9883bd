import { defineJob, defineSchedule, defineSystemJob, NOTICE_JOB } from '@jazari/queue';

/**
 * The resources context's events (queue `notifications`) and its scheduled sweep (queue `maintenance`).
 * Events carry the words the notices show (names, quantities) so resolvers only look people up; they are
 * written in the resource owner's tenant, where the allocation or booking lives.
 */
declare module '@jazari/queue' {
  interface JobCatalog {
    /** A request to decide: `stage` owner → the owner's managers; root → Root's network admins. */
    'resources.allocation_requested': {
      allocationId: string;
      resourceId: string;
      resourceName: string;
      unit: string;
      quantity: string;
      requesterTenantId: string;
      requesterName: string;
      stage: 'owner' | 'root';
      /** The tenant whose people decide at this stage (the owner, or Root). */
      deciderTenantId: string;
    };
    /** Approved (possibly less than asked), rejected or revoked: the requester is told. */
    'resources.allocation_decided': {
      allocationId: string;
      resourceName: string;
      unit: string;
      decision: 'approved' | 'rejected' | 'revoked';
      quantity: string | null;
      reason: string | null;
      requesterTenantId: string;
      requestedBy: string | null;
    };
    /** The requester withdrew its request: whoever would have decided next is told. */
    'resources.allocation_withdrawn': {
      allocationId: string;
      resourceName: string;
      unit: string;
      quantity: string;
      requesterName: string;
      reason: string | null;
      stage: 'owner' | 'root';
      /** The tenant whose people would have decided (the owner, or Root). */
      deciderTenantId: string;
    };
    /** An allocation ends in `daysLeft` days (sent once, 7 days before). */
    'resources.allocation_expiring': {
      allocationId: string;
      resourceName: string;
      endsOn: string;
      daysLeft: number;
      requesterTenantId: string;
      requestedBy: string | null;
    };
    /** Usage reached 80% or 100% of the approved quantity (each once per allocation). */
    'resources.usage_threshold': {
      allocationId: string;
      resourceName: string;
      unit: string;
      threshold: number;
      used: string;
      approved: string;
      requesterTenantId: string;
      requestedBy: string | null;
    };
    'resources.booking_confirmed': {
      bookingId: string;
      resourceId: string;
      resourceName: string;
      startsAt: string;
      endsAt: string;
      bookerTenantId: string;
      bookedBy: string | null;
    };
    'resources.booking_cancelled': {
      bookingId: string;
      resourceId: string;
      resourceName: string;
      startsAt: string;
      endsAt: string;
      bookerTenantId: string;
      bookedBy: string | null;
    };
    /** The scheduled sweep: activations, expiry notices, expiries. A system job: no tenant. */
    'resources.sweep': Record<string, never>;
  }
}

export const allocationRequestedJob = defineJob('resources.allocation_requested', NOTICE_JOB);
export const allocationDecidedJob = defineJob('resources.allocation_decided', NOTICE_JOB);
export const allocationWithdrawnJob = defineJob('resources.allocation_withdrawn', NOTICE_JOB);
export const allocationExpiringJob = defineJob('resources.allocation_expiring', NOTICE_JOB);
export const usageThresholdJob = defineJob('resources.usage_threshold', NOTICE_JOB);
export const bookingConfirmedJob = defineJob('resources.booking_confirmed', NOTICE_JOB);
export const bookingCancelledJob = defineJob('resources.booking_cancelled', NOTICE_JOB);

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
  job: 'resources.sweep',
  everyMs: RESOURCE_SWEEP_EVERY_MS,
  payload: {},
});
