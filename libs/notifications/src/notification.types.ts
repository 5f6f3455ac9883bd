import type { IdentityNoticeLinks } from '@jazari/identity';
import type { TenantTx } from '@jazari/database';
import type { JobDefinition, JobEnvelope } from '@jazari/queue';

export const LOCALES = ['fr', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Channels a person receives notifications on (webhooks are a tenant's, not a person's: see webhooks/). */
export type Channel = 'in_app' | 'email';
export const CHANNELS = ['in_app', 'email'] as const satisfies readonly Channel[];

/**
 * The categories people set preferences on. `digest`: whether the category may be gathered into a daily
 * digest e-mail (non-urgent news); categories that ask someone to act are never delayed.
 * A context adding events adds its category here (one line), with its words in each locale.
 */
export const NOTIFICATION_CATEGORIES = {
  invitations: { digest: false, label: { fr: 'Invitations', ar: 'الدعوات', en: 'Invitations' } },
  signatures: { digest: false, label: { fr: 'Signatures', ar: 'التوقيعات', en: 'Signatures' } },
  conventions: { digest: true, label: { fr: 'Conventions', ar: 'الاتفاقيات', en: 'Conventions' } },
  obligations: { digest: true, label: { fr: 'Obligations', ar: 'الالتزامات', en: 'Obligations' } },
  resources: {
    digest: true,
    label: { fr: 'Ressources partagées', ar: 'الموارد المشتركة', en: 'Shared resources' },
  },
  workshops: { digest: true, label: { fr: 'Ateliers', ar: 'ورشات العمل', en: 'Workshops' } },
  reports: { digest: true, label: { fr: 'Rapports', ar: 'التقارير', en: 'Reports' } },
  integrations: { digest: false, label: { fr: 'Intégrations', ar: 'عمليات الربط', en: 'Integrations' } },
  account: { digest: false, label: { fr: 'Votre compte', ar: 'حسابك', en: 'Your account' } },
} as const;
export type NotificationCategory = keyof typeof NOTIFICATION_CATEGORIES;

/**
 * Notices about a person's own account (a password reset link, a changed password): e-mailed to them
 * whatever their preferences (not a category anyone chooses for), never gathered into a digest, and never
 * offered to a tenant's webhooks.
 */
export const PERSONAL_CATEGORIES: readonly NotificationCategory[] = ['account'];

export function isPersonal(category: NotificationCategory): boolean {
  return PERSONAL_CATEGORIES.includes(category);
}

/** Someone an event reaches: a person (user id) or, for an invitation, only an email address. */
export interface Recipient {
  readonly userId: string | null;
  readonly email: string;
  readonly locale: Locale;
  /** The tenant where the person is addressed: their notification row is written there. */
  readonly tenantId: string;
}

/** What an event's resolver found: who receives it, where it points, and the words of its templates. */
export interface ResolvedEvent {
  readonly recipients: readonly Recipient[];
  /** A path (`/conventions/…`) joined to PUBLIC_URL, or an absolute link (an invitation's accept link). */
  readonly link: string;
  readonly vars: Readonly<Record<string, string>>;
}

/** One locale's words for an event: `{name}` placeholders are filled from `ResolvedEvent.vars`. */
export interface EventTemplate {
  readonly subject: string;
  readonly body: string;
  readonly action: string;
}

/** Reads a resolver needs, each in the right tenant's scope (see NotificationRecipientsRepository). */
export interface RecipientReader {
  invitation(tenantId: string, invitationId: string): Promise<InvitationNotice | undefined>;
  convention(
    tenantId: string,
    conventionId: string,
  ): Promise<{ reference: string; title: string } | undefined>;
  signers(tenantId: string, conventionId: string, signerIds: readonly string[]): Promise<Recipient[]>;
  partyTenants(tenantId: string, conventionId: string): Promise<string[]>;
  admins(tenantIds: readonly string[]): Promise<Recipient[]>;
  /** Active members of `tenantId` among `userIds` (addressed in that tenant). */
  users(tenantId: string, userIds: readonly string[]): Promise<Recipient[]>;
  /** Active members of each tenant holding one of `roles` (addressed in their tenant). */
  roleHolders(tenantIds: readonly string[], roles: readonly string[]): Promise<Recipient[]>;
  /** A password reset link of `tenantId`, its person (addressed in that tenant) and whether it still works. */
  passwordReset(tenantId: string, resetId: string): Promise<PasswordResetNotice | undefined>;
}

export interface PasswordResetNotice {
  readonly recipient: Recipient;
  /** `open`: unused and unexpired; `used`: the password was set with it; `closed`: expired or revoked. */
  readonly state: 'open' | 'used' | 'closed';
}

export interface InvitationNotice {
  readonly email: string;
  readonly role: string;
  readonly tenantNames: Readonly<Record<Locale, string>>;
}

/** `IdentityNoticeLinks` bound to the event's transaction (the invitation's link puts it on record there). */
export interface NoticeLinks {
  invitation(envelope: Parameters<IdentityNoticeLinks['invitation']>[1]): Promise<string>;
  passwordReset: IdentityNoticeLinks['passwordReset'];
}

/** Binds identity's links to the event's transaction `tx`. */
export function noticeLinks(links: IdentityNoticeLinks, tx: TenantTx): NoticeLinks {
  return {
    invitation: (envelope) => links.invitation(tx, envelope),
    passwordReset: (envelope) => links.passwordReset(envelope),
  };
}

export interface ResolveInput<P> {
  readonly envelope: JobEnvelope<P>;
  readonly read: RecipientReader;
  /** The links only identity can derive (they carry a secret: an invitation's accept link). */
  readonly links: NoticeLinks;
}

export interface NotificationEvent<P = unknown> {
  /**
   * The event's job, exported by the context that emits it with its payload type (the payload version
   * this entry reads is the job's `version`; a newer one waits for a release that knows it).
   */
  readonly job: JobDefinition<P>;
  /** The job's name (`conventions.activated`): the webhook event type, the inbox row's `type`. */
  readonly name: string;
  readonly category: NotificationCategory;
  readonly actionRequired: boolean;
  readonly channels: readonly Channel[];
  /** Who receives it; undefined when the object is gone or no longer calls for a notice. */
  resolve(input: ResolveInput<P>): Promise<ResolvedEvent | undefined>;
  readonly templates: Readonly<Record<Locale, EventTemplate>>;
}
