import {
  allocationDecidedJob,
  allocationExpiringJob,
  allocationRequestedJob,
  allocationWithdrawnJob,
  bookingCancelledJob,
  bookingConfirmedJob,
  type BookingCancelled,
  type BookingConfirmed,
  usageThresholdJob,
} from '@jazari/resources';
import type { Recipient, RecipientReader, ResolvedEvent } from '../notification.types.js';
import { entriesOf } from './entry.js';

const resources = entriesOf('resources');

/**
 * Who decides an allocation request at its stage: the owner's managers first; a large request then goes
 * to Root's network admins.
 */
function allocationDeciders(stage: 'owner' | 'root'): string[] {
  return stage === 'root' ? ['network_admin'] : ['institute_manager', 'network_admin'];
}

/** The person who asked for an allocation (if known) and the managers of their tenant. */
async function requesterAndManagers(
  read: RecipientReader,
  allocation: { readonly requesterTenantId: string; readonly requestedBy: string | null },
): Promise<Recipient[]> {
  const people = allocation.requestedBy
    ? await read.users(allocation.requesterTenantId, [allocation.requestedBy])
    : [];
  const managers = await read.roleHolders(
    [allocation.requesterTenantId],
    ['institute_manager', 'network_admin'],
  );
  return [...people, ...managers];
}

/** The person who booked (a booking made by the system has no one to tell), with the booking's words. */
async function booker(
  read: RecipientReader,
  p: BookingConfirmed | BookingCancelled,
): Promise<ResolvedEvent | undefined> {
  if (!p.bookedBy) return undefined;
  return {
    recipients: await read.users(p.bookerTenantId, [p.bookedBy]),
    link: `/resources/${p.resourceId}`,
    vars: { resource: p.resourceName, start: p.startsAt, end: p.endsAt },
  };
}

