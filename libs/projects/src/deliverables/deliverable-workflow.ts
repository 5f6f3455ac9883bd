import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@jazari/http';

export const DELIVERABLE_KINDS = [
  'technology_brick',
  'prototype',
  'model_evaluation',
  'dataset',
  'technical_report',
  'methodology',
  'publication',
  'software',
] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

export const DELIVERABLE_STATUSES = ['planned', 'submitted', 'accepted', 'rejected'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/** What a person does to a deliverable; each is its own route, bodies never carry a status. */
export type DeliverableAction = 'submit' | 'accept' | 'reject';

/**
 * The review workflow. The team submits (again, after a rejection); the institute's managers accept or
 * reject what was submitted, and may still reject what they accepted (a flaw found later): the team then
 * works on it again, and a convention obligation met with it reopens.
 */
export const DELIVERABLE_TRANSITIONS: Readonly<
  Record<DeliverableStatus, Readonly<Partial<Record<DeliverableAction, DeliverableStatus>>>>
> = {
  planned: { submit: 'submitted' },
  submitted: { accept: 'accepted', reject: 'rejected' },
  rejected: { submit: 'submitted' },
  accepted: { reject: 'rejected' },
};

const TARGET: Readonly<Record<DeliverableAction, DeliverableStatus>> = {
  submit: 'submitted',
  accept: 'accepted',
  reject: 'rejected',
};

/** The statuses a deliverable in `from` can move to. */
export function allowedFrom(from: DeliverableStatus): DeliverableStatus[] {
  return Object.values(DELIVERABLE_TRANSITIONS[from]);
}

/** The status `action` leads to from `from`, or 409 `illegal-transition` naming from, to and allowed. */
export function nextStatus(from: DeliverableStatus, action: DeliverableAction): DeliverableStatus {
  const to = DELIVERABLE_TRANSITIONS[from][action];
  if (to) return to;
  const target = TARGET[action];
  throw new ProblemException(
    HttpStatus.CONFLICT,
    'illegal-transition',
    'This deliverable cannot move to that status',
    `A ${from} deliverable cannot become ${target}.`,
    { from, to: target, allowed: allowedFrom(from) },
  );
}

/** Overdue: due before today and not (or no longer) with the reviewers or accepted. */
export function isOverdue(d: { dueDate: string; status: DeliverableStatus }, today: string): boolean {
  return (d.status === 'planned' || d.status === 'rejected') && d.dueDate < today;
}

/**
 * Its content (title, description, due date, files, evaluation results) changes only while the team
 * holds it: what the reviewers look at, and what they accepted, stays as it was.
 */
export function isOpenForChanges(status: DeliverableStatus): boolean {
  return status === 'planned' || status === 'rejected';
}

export function deliverableLocked(status: DeliverableStatus): ProblemException {
  return new ProblemException(
    HttpStatus.CONFLICT,
    'deliverable-locked',
    'This deliverable cannot change now',
    status === 'accepted'
      ? 'It was accepted: it stays as the reviewers accepted it.'
      : 'It is with the reviewers: it changes again if they reject it.',
    // `status` is the HTTP status in a problem document: the extension names the deliverable's.
    { deliverableStatus: status },
  );
}
