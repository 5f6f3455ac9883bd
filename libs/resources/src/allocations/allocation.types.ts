import type { AllocationRecord } from './allocation.repository.js';
import type { AllocationMove } from '../resource.rules.js';

export interface AllocationRequestInput {
  readonly projectId: string;
  readonly quantity: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly justification: string;
  readonly acceptTermsVersion: number;
}

/** An allocation as its reader sees it: the record, its balance and what the caller may do next. */
export interface AllocationDetail extends AllocationRecord {
  readonly remaining: string | null;
  readonly utilisationPercent: number | null;
  readonly allowedActions: readonly AllocationMove[];
  readonly canRecordUsage: boolean;
}

export interface UsageInput {
  readonly quantity: string;
  readonly occurredAt: Date | null;
  readonly note: string | null;
}

export interface Balance {
  readonly allocationId: string;
  readonly unit: string;
  readonly approved: string;
  readonly used: string;
  readonly remaining: string;
  readonly utilisationPercent: number | null;
  /** Thresholds whose notice went out with this record. */
  readonly thresholdsReached: readonly number[];
}
