import {
  conventionActivatedJob,
  conventionDeclinedJob,
  conventionExpiredJob,
  conventionExpiringJob,
  obligationMetJob,
  obligationReopenedJob,
  signatureReminderJob,
  signatureRequestedJob,
  type ConventionActivated,
  type ConventionDeclined,
  type ConventionExpired,
  type ConventionExpiring,
} from '@jazari/conventions';
import { together } from '@jazari/database';
import type { Recipient, RecipientReader, ResolvedEvent, ResolveInput } from '../notification.types.js';
import { entriesOf } from './entry.js';

const signatures = entriesOf('signatures');
const conventions = entriesOf('conventions');
const obligations = entriesOf('obligations');

async function conventionVars(
  read: RecipientReader,
  tenantId: string,
  conventionId: string,
): Promise<Record<string, string> | undefined> {
  const convention = await read.convention(tenantId, conventionId);
  return convention && { reference: convention.reference, title: convention.title };
}

/** The parties' administrators (owner included when it is a party) of a convention. */
async function partiesAdmins(
  input: ResolveInput<ConventionActivated | ConventionDeclined | ConventionExpired | ConventionExpiring>,
  partyTenantIds: readonly string[] | undefined,
  extra: Record<string, string> = {},
): Promise<ResolvedEvent | undefined> {
  const { envelope, read } = input;
  const { conventionId } = envelope.payload;
  const admins = async (): Promise<Recipient[]> => {
    const parties = partyTenantIds ?? (await read.partyTenants(envelope.tenantId, conventionId));
    return read.admins([...new Set([envelope.tenantId, ...parties])]);
  };
  // The convention and its parties' admins are read at once (`together`: they share round trips).
  const [vars, recipients] = await together([
    conventionVars(read, envelope.tenantId, conventionId),
    admins(),
  ]);
  if (!vars) return undefined;
  return { recipients, link: `/conventions/${conventionId}`, vars: { ...vars, ...extra } };
}

/** The signers still to sign among `signerIds`, with the convention's words; undefined when it is gone. */
async function pendingSigners(
  read: RecipientReader,
  tenantId: string,
  conventionId: string,
  signerIds: readonly string[],
): Promise<ResolvedEvent | undefined> {
  const vars = await conventionVars(read, tenantId, conventionId);
  if (!vars) return undefined;
  const recipients = await read.signers(tenantId, conventionId, signerIds);
  return { recipients, link: `/conventions/${conventionId}`, vars };
}

