import type { JobDefinition } from '@jazari/queue';
import {
  CHANNELS,
  type Channel,
  type NotificationCategory,
  type NotificationEvent,
} from '../notification.types.js';

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

/** What an entry of a category says: its channels and whether it calls for an action only when it must. */
export type EntryOf<P> = Omit<
  NotificationEvent<P>,
  'job' | 'name' | 'category' | 'channels' | 'actionRequired'
> & {
  /** Both (in-app and e-mail) unless said. */
  readonly channels?: readonly Channel[];
  /** No action unless said. */
  readonly actionRequired?: boolean;
};

/**
 * The entry builder of one category (`const workshops = entriesOf('workshops')`, then
 * `workshops(job, { resolve, templates })`): an event reaches people in-app and by e-mail, and calls for
 * no action, unless its entry says otherwise.
 */
export function entriesOf(category: NotificationCategory) {
  return <P>(job: JobDefinition<P>, event: EntryOf<P>): NotificationEvent<P> =>
    entry(job, { category, channels: CHANNELS, actionRequired: false, ...event });
}
