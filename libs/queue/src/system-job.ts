import type { BackoffOptions } from 'bullmq';
import { defineJob, type JobDefinition, type JobName, type QueueName } from './job-catalog.js';

/**
 * What a system job carries: no tenant and no outbox event. A scheduled sweep reads across tenants
 * itself and does each tenant's work in that tenant's own transaction.
 */
export interface SystemJobEnvelope<P = unknown> {
  readonly v: number;
  readonly system: true;
  readonly payload: P;
}

/**
 * Defines a job that runs for the platform rather than for a tenant (started by a job scheduler, not by
 * an outbox event). The worker hands it to its handler directly: no tenant transaction, no ledger, so
 * the handler must be idempotent on its own (a sweep re-reads the state it acts on).
 */
export function defineSystemJob<P = Record<string, never>>(
  name: JobName,
  options: { queue: QueueName; version: number; attempts: number; backoff: BackoffOptions },
): JobDefinition<P> {
  return defineJob<P>(name, { ...options, system: true });
}

export function isSystemEnvelope(data: unknown): data is SystemJobEnvelope {
  return typeof data === 'object' && data !== null && (data as { system?: unknown }).system === true;
}
