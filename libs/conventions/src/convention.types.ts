export const CONVENTION_STATUSES = [
  'draft',
  'in_review',
  'out_for_signature',
  'active',
  'expired',
  'terminated',
  'declined',
  'voided',
] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

/** The types a convention is created with; `amendment` is only made by `POST /conventions/{id}/amendments`. */
export const CREATABLE_CONVENTION_TYPES = [
  'framework',
  'partnership',
  'rnd_collaboration',
  'data_sharing',
  'mou',
] as const;
export const CONVENTION_TYPES = [...CREATABLE_CONVENTION_TYPES, 'amendment'] as const;
export type ConventionType = (typeof CONVENTION_TYPES)[number];

export const CURRENCY = 'MAD';
export const MONEY_PATTERN = /^[0-9]{1,14}(\.[0-9]{1,2})?$/;
export const DATE_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
export const PRIORITY_CODE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;
export const TITLE_MAX_LENGTH = 300;
export const ROLE_LABEL_MAX_LENGTH = 60;
export const REASON_MAX_LENGTH = 2_000;
export const MAX_PARTIES = 50;
export const MAX_PRIORITIES = 30;
export const MAX_PROJECTS = 50;
export const DEFAULT_REMINDER_INTERVAL_DAYS = 3;
/** The role label the owner gets when the body does not list it among the parties. */
export const OWNER_ROLE_LABEL = 'Porteur';

export interface PartyInput {
  readonly tenantId: string;
  readonly roleLabel: string;
}

/** The terms of a convention that its owner writes (create, and PATCH while draft). */
export interface ConventionTerms {
  readonly title: string;
  readonly effectiveDate: string | null;
  readonly expiryDate: string | null;
  readonly valueMad: string | null;
  readonly signingDeadline: string | null;
  readonly reminderIntervalDays: number;
}

export interface NewConvention extends ConventionTerms {
  readonly type: ConventionType;
  readonly parties: readonly PartyInput[];
  readonly priorityCodes: readonly string[];
  readonly projectIds: readonly string[];
}

export type ConventionPatch = Partial<ConventionTerms> & {
  readonly parties?: readonly PartyInput[];
  readonly priorityCodes?: readonly string[];
  readonly projectIds?: readonly string[];
};

export interface NewAmendment {
  readonly title: string;
  readonly effectiveDate?: string;
  readonly expiryDate?: string;
  readonly valueMad?: string;
  readonly signingDeadline?: string;
  readonly reminderIntervalDays?: number;
}

export interface TenantRef {
  readonly id: string;
  readonly kind: string;
  readonly slug: string;
  readonly name: string;
}

export interface Party extends TenantRef {
  readonly roleLabel: string;
  readonly position: number;
}

export interface LinkedProject {
  readonly tenantId: string;
  readonly id: string;
}

export interface DocumentVersion {
  readonly id: string;
  readonly version: number;
  readonly filename: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly uploadedByName: string | null;
  readonly uploadedAt: Date;
  readonly pageCount: number | null;
  readonly pdfTitle: string | null;
  readonly pdfAuthor: string | null;
  readonly pdfProducer: string | null;
  readonly sentForSignatureAt: Date | null;
  readonly sealed: boolean;
}

export interface SignerSummary {
  readonly id: string;
  readonly partyTenantId: string;
  readonly userId: string;
  readonly displayName: string | null;
  readonly step: number;
  readonly status: string;
  readonly actedAt: Date | null;
}

export interface LineageEntry {
  readonly id: string;
  readonly parentId: string | null;
  readonly reference: string;
  readonly title: string;
  readonly type: ConventionType;
  readonly status: ConventionStatus;
}

export interface ConventionDetail extends ConventionTerms {
  readonly id: string;
  readonly owner: TenantRef;
  readonly reference: string;
  readonly type: ConventionType;
  readonly status: ConventionStatus;
  readonly parentId: string | null;
  readonly version: number;
  readonly parties: Party[];
  readonly priorityCodes: string[];
  readonly projects: LinkedProject[];
  readonly documents: DocumentVersion[];
  readonly signers: SignerSummary[];
  readonly obligations: { total: number; open: number; met: number; waived: number };
  readonly ancestors: LineageEntry[];
  readonly amendments: LineageEntry[];
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly sentAt: Date | null;
  readonly activatedAt: Date | null;
  readonly closedAt: Date | null;
  readonly closeReason: string | null;
}

/** How far obligations due to date are met (waived ones count for nothing). */
export interface ExecutionFigure {
  /** Obligations due on or before today, not waived. */
  readonly due: number;
  /** …of which met. */
  readonly met: number;
  /** Open obligations whose due date has passed. */
  readonly overdue: number;
  /** `met / due`, in percent with one decimal; null while nothing is due. */
  readonly executedPercent: number | null;
}

export interface ConventionExecution extends ExecutionFigure {
  /** The day the figure is counted on (the network's time zone). */
  readonly asOf: string;
  /** Per responsible party, by name. */
  readonly byParty: (ExecutionFigure & { readonly tenantId: string; readonly name: string })[];
}

export interface ConventionView extends ConventionDetail {
  /** The moves of the workflow this caller can take (convention-workflow.ts `transitionsFor`). */
  readonly allowedTransitions: readonly ConventionStatus[];
  readonly isOwner: boolean;
  readonly isParty: boolean;
  readonly canManage: boolean;
  /** The caller is a pending signer of the step now signing (and may sign). */
  readonly canSign: boolean;
  readonly execution: ConventionExecution;
}

export const CONVENTION_VIEWS = ['mine', 'awaiting-my-signature', 'all'] as const;
export type ConventionListView = (typeof CONVENTION_VIEWS)[number];

export interface ConventionListFilter {
  readonly view: ConventionListView;
  readonly status?: ConventionStatus;
  readonly type?: ConventionType;
}

export interface ConventionListItem {
  readonly id: string;
  readonly owner: TenantRef;
  readonly reference: string;
  readonly title: string;
  readonly type: ConventionType;
  readonly status: ConventionStatus;
  readonly parties: { id: string; name: string; roleLabel: string }[];
  readonly nextDeadline: { kind: 'signing' | 'expiry'; date: string } | null;
  readonly updatedAt: Date;
}
