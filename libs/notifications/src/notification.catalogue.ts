import type { JobName } from '@jazari/queue';
import type {
  NotificationEvent,
  RecipientReader,
  ResolvedEvent,
  ResolveInput,
} from './notification.types.js';

/** Every entry keeps its name's payload type: a resolver reading a wrong field does not compile. */
function entry<N extends JobName>(event: NotificationEvent<N>): NotificationEvent<N> {
  return event;
}

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
  input: ResolveInput<
    'conventions.activated' | 'conventions.declined' | 'conventions.expired' | 'conventions.expiring'
  >,
  partyTenantIds: readonly string[] | undefined,
  extra: Record<string, string> = {},
): Promise<ResolvedEvent | undefined> {
  const { envelope, read } = input;
  const { conventionId } = envelope.payload;
  const vars = await conventionVars(read, envelope.tenantId, conventionId);
  if (!vars) return undefined;
  const parties = partyTenantIds ?? (await read.partyTenants(envelope.tenantId, conventionId));
  const tenants = [...new Set([envelope.tenantId, ...parties])];
  return {
    recipients: await read.admins(tenants),
    link: `/conventions/${conventionId}`,
    vars: { ...vars, ...extra },
  };
}

/**
 * A workshop notice: the payload carries the workshop's words and time; only the people are looked up,
 * each group in its own tenant.
 */
async function workshopPeople(
  input: ResolveInput<
    | 'workshops.invited'
    | 'workshops.registration_confirmed'
    | 'workshops.waitlist_promoted'
    | 'workshops.reminder'
    | 'workshops.cancelled'
    | 'workshops.minutes_published'
  >,
  page = '',
): Promise<ResolvedEvent> {
  const { workshopId, title, when, people } = input.envelope.payload;
  const recipients = [];
  for (const group of people) recipients.push(...(await input.read.users(group.tenantId, group.userIds)));
  return { recipients, link: `/workshops/${workshopId}${page}`, vars: { title, when } };
}

/**
 * Who decides an allocation request at its stage: the owner's managers first; a large request then goes
 * to Root's network admins.
 */
function allocationDeciders(stage: 'owner' | 'root'): string[] {
  return stage === 'root' ? ['network_admin'] : ['institute_manager', 'network_admin'];
}

/**
 * The events the platform emits that reach people: who receives each, on which channels, in which words.
 * A new event is a new entry here (and its job definition next to its emitter), not new plumbing.
 */
