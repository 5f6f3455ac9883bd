export const RESOURCE_KINDS = [
  'compute',
  'dataset',
  'model',
  'lab',
  'equipment',
  'expertise',
  'software_licence',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_UNITS = [
  'gpu_hour',
  'cpu_hour',
  'TB',
  'GB',
  'seat',
  'slot',
  'day',
  'hour',
  'licence',
  'request',
] as const;
export type ResourceUnit = (typeof RESOURCE_UNITS)[number];

export const RESOURCE_PERIODS = ['month', 'quarter', 'year'] as const;
export type ResourcePeriod = (typeof RESOURCE_PERIODS)[number];

export const RESOURCE_VISIBILITIES = ['network', 'listed'] as const;
export type ResourceVisibility = (typeof RESOURCE_VISIBILITIES)[number];

export const RESOURCE_STATUSES = ['available', 'maintenance', 'retired'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const ALLOCATION_STATUSES = [
  'pending',
  'awaiting_root',
  'approved',
  'rejected',
  'active',
  'expired',
  'revoked',
  'withdrawn',
] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

/** Statuses whose approved quantity counts against the period's capacity and the tenant's share. */
export const RESERVING_STATUSES: readonly AllocationStatus[] = [
  'awaiting_root',
  'approved',
  'active',
  'expired',
];

/** A quantity: a non-negative decimal with at most 12 integer and 3 fraction digits, as a string. */
export const QUANTITY = /^(0|[1-9]\d{0,11})(\.\d{1,3})?$/;

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** The usage thresholds that send a notice, each once per allocation. */
export const USAGE_THRESHOLDS = [80, 100] as const;

/** Days before an allocation's end that its expiring notice goes out. */
export const EXPIRY_NOTICE_DAYS = 7;

/** Longest booking accepted: a booking is a slot, not a tenancy. */
export const MAX_BOOKING_DAYS = 31;
