export const WORKSHOP_KINDS = ['workshop', 'seminar', 'co_design', 'training', 'steering_committee'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

export const WORKSHOP_STATUSES = ['draft', 'published', 'held', 'cancelled'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const AUDIENCES = ['network', 'listed'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const REGISTRATION_STATUSES = [
  'invited',
  'declined',
  'registered',
  'waitlisted',
  'cancelled',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
/** Wrong self check-in codes a person may try before being refused (organisers check them in instead). */
export const MAX_CHECK_IN_FAILURES = 5;
/** Self check-in opens this long before the start and closes this long after the end. */
export const CHECK_IN_OPENS_BEFORE_MS = 2 * 3600_000;
export const CHECK_IN_CLOSES_AFTER_MS = 12 * 3600_000;
/** The reminder goes this long before the start. */
export const REMINDER_BEFORE_MS = 24 * 3600_000;

/** The organiser's status moves (`POST /workshops/{id}/<action>`). */
export const WORKSHOP_TRANSITIONS: Readonly<Record<WorkshopStatus, readonly WorkshopStatus[]>> = {
  draft: ['published', 'cancelled'],
  published: ['held', 'cancelled'],
  held: [],
  cancelled: [],
};

export function isLegalTransition(from: WorkshopStatus, to: WorkshopStatus): boolean {
  return WORKSHOP_TRANSITIONS[from].includes(to);
}

/** The workshop row, as a use case needs it. */
export interface WorkshopRow {
  readonly tenantId: string;
  readonly id: string;
  readonly kind: WorkshopKind;
  readonly title: string;
  readonly description: string;
  readonly languages: string[];
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly venue: string | null;
  readonly onlineUrl: string | null;
  readonly capacity: number | null;
  readonly audience: Audience;
  readonly registrationOpensAt: Date | null;
  readonly registrationClosesAt: Date | null;
  readonly status: WorkshopStatus;
  readonly checkInCode: string;
  readonly conventionTenantId: string | null;
  readonly conventionId: string | null;
  readonly obligationId: string | null;
  readonly obligationEvidenceAt: Date | null;
  readonly minutes: string | null;
  readonly decisions: string[];
  readonly minutesPublishedAt: Date | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly publishedAt: Date | null;
  readonly heldAt: Date | null;
  readonly cancelledAt: Date | null;
  readonly cancelReason: string | null;
  readonly organiserName: string;
}

export interface ParticipantRow {
  readonly tenantId: string;
  readonly name: string;
  readonly role: 'co_organiser' | 'audience';
}

export interface AgendaItemRow {
  readonly id: string;
  readonly position: number;
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  readonly title: string;
  readonly speakerUserId: string | null;
  readonly speakerName: string | null;
}

export interface RegistrationRow {
  readonly id: string;
  readonly workshopId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly registrantTenantId: string;
  readonly registrantTenantName: string;
  readonly status: RegistrationStatus;
  readonly queuedAt: Date;
  readonly invitedAt: Date | null;
  readonly checkedInAt: Date | null;
  readonly checkInFailures: number;
}

export interface ActionItemRow {
  readonly id: string;
  readonly title: string;
  readonly assigneeUserId: string | null;
  readonly assigneeName: string | null;
  readonly dueDate: string | null;
  readonly status: ActionItemStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface DeliverableLinkRow {
  readonly tenantId: string;
  readonly id: string;
  readonly projectId: string;
  readonly title: string;
  readonly linkedAt: Date;
}

/** `2026-12-10 09:30 (Africa/Casablanca)`: how notices and the certificate write a time. */
export function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} (${timeZone})`;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