export const NOTIFICATION_CATALOGUE = [
  entry({
    name: 'identity.invitation_created',
    version: 1,
    category: 'invitations',
    actionRequired: true,
    // The invited person may have no account yet: e-mail only.
    channels: ['email'],
    async resolve({ envelope, read, link }) {
      const invitation = await read.invitation(envelope.tenantId, envelope.payload.invitationId);
      if (!invitation || !link) return undefined;
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
  entry({
    name: 'identity.password_reset_requested',
    version: 1,
    category: 'account',
    actionRequired: true,
    // The link is the person's alone: e-mail only (see PERSONAL_CATEGORIES).
    channels: ['email'],
    async resolve({ envelope, read, link }) {
      const reset = await read.passwordReset(envelope.tenantId, envelope.payload.resetId);
      // A link already used, closed or past its 30 minutes (a late worker) is not sent.
      if (!reset || reset.state !== 'open' || !link) return undefined;
      return { recipients: [reset.recipient], link, vars: {} };
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
  entry({
    name: 'identity.password_reset_completed',
    version: 1,
    category: 'account',
    actionRequired: false,
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
  entry({
    name: 'identity.password_changed',
    version: 1,
    category: 'account',
    actionRequired: false,
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
  entry({
    name: 'conventions.signature_requested',
    version: 1,
    category: 'signatures',
    actionRequired: true,
    channels: ['in_app', 'email'],
    async resolve({ envelope, read }) {
      const { conventionId, signerIds } = envelope.payload;
      const vars = await conventionVars(read, envelope.tenantId, conventionId);
      if (!vars) return undefined;
      const recipients = await read.signers(envelope.tenantId, conventionId, signerIds);
      return { recipients, link: `/conventions/${conventionId}`, vars };
    },
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
  entry({
    name: 'conventions.signature_reminder',
    version: 1,
    category: 'signatures',
    actionRequired: true,
    channels: ['in_app', 'email'],
    async resolve({ envelope, read }) {
      const { conventionId, signerId } = envelope.payload;
      const vars = await conventionVars(read, envelope.tenantId, conventionId);
      if (!vars) return undefined;
      const recipients = await read.signers(envelope.tenantId, conventionId, [signerId]);
      return { recipients, link: `/conventions/${conventionId}`, vars };
    },
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
  entry({
    name: 'conventions.activated',
    version: 1,
    category: 'conventions',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'conventions.declined',
    version: 1,
    category: 'conventions',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'conventions.expiring',
    version: 1,
    category: 'conventions',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'conventions.expired',
    version: 1,
    category: 'conventions',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'conventions.obligation_met',
    version: 1,
    category: 'obligations',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'conventions.obligation_reopened',
    version: 1,
    category: 'obligations',
    // The responsible party has to meet it again, with evidence that counts.
    actionRequired: true,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'webhooks.endpoint_disabled',
    version: 1,
    category: 'integrations',
    // Deliveries stop until an admin fixes the receiver and enables the endpoint again.
    actionRequired: true,
    channels: ['in_app', 'email'],
    async resolve({ envelope, read }) {
      const { endpointId, url } = envelope.payload;
      const recipients = await read.admins([envelope.tenantId]);
      return { recipients, link: `/webhooks/${endpointId}`, vars: { url } };
    },
    templates: {
      fr: {
        subject: 'Webhook désactivé : {url}',
        body: 'Le webhook {url} échoue depuis 24 heures ; il a été désactivé. Corrigez le récepteur puis réactivez-le.',
        action: 'Voir le webhook',
      },
      ar: {
        subject: 'تم تعطيل خطاف الويب: {url}',
        body: 'يفشل خطاف الويب {url} منذ 24 ساعة، فتم تعطيله. أصلحوا جهاز الاستقبال ثم أعيدوا تفعيله.',
        action: 'عرض خطاف الويب',
      },
      en: {
        subject: 'Webhook disabled: {url}',
        body: 'The webhook {url} has been failing for 24 hours, so it was disabled. Fix the receiver, then enable it again.',
        action: 'View the webhook',
      },
    },
  }),
  // Shared resources (libs/resources): payloads carry the words; resolvers only look people up.
  entry({
    name: 'resources.allocation_requested',
    version: 1,
    category: 'resources',
    actionRequired: true,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'resources.allocation_withdrawn',
    version: 1,
    category: 'resources',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'resources.allocation_decided',
    version: 1,
    category: 'resources',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'resources.allocation_expiring',
    version: 1,
    category: 'resources',
    actionRequired: false,
    channels: ['in_app', 'email'],
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      const people = p.requestedBy ? await read.users(p.requesterTenantId, [p.requestedBy]) : [];
      const managers = await read.roleHolders([p.requesterTenantId], ['institute_manager', 'network_admin']);
      return {
        recipients: [...people, ...managers],
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
  entry({
    name: 'resources.usage_threshold',
    version: 1,
    category: 'resources',
    actionRequired: false,
    channels: ['in_app', 'email'],
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      const people = p.requestedBy ? await read.users(p.requesterTenantId, [p.requestedBy]) : [];
      const managers = await read.roleHolders([p.requesterTenantId], ['institute_manager', 'network_admin']);
      return {
        recipients: [...people, ...managers],
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
  entry({
    name: 'resources.booking_confirmed',
    version: 1,
    category: 'resources',
    actionRequired: false,
    channels: ['in_app'],
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      if (!p.bookedBy) return undefined;
      return {
        recipients: await read.users(p.bookerTenantId, [p.bookedBy]),
        link: `/resources/${p.resourceId}`,
        vars: { resource: p.resourceName, start: p.startsAt, end: p.endsAt },
      };
    },
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
  entry({
    name: 'resources.booking_cancelled',
    version: 1,
    category: 'resources',
    actionRequired: false,
    channels: ['in_app', 'email'],
    async resolve({ envelope, read }) {
      const p = envelope.payload;
      if (!p.bookedBy) return undefined;
      return {
        recipients: await read.users(p.bookerTenantId, [p.bookedBy]),
        link: `/resources/${p.resourceId}`,
        vars: { resource: p.resourceName, start: p.startsAt, end: p.endsAt },
      };
    },
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
  entry({
    name: 'workshops.invited',
    version: 1,
    category: 'workshops',
    actionRequired: true,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'workshops.registration_confirmed',
    version: 1,
    category: 'workshops',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'workshops.waitlist_promoted',
    version: 1,
    category: 'workshops',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'workshops.reminder',
    version: 1,
    category: 'workshops',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'workshops.cancelled',
    version: 1,
    category: 'workshops',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'workshops.minutes_published',
    version: 1,
    category: 'workshops',
    actionRequired: false,
    channels: ['in_app', 'email'],
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
  entry({
    name: 'reports.ready',
    version: 1,
    category: 'reports',
    actionRequired: false,
    channels: ['in_app', 'email'],
    // The report's requester, in their tenant (where the report lives), with a link to its page.
    async resolve({ envelope, read }) {
      const { reportId, requestedBy, periodLabel, format } = envelope.payload;
      const recipients = await read.users(envelope.tenantId, [requestedBy]);
      return {
        recipients,
        link: `/reports/${reportId}`,
        vars: { period: periodLabel, format: format.toUpperCase() },
      };
    },
    templates: {
      fr: {
        subject: 'Votre rapport est prêt ({period})',
        body: 'Le rapport {format} demandé pour la période {period} est prêt à être téléchargé.',
        action: 'Télécharger le rapport',
      },
      ar: {
        subject: 'تقريرك جاهز ({period})',
        body: 'التقرير {format} المطلوب عن الفترة {period} جاهز للتحميل.',
        action: 'تحميل التقرير',
      },
      en: {
        subject: 'Your report is ready ({period})',
        body: 'The {format} report you requested for {period} is ready to download.',
        action: 'Download the report',
      },
    },
  }),
] as const;

export type NotifiedEventName = (typeof NOTIFICATION_CATALOGUE)[number]['name'];

export function notificationEvent(name: string): NotificationEvent | undefined {
  return (NOTIFICATION_CATALOGUE as readonly NotificationEvent[]).find((e) => e.name === name);
}
