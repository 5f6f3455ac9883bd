import {
  invitationCreatedJob,
  passwordChangedJob,
  passwordResetCompletedJob,
  passwordResetRequestedJob,
} from '@jazari/identity';
import { entriesOf } from './entry.js';

const invitations = entriesOf('invitations');
const account = entriesOf('account');

/**
 * The catalogue's entries for identity's events: invitations and the person's own account. The links
 * that carry a secret come from identity (`links`).
 */
export const IDENTITY_EVENTS = [
  invitations(invitationCreatedJob, {
    actionRequired: true,
    // The invited person may have no account yet: e-mail only.
    channels: ['email'],
    async resolve({ envelope, read, links }) {
      // Puts the invitation on record, and gives the accept link (an HMAC only identity can derive).
      const link = await links.invitation(envelope);
      // A revoked or accepted invitation is not sent: only open ones are read.
      const invitation = await read.invitation(envelope.tenantId, envelope.payload.invitationId);
      if (!invitation) return undefined;
      return {
        recipients: [{ userId: null, email: invitation.email, locale: 'fr', tenantId: envelope.tenantId }],
        link,
        vars: {
          tenant_fr: invitation.tenantNames.fr,
          tenant_ar: invitation.tenantNames.ar,
          tenant_en: invitation.tenantNames.en,
        },
      };
    },
    templates: {
      fr: {
        subject: 'Invitation à rejoindre {tenant_fr} sur Jazari',
        body: 'Vous êtes invité(e) à rejoindre {tenant_fr} sur Jazari. Le lien est valable 7 jours.',
        action: "Accepter l'invitation",
      },
      ar: {
        subject: 'دعوة للانضمام إلى {tenant_ar} على منصة الجزري',
        body: 'أنت مدعو للانضمام إلى {tenant_ar} على منصة الجزري. الرابط صالح لمدة 7 أيام.',
        action: 'قبول الدعوة',
      },
      en: {
        subject: 'Invitation to join {tenant_en} on Jazari',
        body: 'You are invited to join {tenant_en} on Jazari. The link is valid for 7 days.',
        action: 'Accept the invitation',
      },
    },
  }),
  account(passwordResetRequestedJob, {
    actionRequired: true,
    // The link is the person's alone: e-mail only (see PERSONAL_CATEGORIES).
    channels: ['email'],
    async resolve({ envelope, read, links }) {
      const reset = await read.passwordReset(envelope.tenantId, envelope.payload.resetId);
      // A link already used, closed or past its 30 minutes (a late worker) is not sent.
      if (!reset || reset.state !== 'open') return undefined;
      return { recipients: [reset.recipient], link: links.passwordReset(envelope), vars: {} };
    },
    templates: {
      fr: {
        subject: 'Réinitialiser votre mot de passe Jazari',
        body: 'Quelqu’un, sans doute vous, a demandé à réinitialiser le mot de passe de votre compte Jazari. Le lien est valable 30 minutes et ne sert qu’une fois. Si ce n’est pas vous, ignorez ce message : votre mot de passe reste le même.',
        action: 'Choisir un nouveau mot de passe',
      },
      ar: {
        subject: 'إعادة تعيين كلمة مرور حسابك على منصة الجزري',
        body: 'طلب أحدهم، وربما أنت، إعادة تعيين كلمة مرور حسابك على منصة الجزري. الرابط صالح لمدة 30 دقيقة ولاستعمال واحد فقط. إن لم تكن أنت صاحب الطلب فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
        action: 'اختيار كلمة مرور جديدة',
      },
      en: {
        subject: 'Reset your Jazari password',
        body: 'Someone, probably you, asked to reset the password of your Jazari account. The link is valid for 30 minutes and works once. If it was not you, ignore this message: your password stays the same.',
        action: 'Choose a new password',
      },
    },
  }),
  account(passwordResetCompletedJob, {
    channels: ['email'],
    async resolve({ envelope, read }) {
      // Emitted in the transaction that used the link: the person is told even if the row changed since.
      const reset = await read.passwordReset(envelope.tenantId, envelope.payload.resetId);
      if (!reset) return undefined;
      return { recipients: [reset.recipient], link: '/sign-in', vars: {} };
    },
    templates: {
      fr: {
        subject: 'Votre mot de passe Jazari a été changé',
        body: 'Le mot de passe de votre compte Jazari vient d’être changé avec un lien de réinitialisation, et toutes vos sessions ont été fermées. Si ce n’est pas vous, demandez aussitôt un nouveau lien et prévenez l’administrateur de votre organisation.',
        action: 'Se connecter',
      },
      ar: {
        subject: 'تم تغيير كلمة مرور حسابك على منصة الجزري',
        body: 'تم للتو تغيير كلمة مرور حسابك على منصة الجزري عبر رابط إعادة التعيين، وأُغلقت جميع جلساتك. إن لم تكن أنت من قام بذلك فاطلب رابطًا جديدًا فورًا وأبلغ مسؤول مؤسستك.',
        action: 'تسجيل الدخول',
      },
      en: {
        subject: 'Your Jazari password was changed',
        body: 'The password of your Jazari account was just changed with a reset link, and all your sessions were ended. If this was not you, ask for a new link at once and tell your organisation’s administrator.',
        action: 'Sign in',
      },
    },
  }),
  account(passwordChangedJob, {
    channels: ['email'],
    async resolve({ envelope, read }) {
      // Emitted in the tenant of the session the password was changed in: the person is a member there.
      const recipients = await read.users(envelope.tenantId, [envelope.payload.userId]);
      if (recipients.length === 0) return undefined;
      return { recipients, link: '/profile', vars: {} };
    },
    templates: {
      fr: {
        subject: 'Votre mot de passe Jazari a été changé',
        body: 'Le mot de passe de votre compte Jazari vient d’être changé depuis votre profil, et vos autres sessions ont été fermées. Si ce n’est pas vous, réinitialisez aussitôt votre mot de passe et prévenez l’administrateur de votre organisation.',
        action: 'Ouvrir mon profil',
      },
      ar: {
        subject: 'تم تغيير كلمة مرور حسابك على منصة الجزري',
        body: 'تم للتو تغيير كلمة مرور حسابك على منصة الجزري من صفحة ملفك الشخصي، وأُغلقت جلساتك الأخرى. إن لم تكن أنت من قام بذلك فأعد تعيين كلمة المرور فورًا وأبلغ مسؤول مؤسستك.',
        action: 'فتح ملفي الشخصي',
      },
      en: {
        subject: 'Your Jazari password was changed',
        body: 'The password of your Jazari account was just changed from your profile, and your other sessions were ended. If this was not you, reset your password at once and tell your organisation’s administrator.',
        action: 'Open my profile',
      },
    },
  }),
];
