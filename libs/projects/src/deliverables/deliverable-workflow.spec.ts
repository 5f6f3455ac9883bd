import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '@jazari/http';
import {
  allowedFrom,
  DELIVERABLE_STATUSES,
  type DeliverableAction,
  type DeliverableStatus,
  isOpenForChanges,
  isOverdue,
  nextStatus,
} from './deliverable-workflow.js';

function attempt(from: DeliverableStatus, action: DeliverableAction): string {
  try {
    return nextStatus(from, action);
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemException);
    const problem = error as ProblemException;
    expect(problem.getStatus()).toBe(409);
    expect(problem.slug).toBe('illegal-transition');
    expect(problem.extensions).toEqual({ from, to: expect.any(String), allowed: allowedFrom(from) });
    return `409 → ${problem.extensions.to as string}`;
  }
}

describe('the deliverable workflow', () => {
  it('has exactly these transitions', () => {
    const table = Object.fromEntries(
      DELIVERABLE_STATUSES.map((from) => [
        from,
        {
          submit: attempt(from, 'submit'),
          accept: attempt(from, 'accept'),
          reject: attempt(from, 'reject'),
        },
      ]),
    );
    expect(table).toEqual({
      planned: { submit: 'submitted', accept: '409 → accepted', reject: '409 → rejected' },
      submitted: { submit: '409 → submitted', accept: 'accepted', reject: 'rejected' },
      rejected: { submit: 'submitted', accept: '409 → accepted', reject: '409 → rejected' },
      accepted: { submit: '409 → submitted', accept: '409 → accepted', reject: 'rejected' },
    });
  });

  it('says where a deliverable may go from each status', () => {
    expect(allowedFrom('planned')).toEqual(['submitted']);
    expect(allowedFrom('submitted')).toEqual(['accepted', 'rejected']);
    expect(allowedFrom('rejected')).toEqual(['submitted']);
    expect(allowedFrom('accepted')).toEqual(['rejected']);
  });

  it('is overdue past its due date while planned or rejected only', () => {
    const today = '2026-03-10';
    expect(isOverdue({ dueDate: '2026-03-09', status: 'planned' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'rejected' }, today)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-10', status: 'planned' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'submitted' }, today)).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'accepted' }, today)).toBe(false);
  });

  it('changes content only while the team holds it', () => {
    expect(DELIVERABLE_STATUSES.filter(isOpenForChanges)).toEqual(['planned', 'rejected']);
  });
});
