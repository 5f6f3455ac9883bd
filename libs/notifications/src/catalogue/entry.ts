import type { JobDefinition } from '@jazari/queue';
import type { NotificationEvent } from '../notification.types.js';

/**
 * A catalogue entry for the job `job`, exported by the context that emits it with its payload type:
 * a resolver reading a wrong field does not compile.
 */
export function entry<P>(
  job: JobDefinition<P>,
  event: Omit<NotificationEvent<P>, 'job' | 'name'>,
): NotificationEvent<P> {
  return { job, name: job.name, ...event };
}
