import { NOTIFICATION_CATALOGUE } from '../catalogue/index.js';
import {
  isPersonal,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type NotificationEvent,
} from '../notification.types.js';

export const EMAIL_MODES = ['immediate', 'digest', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** One person's choice for one category; categories without a row use DEFAULT_PREFERENCE. */
export interface Preference {
  readonly inApp: boolean;
  readonly email: EmailMode;
}

export const DEFAULT_PREFERENCE: Preference = Object.freeze({ inApp: true, email: 'immediate' });

function eventsOf(category: NotificationCategory): NotificationEvent[] {
  return NOTIFICATION_CATALOGUE.filter((e) => e.category === category);
}

/**
 * A category whose every event asks the person to act (signatures, invitations): in-app cannot be turned
 * off there. In a mixed category, turning in-app off silences only the events that ask nothing.
 */
export function inAppLocked(category: NotificationCategory): boolean {
  const events = eventsOf(category);
  return events.length > 0 && events.every((e) => e.actionRequired);
}

export function digestAvailable(category: NotificationCategory): boolean {
  return NOTIFICATION_CATEGORIES[category].digest;
}

/** What a person receives of one event on one channel, given their preference for its category. */
export function decide(
  event: Pick<NotificationEvent, 'actionRequired' | 'category'>,
  channel: 'in_app' | 'email',
  preference: Preference,
): 'deliver' | 'digest' | 'skip' {
  // A notice about the person's own account (a reset link) is not theirs to silence.
  if (isPersonal(event.category)) return 'deliver';
  if (channel === 'in_app') return event.actionRequired || preference.inApp ? 'deliver' : 'skip';
  if (preference.email === 'off') return 'skip';
  // An event that asks someone to act is never delayed into a digest.
  if (preference.email === 'digest' && !event.actionRequired && digestAvailable(event.category))
    return 'digest';
  return 'deliver';
}
