import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';
import type { ConventionStatus } from '../convention.types.js';

/**
 * The whole convention status workflow, for every context that moves a convention (core, signing,
 * reminders). A convention starts `draft`. Who takes each move:
 *
 * - `draft → in_review` (`submit-for-review`), `in_review → draft` (`return-to-draft`, or a new document
 *   version), `→ voided` (`void`), `active → terminated` (`terminate`): the owner's managers, here;
 * - `in_review → out_for_signature`: the signing context's `/send`;
 * - `out_for_signature → active` (the last signature), `→ declined` (a decline): the signing context;
 * - `out_for_signature → draft`: a new document version, which cancels the signatures collected;
 * - `→ expired`: the reminders job — an active convention past its expiry date, or one still out for
 *   signature past its signing deadline.
 *
 * `expired`, `terminated`, `declined` and `voided` are final.
 */
export const CONVENTION_TRANSITIONS: Readonly<Record<ConventionStatus, readonly ConventionStatus[]>> = {
  draft: ['in_review', 'voided'],
  in_review: ['draft', 'out_for_signature', 'voided'],
  out_for_signature: ['active', 'declined', 'draft', 'expired', 'voided'],
  active: ['terminated', 'expired'],
  expired: [],
  terminated: [],
  declined: [],
  voided: [],
};

/** The owner's action routes (`POST /conventions/{id}/<action>`) and the status each leads to. */
export const LIFECYCLE_ACTIONS = {
  'submit-for-review': 'in_review',
  'return-to-draft': 'draft',
  void: 'voided',
  terminate: 'terminated',
} as const satisfies Record<string, ConventionStatus>;
export type LifecycleAction = keyof typeof LIFECYCLE_ACTIONS;

/** Statuses in which signatures may be pending (voiding cancels them). */
export const OPEN_STATUSES: readonly ConventionStatus[] = ['draft', 'in_review', 'out_for_signature'];

export function allowedTransitions(from: ConventionStatus): readonly ConventionStatus[] {
  return CONVENTION_TRANSITIONS[from];
}

export function isLegalTransition(from: ConventionStatus, to: ConventionStatus): boolean {
  return CONVENTION_TRANSITIONS[from].includes(to);
}

export function illegalTransition(from: ConventionStatus, to: ConventionStatus): ProblemException {
  const allowed = CONVENTION_TRANSITIONS[from];
  return new ProblemException(
    HttpStatus.CONFLICT,
    'illegal-transition',
    'This status change is not allowed',
    allowed.length === 0
      ? `A ${from} convention is final: it cannot become ${to}.`
      : `A ${from} convention cannot become ${to}; it can become ${allowed.join(' or ')}.`,
    { from, to, allowed },
  );
}

/** Throws 409 `illegal-transition` (with `from`, `to`, `allowed`) unless `from → to` is in the table. */
export function assertTransition(from: ConventionStatus, to: ConventionStatus): void {
  if (!isLegalTransition(from, to)) throw illegalTransition(from, to);
}

/** What the caller may do on one convention, as far as status moves go. */
export interface TransitionRights {
  /** One of the owner's managers (`conventions.manage` in the owning tenant). */
  readonly canManage: boolean;
  /** A pending signer of the step now signing, with `conventions.sign`. */
  readonly signTurn: boolean;
  /** …whose signature is the last one pending: signing activates the convention. */
  readonly lastSignature: boolean;
}

/**
 * The moves of the workflow this caller can take from `from`: the managers' (review, send, a new document
 * version, void, terminate), a signer's in turn (`declined`, and `active` for the last signature), never
 * the reminders job's (`expired`).
 */
export function transitionsFor(from: ConventionStatus, rights: TransitionRights): ConventionStatus[] {
  return CONVENTION_TRANSITIONS[from].filter((to) => {
    if (to === 'expired') return false;
    if (from === 'out_for_signature' && to === 'active') return rights.signTurn && rights.lastSignature;
    if (from === 'out_for_signature' && to === 'declined') return rights.signTurn;
    return rights.canManage;
  });
}
