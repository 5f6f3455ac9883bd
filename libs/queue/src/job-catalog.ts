import type { BackoffOptions } from 'bullmq';

/** Queue names are a wire protocol shared with running workers: never rename one. */
export const QUEUE_NAMES = ['notifications', 'webhooks', 'reports', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * The one map from job name to payload type. Each context adds its jobs by augmenting it next to the
 * job's definition:
 *
 *   declare module '@jazari/queue' { interface JobCatalog { 'convention.signed': { conventionId: string } } }
 *   export const conventionSigned = defineJob('convention.signed', { queue: 'notifications', ... });
 *
 * Enqueueing a name that is not in the map, or a payload of the wrong shape, does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobCatalog {}

export type JobName = Extract<keyof JobCatalog, string>;
export type JobPayload<N extends JobName> = JobCatalog[N];

export interface JobDefinition<N extends JobName = JobName> {
  readonly name: N;
  readonly queue: QueueName;
  /** Payload version; bump it when the payload's shape changes, and keep handling the old one. */
  readonly version: number;
  readonly attempts: number;
  readonly backoff: BackoffOptions;
  /**
   * A system job (a scheduled sweep): no tenant, no outbox event; its handler gets a `SystemJobEnvelope`
   * and opens the transactions it needs itself. See `defineSystemJob`.
   */
  readonly system?: boolean;
}

/** What travels in Redis: ids and the tenant, never documents; the handler reloads what it needs. */
export interface JobEnvelope<N extends JobName = JobName> {
  readonly v: number;
  /** The outbox event id; also the BullMQ job id, so a re-published event is not enqueued twice. */
  readonly eventId: string;
  readonly tenantId: string;
  readonly payload: JobPayload<N>;
}

/**
 * The options of an event that reaches people (queue `notifications`): its one handler dispatches it
 * through the notifications catalogue; retried with exponential backoff from 1 s, 10 attempts.
 */
export const NOTICE_JOB = {
  queue: 'notifications',
  version: 1,
  attempts: 10,
  backoff: { type: 'exponential', delay: 1_000 },
} as const;

const definitions = new Map<string, JobDefinition>();

export function defineJob<N extends JobName>(
  name: N,
  options: Omit<JobDefinition<N>, 'name'>,
): JobDefinition<N> {
  if (definitions.has(name)) throw new Error(`Job "${name}" is defined twice`);
  if (!QUEUE_NAMES.includes(options.queue))
    throw new Error(`Job "${name}" names an unknown queue "${options.queue}"`);
  const definition: JobDefinition<N> = { name, ...options };
  definitions.set(name, definition);
  return definition;
}

export function jobDefinition<N extends JobName>(name: N): JobDefinition<N> {
  const definition = definitions.get(name);
  if (!definition) throw new Error(`Job "${name}" has no definition`);
  return definition as unknown as JobDefinition<N>;
}

/** Whether this process knows the job (an event from a newer or older release may not be). */
export function isDefinedJob(name: string): name is JobName {
  return definitions.has(name);
}

export function allJobDefinitions(): readonly JobDefinition[] {
  return [...definitions.values()];
}
