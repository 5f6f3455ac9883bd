export const OBLIGATION_STATUSES = ['open', 'met', 'waived'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const EVIDENCE_LINK_KINDS = ['deliverable', 'milestone', 'workshop'] as const;
export type EvidenceLinkKind = (typeof EVIDENCE_LINK_KINDS)[number];

export const OBLIGATION_VIEWS = ['we-owe', 'owed-to-us'] as const;
export type ObligationView = (typeof OBLIGATION_VIEWS)[number];

export const OBLIGATION_DESCRIPTION_MAX = 2_000;
export const OBLIGATION_NOTE_MAX = 2_000;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** Obligations are added and changed while the convention is being drafted, signed, or in force. */
export const OBLIGATION_EDITABLE_CONVENTION: readonly string[] = [
  'draft',
  'in_review',
  'out_for_signature',
  'active',
];

export interface EvidenceLink {
  readonly kind: EvidenceLinkKind;
  readonly tenantId: string;
  readonly id: string;
}

export interface ObligationRow {
  readonly id: string;
  readonly ownerTenantId: string;
  readonly conventionId: string;
  readonly conventionReference: string;
  readonly conventionTitle: string;
  readonly description: string;
  readonly responsibleTenantId: string;
  readonly responsibleTenantName: string;
  readonly dueDate: string;
  readonly status: ObligationStatus;
  readonly metAt: Date | null;
  readonly evidence: EvidenceLink | null;
  readonly note: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Overdue: still open, and due before today (both `YYYY-MM-DD`, today in the network's time zone). */
export function isOverdue(o: Pick<ObligationRow, 'status' | 'dueDate'>, today: string): boolean {
  return o.status === 'open' && o.dueDate < today;
}

/** The state each kind of evidence must be in for an obligation to be met with it. */
export const EVIDENCE_READY: Readonly<Record<EvidenceLinkKind, string>> = {
  deliverable: 'accepted',
  milestone: 'done',
  workshop: 'held',
};
