import type { NotificationEvent } from '../notification.types.js';
import { CONVENTIONS_EVENTS } from './conventions.catalogue.js';
import { IDENTITY_EVENTS } from './identity.catalogue.js';
import { REPORTS_EVENTS } from './reports.catalogue.js';
import { RESOURCES_EVENTS } from './resources.catalogue.js';
import { WEBHOOKS_EVENTS } from './webhooks.catalogue.js';
import { WORKSHOPS_EVENTS } from './workshops.catalogue.js';

/**
 * The events the platform emits that reach people: who receives each, on which channels, in which words.
 * One file per emitting context; each entry names the job the context exports (with its payload type).
 * Notifications subscribes to every event listed here (NotificationEventsHandler): a new event is a new
 * entry (and its job definition next to its emitter), not new plumbing.
 */
export const NOTIFICATION_CATALOGUE: readonly NotificationEvent[] = [
  ...IDENTITY_EVENTS,
  ...CONVENTIONS_EVENTS,
  ...WEBHOOKS_EVENTS,
  ...RESOURCES_EVENTS,
  ...WORKSHOPS_EVENTS,
  ...REPORTS_EVENTS,
];

const byName = new Map(NOTIFICATION_CATALOGUE.map((event) => [event.name, event]));

export function notificationEvent(name: string): NotificationEvent | undefined {
  return byName.get(name);
}
