import {
  minutesPublishedJob,
  registrationConfirmedJob,
  waitlistPromotedJob,
  workshopCancelledJob,
  workshopInvitedJob,
  workshopReminderJob,
  type WorkshopNotice,
} from '@jazari/workshops';
import type { ResolvedEvent, ResolveInput } from '../notification.types.js';
import { entriesOf } from './entry.js';

const workshops = entriesOf('workshops');

/**
 * A workshop notice: the payload carries the workshop's words and time; only the people are looked up,
 * each group in its own tenant.
 */
async function workshopPeople(input: ResolveInput<WorkshopNotice>, page = ''): Promise<ResolvedEvent> {
  const { workshopId, title, when, people } = input.envelope.payload;
  const recipients = [];
  for (const group of people) recipients.push(...(await input.read.users(group.tenantId, group.userIds)));
  return { recipients, link: `/workshops/${workshopId}${page}`, vars: { title, when } };
}

/** The catalogue's entries for the workshops' events (the payload carries the workshop's words and time). */
export const WORKSHOPS_EVENTS = [
  workshops(workshopInvitedJob, {
    actionRequired: true,
    resolve: (input) => workshopPeople(input),
    templates: {
      fr: {
        subject: 'Invitation : {title}',
        body: "Vous êtes invité(e) à « {title} », le {when}. Acceptez ou déclinez l'invitation.",
        action: "Répondre à l'invitation",
      },
      ar: {
        subject: 'دعوة: {title}',
        body: 'أنتم مدعوون إلى «{title}» بتاريخ {when}. يرجى قبول الدعوة أو الاعتذار.',
        action: 'الرد على الدعوة',
      },
      en: {
        subject: 'Invitation: {title}',
        body: 'You are invited to "{title}" on {when}. Accept or decline the invitation.',
        action: 'Answer the invitation',
      },
    },
  }),
  workshops(registrationConfirmedJob, {
    resolve: (input) => workshopPeople(input),
    templates: {
      fr: {
        subject: 'Inscription confirmée : {title}',
        body: 'Votre place à « {title} », le {when}, est confirmée.',
        action: "Voir l'atelier",
      },
      ar: {
        subject: 'تأكيد التسجيل: {title}',
        body: 'تم تأكيد مقعدكم في «{title}» بتاريخ {when}.',
        action: 'عرض الورشة',
      },
      en: {
        subject: 'Registration confirmed: {title}',
        body: 'Your seat at "{title}" on {when} is confirmed.',
        action: 'View the workshop',
      },
    },
  }),
  workshops(waitlistPromotedJob, {
    resolve: (input) => workshopPeople(input),
    templates: {
      fr: {
        subject: "Une place s'est libérée : {title}",
        body: "Une place s'est libérée à « {title} », le {when} : vous êtes inscrit(e).",
        action: "Voir l'atelier",
      },
      ar: {
        subject: 'تحرر مقعد: {title}',
        body: 'تحرر مقعد في «{title}» بتاريخ {when}: تم تسجيلكم.',
        action: 'عرض الورشة',
      },
      en: {
        subject: 'A seat is yours: {title}',
        body: 'A seat freed up at "{title}" on {when}: you are now registered.',
        action: 'View the workshop',
      },
    },
  }),
  workshops(workshopReminderJob, {
    resolve: (input) => workshopPeople(input),
    templates: {
      fr: {
        subject: 'Rappel : {title} demain',
        body: 'Rappel : « {title} » commence le {when}.',
        action: "Voir l'atelier",
      },
      ar: {
        subject: 'تذكير: {title} غدا',
        body: 'تذكير: تبدأ «{title}» بتاريخ {when}.',
        action: 'عرض الورشة',
      },
      en: {
        subject: 'Reminder: {title} tomorrow',
        body: 'Reminder: "{title}" starts on {when}.',
        action: 'View the workshop',
      },
    },
  }),
  workshops(workshopCancelledJob, {
    resolve: (input) => workshopPeople(input),
    templates: {
      fr: {
        subject: 'Atelier annulé : {title}',
        body: '« {title} », prévu le {when}, est annulé.',
        action: "Voir l'atelier",
      },
      ar: {
        subject: 'إلغاء الورشة: {title}',
        body: 'تم إلغاء «{title}» التي كانت مقررة بتاريخ {when}.',
        action: 'عرض الورشة',
      },
      en: {
        subject: 'Workshop cancelled: {title}',
        body: '"{title}", planned on {when}, is cancelled.',
        action: 'View the workshop',
      },
    },
  }),
  workshops(minutesPublishedJob, {
    resolve: (input) => workshopPeople(input, '/outcomes'),
    templates: {
      fr: {
        subject: 'Compte rendu publié : {title}',
        body: 'Le compte rendu de « {title} » ({when}) est publié, avec ses décisions et actions.',
        action: 'Lire le compte rendu',
      },
      ar: {
        subject: 'نشر المحضر: {title}',
        body: 'تم نشر محضر «{title}» ({when}) مع القرارات والإجراءات.',
        action: 'قراءة المحضر',
      },
      en: {
        subject: 'Minutes published: {title}',
        body: 'The minutes of "{title}" ({when}) are published, with their decisions and action items.',
        action: 'Read the minutes',
      },
    },
  }),
];