/** The catalogue's entries for conventions' events: signatures, the life of a convention, its obligations. */
export const CONVENTIONS_EVENTS = [
  signatures(signatureRequestedJob, {
    actionRequired: true,
    resolve: ({ envelope, read }) =>
      pendingSigners(read, envelope.tenantId, envelope.payload.conventionId, envelope.payload.signerIds),
    templates: {
      fr: {
        subject: 'Signature demandée : {reference} — {title}',
        body: 'Votre signature est demandée sur la convention {reference} « {title} ».',
        action: 'Ouvrir la convention',
      },
      ar: {
        subject: 'مطلوب توقيعكم: {reference} — {title}',
        body: 'مطلوب توقيعكم على الاتفاقية {reference} «{title}».',
        action: 'فتح الاتفاقية',
      },
      en: {
        subject: 'Signature requested: {reference} — {title}',
        body: 'Your signature is requested on the convention {reference} "{title}".',
        action: 'Open the convention',
      },
    },
  }),
  signatures(signatureReminderJob, {
    actionRequired: true,
    resolve: ({ envelope, read }) =>
      pendingSigners(read, envelope.tenantId, envelope.payload.conventionId, [envelope.payload.signerId]),
    templates: {
      fr: {
        subject: 'Rappel : signature attendue — {reference}',
        body: 'La convention {reference} « {title} » attend toujours votre signature.',
        action: 'Signer',
      },
      ar: {
        subject: 'تذكير: التوقيع منتظر — {reference}',
        body: 'لا تزال الاتفاقية {reference} «{title}» بانتظار توقيعكم.',
        action: 'التوقيع',
      },
      en: {
        subject: 'Reminder: signature awaited — {reference}',
        body: 'The convention {reference} "{title}" is still awaiting your signature.',
        action: 'Sign',
      },
    },
  }),
  conventions(conventionActivatedJob, {
    resolve: (input) => partiesAdmins(input, input.envelope.payload.partyTenantIds),
    templates: {
      fr: {
        subject: 'Convention en vigueur : {reference}',
        body: 'Toutes les signatures sont réunies : la convention {reference} « {title} » est en vigueur.',
        action: 'Voir la convention',
      },
      ar: {
        subject: 'الاتفاقية سارية المفعول: {reference}',
        body: 'اكتملت جميع التوقيعات: الاتفاقية {reference} «{title}» سارية المفعول.',
        action: 'عرض الاتفاقية',
      },
      en: {
        subject: 'Convention in force: {reference}',
        body: 'Every signature is in: the convention {reference} "{title}" is in force.',
        action: 'View the convention',
      },
    },
  }),
  conventions(conventionDeclinedJob, {
    resolve: (input) => partiesAdmins(input, input.envelope.payload.partyTenantIds),
    templates: {
      fr: {
        subject: 'Signature refusée : {reference}',
        body: 'Un signataire a refusé de signer la convention {reference} « {title} » : la signature est arrêtée.',
        action: 'Voir la convention',
      },
      ar: {
        subject: 'رفض التوقيع: {reference}',
        body: 'رفض أحد الموقعين التوقيع على الاتفاقية {reference} «{title}»: توقف مسار التوقيع.',
        action: 'عرض الاتفاقية',
      },
      en: {
        subject: 'Signature declined: {reference}',
        body: 'A signer declined the convention {reference} "{title}": signing has stopped.',
        action: 'View the convention',
      },
    },
  }),
  conventions(conventionExpiringJob, {
    resolve: (input) => partiesAdmins(input, undefined, { days: String(input.envelope.payload.daysLeft) }),
    templates: {
      fr: {
        subject: 'Échéance dans {days} jours : {reference}',
        body: 'La convention {reference} « {title} » expire dans {days} jours.',
        action: 'Voir la convention',
      },
      ar: {
        subject: 'تنتهي خلال {days} يوما: {reference}',
        body: 'تنتهي صلاحية الاتفاقية {reference} «{title}» خلال {days} يوما.',
        action: 'عرض الاتفاقية',
      },
      en: {
        subject: 'Expires in {days} days: {reference}',
        body: 'The convention {reference} "{title}" expires in {days} days.',
        action: 'View the convention',
      },
    },
  }),
  conventions(conventionExpiredJob, {
    resolve: (input) => partiesAdmins(input, undefined),
    templates: {
      fr: {
        subject: 'Convention expirée : {reference}',
        body: 'La convention {reference} « {title} » a expiré.',
        action: 'Voir la convention',
      },
      ar: {
        subject: 'انتهت صلاحية الاتفاقية: {reference}',
        body: 'انتهت صلاحية الاتفاقية {reference} «{title}».',
        action: 'عرض الاتفاقية',
      },
      en: {
        subject: 'Convention expired: {reference}',
        body: 'The convention {reference} "{title}" has expired.',
        action: 'View the convention',
      },
    },
  }),
  obligations(obligationMetJob, {
    async resolve({ envelope, read }) {
      const { conventionId } = envelope.payload;
      const vars = await conventionVars(read, envelope.tenantId, conventionId);
      if (!vars) return undefined;
      // The owner's managers: the event is written in the owner's tenant.
      const recipients = await read.admins([envelope.tenantId]);
      return { recipients, link: `/conventions/${conventionId}/obligations`, vars };
    },
    templates: {
      fr: {
        subject: 'Obligation remplie : {reference}',
        body: 'Une obligation de la convention {reference} « {title} » est marquée remplie.',
        action: 'Voir les obligations',
      },
      ar: {
        subject: 'تم الوفاء بالتزام: {reference}',
        body: 'تم تسجيل الوفاء بالتزام من التزامات الاتفاقية {reference} «{title}».',
        action: 'عرض الالتزامات',
      },
      en: {
        subject: 'Obligation met: {reference}',
        body: 'An obligation of the convention {reference} "{title}" is marked met.',
        action: 'View the obligations',
      },
    },
  }),
  obligations(obligationReopenedJob, {
    // The responsible party has to meet it again, with evidence that counts.
    actionRequired: true,
    async resolve({ envelope, read }) {
      const { conventionId, responsibleTenantId } = envelope.payload;
      const vars = await conventionVars(read, envelope.tenantId, conventionId);
      if (!vars) return undefined;
      // The owner's managers (who draft the convention) and the admins of the party that owes it.
      const recipients = await read.admins([...new Set([envelope.tenantId, responsibleTenantId])]);
      return { recipients, link: `/conventions/${conventionId}/obligations`, vars };
    },
    templates: {
      fr: {
        subject: 'Obligation rouverte : {reference}',
        body:
          'Une obligation de la convention {reference} « {title} » est de nouveau ouverte : ' +
          'la preuve qui la remplissait ne compte plus (refusée, annulée ou retirée).',
        action: 'Voir les obligations',
      },
      ar: {
        subject: 'إعادة فتح التزام: {reference}',
        body:
          'أُعيد فتح التزام من التزامات الاتفاقية {reference} «{title}»: ' +
          'الدليل الذي كان يثبت الوفاء به لم يعد معتمدًا (رُفض أو أُلغي أو سُحب).',
        action: 'عرض الالتزامات',
      },
      en: {
        subject: 'Obligation reopened: {reference}',
        body:
          'An obligation of the convention {reference} "{title}" is open again: ' +
          'the evidence that met it no longer counts (rejected, cancelled or withdrawn).',
        action: 'View the obligations',
      },
    },
  }),
];