/** The catalogue's entries for the shared resources' events: allocation requests and decisions, usage, bookings. */
export const RESOURCES_EVENTS = [
  resources(allocationRequestedJob, {
    actionRequired: true,
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      return {
        recipients: await read.roleHolders([p.deciderTenantId], allocationDeciders(p.stage)),
        link: `/allocations/${p.allocationId}`,
        vars: { resource: p.resourceName, quantity: p.quantity, unit: p.unit, requester: p.requesterName },
      };
    },
    templates: {
      fr: {
        subject: 'Demande de ressource : {resource}',
        body: '{requester} demande {quantity} {unit} de « {resource} ». Votre décision est attendue.',
        action: 'Examiner la demande',
      },
      ar: {
        subject: 'طلب مورد: {resource}',
        body: 'يطلب {requester} مقدار {quantity} {unit} من «{resource}». قراركم منتظر.',
        action: 'دراسة الطلب',
      },
      en: {
        subject: 'Resource request: {resource}',
        body: '{requester} asks for {quantity} {unit} of "{resource}". Your decision is awaited.',
        action: 'Review the request',
      },
    },
  }),
  resources(allocationWithdrawnJob, {
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      // Those the request was waiting for.
      return {
        recipients: await read.roleHolders([p.deciderTenantId], allocationDeciders(p.stage)),
        link: `/allocations/${p.allocationId}`,
        vars: {
          resource: p.resourceName,
          quantity: p.quantity,
          unit: p.unit,
          requester: p.requesterName,
          reason: p.reason ?? '—',
        },
      };
    },
    templates: {
      fr: {
        subject: 'Demande retirée : {resource}',
        body: '{requester} a retiré sa demande de {quantity} {unit} de « {resource} ». Motif : {reason}. Aucune décision n’est plus attendue.',
        action: 'Voir la demande',
      },
      ar: {
        subject: 'سحب طلب: {resource}',
        body: 'سحب {requester} طلبه لمقدار {quantity} {unit} من «{resource}». السبب: {reason}. لم يعد أي قرار منتظرًا.',
        action: 'عرض الطلب',
      },
      en: {
        subject: 'Request withdrawn: {resource}',
        body: '{requester} withdrew their request for {quantity} {unit} of "{resource}". Reason: {reason}. No decision is awaited any more.',
        action: 'View the request',
      },
    },
  }),
  resources(allocationDecidedJob, {
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      if (!p.requestedBy) return undefined;
      const words = {
        approved: { fr: 'approuvée', ar: 'مقبول', en: 'approved' },
        rejected: { fr: 'refusée', ar: 'مرفوض', en: 'rejected' },
        revoked: { fr: 'révoquée', ar: 'ملغى', en: 'revoked' },
      }[p.decision];
      return {
        recipients: await read.users(p.requesterTenantId, [p.requestedBy]),
        link: `/allocations/${p.allocationId}`,
        vars: {
          resource: p.resourceName,
          quantity: p.quantity ?? '—',
          unit: p.unit,
          reason: p.reason ?? '—',
          decision_fr: words.fr,
          decision_ar: words.ar,
          decision_en: words.en,
        },
      };
    },
    templates: {
      fr: {
        subject: 'Demande {decision_fr} : {resource}',
        body: 'Votre demande de « {resource} » est {decision_fr} ({quantity} {unit}). Motif : {reason}',
        action: "Voir l'allocation",
      },
      ar: {
        subject: 'الطلب {decision_ar}: {resource}',
        body: 'طلبكم للمورد «{resource}» {decision_ar} ({quantity} {unit}). السبب: {reason}',
        action: 'عرض التخصيص',
      },
      en: {
        subject: 'Request {decision_en}: {resource}',
        body: 'Your request for "{resource}" is {decision_en} ({quantity} {unit}). Reason: {reason}',
        action: 'View the allocation',
      },
    },
  }),
  resources(allocationExpiringJob, {
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      return {
        recipients: await requesterAndManagers(read, p),
        link: `/allocations/${p.allocationId}`,
        vars: { resource: p.resourceName, days: String(p.daysLeft), date: p.endsOn },
      };
    },
    templates: {
      fr: {
        subject: 'Allocation expirant dans {days} jours : {resource}',
        body: 'Votre allocation de « {resource} » prend fin le {date}.',
        action: "Voir l'allocation",
      },
      ar: {
        subject: 'تخصيص ينتهي خلال {days} أيام: {resource}',
        body: 'ينتهي تخصيصكم من «{resource}» بتاريخ {date}.',
        action: 'عرض التخصيص',
      },
      en: {
        subject: 'Allocation ending in {days} days: {resource}',
        body: 'Your allocation of "{resource}" ends on {date}.',
        action: 'View the allocation',
      },
    },
  }),
  resources(usageThresholdJob, {
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      return {
        recipients: await requesterAndManagers(read, p),
        link: `/allocations/${p.allocationId}`,
        vars: {
          resource: p.resourceName,
          threshold: String(p.threshold),
          used: p.used,
          approved: p.approved,
          unit: p.unit,
        },
      };
    },
    templates: {
      fr: {
        subject: '{threshold} % consommés : {resource}',
        body: 'Votre allocation de « {resource} » est consommée à {threshold} % ({used} sur {approved} {unit}).',
        action: "Voir l'allocation",
      },
      ar: {
        subject: 'تم استهلاك {threshold}٪: {resource}',
        body: 'تم استهلاك {threshold}٪ من تخصيصكم من «{resource}» ({used} من {approved} {unit}).',
        action: 'عرض التخصيص',
      },
      en: {
        subject: '{threshold}% used: {resource}',
        body: 'Your allocation of "{resource}" is {threshold}% used ({used} of {approved} {unit}).',
        action: 'View the allocation',
      },
    },
  }),
  resources(bookingConfirmedJob, {
    channels: ['in_app'],
    resolve: ({ envelope, read }) => booker(read, envelope.payload),
    templates: {
      fr: {
        subject: 'Réservation confirmée : {resource}',
        body: 'Votre réservation de « {resource} » du {start} au {end} (UTC) est confirmée.',
        action: 'Voir la ressource',
      },
      ar: {
        subject: 'تأكيد الحجز: {resource}',
        body: 'تم تأكيد حجزكم للمورد «{resource}» من {start} إلى {end} (UTC).',
        action: 'عرض المورد',
      },
      en: {
        subject: 'Booking confirmed: {resource}',
        body: 'Your booking of "{resource}" from {start} to {end} (UTC) is confirmed.',
        action: 'View the resource',
      },
    },
  }),
  resources(bookingCancelledJob, {
    resolve: ({ envelope, read }) => booker(read, envelope.payload),
    templates: {
      fr: {
        subject: 'Réservation annulée : {resource}',
        body: 'La réservation de « {resource} » du {start} au {end} (UTC) est annulée ; le créneau est libre.',
        action: 'Voir la ressource',
      },
      ar: {
        subject: 'إلغاء الحجز: {resource}',
        body: 'تم إلغاء حجز «{resource}» من {start} إلى {end} (UTC)؛ أصبحت الفترة متاحة.',
        action: 'عرض المورد',
      },
      en: {
        subject: 'Booking cancelled: {resource}',
        body: 'The booking of "{resource}" from {start} to {end} (UTC) is cancelled; the slot is free.',
        action: 'View the resource',
      },
    },
  }),
];
