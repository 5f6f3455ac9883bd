import type { BackoffOptions } from 'bullmq';

/** Queue names are a wire protocol shared with running workers: never rename one. */
export const QUEUE_NAMES = ['notifications', 'webhooks', 'reports', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * A job: its name (the wire name, never renamed), queue, payload version and retries. Its payload type
 * travels with the definition, which the context that emits the job exports next to the payload type:
 *
 *   export interface ConventionSigned { readonly conventionId: string }
 *   export const conventionSignedJob = defineJob<ConventionSigned>('conventions.signed', NOTICE_JOB);
 *
 * Emitting (`outbox.emit(tx, conventionSignedJob, payload)`) and handling (`@JobHandler(conventionSignedJob)`)
 * go through the definition, so a wrong payload does not compile and a consumer imports the type from the
 * emitter, where the dependency shows.
 */
export interface JobDefinition<P = unknown> {
  readonly name: JobName;
  readonly queue: QueueName;
  /**
   * Payload version; bump it when the payload's shape changes, and keep handling the old one. A worker
   * that meets a newer version than it knows (a newer release emitted it) defers the job: see WorkerHost.
   */
  readonly version: number;
  readonly attempts: number;
  readonly backoff: BackoffOptions;
  /**
   * A system job (a scheduled sweep): no tenant, no outbox event; its handler gets a `SystemJobEnvelope`
   * and opens the transactions it needs itself. See `defineSystemJob`.
   */
  readonly system?: boolean;
  /** Never set: carries the payload type for the compiler. */
  readonly payloadType?: P;
}

/** A job's wire name (`conventions.signed`): the outbox row's `type` and the BullMQ job name. */
export type JobName = string;

/** The payload type of a job definition. */
export type PayloadOf<D> = D extends JobDefinition<infer P> ? P : never;

/** What travels in Redis: ids and the tenant, never documents; the handler reloads what it needs. */
export interface JobEnvelope<P = unknown> {
  readonly v: number;
  /** The outbox event id; also the BullMQ job id, so a re-published event is not enqueued twice. */
  readonly eventId: string;
  readonly tenantId: string;
  readonly payload: P;
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

export function defineJob<P>(
  name: JobName,
  options: Omit<JobDefinition<P>, 'name' | 'payloadType'>,
): JobDefinition<P> {
  if (definitions.has(name)) throw new Error(`Job "${name}" is defined twice`);
  if (!QUEUE_NAMES.includes(options.queue))
    throw new Error(`Job "${name}" names an unknown queue "${options.queue}"`);
  const definition: JobDefinition<P> = { name, ...options };
  definitions.set(name, definition);
  return definition;
}

export function jobDefinition(name: JobName): JobDefinition {
  const definition = definitions.get(name);
  if (!definition) throw new Error(`Job "${name}" has no definition`);
  return definition;
}

/** Whether this process knows the job (an event from a newer or older release may not be). */
export function isDefinedJob(name: string): boolean {
  return definitions.has(name);
}

export function allJobDefinitions(): readonly JobDefinition[] {
  return [...definitions.values()];
}
