import { describe, expect, it } from '@jest/globals';
import { milestoneStatus } from './milestone.service.js';

describe('milestoneStatus', () => {
  const today = '2026-03-10';

  it('is planned until the due date, then late by the days since', () => {
    expect(milestoneStatus({ dueDate: '2026-03-10', doneDate: null }, today)).toEqual({
      status: 'planned',
      daysLate: 0,
    });
    expect(milestoneStatus({ dueDate: '2026-02-28', doneDate: null }, today)).toEqual({
      status: 'late',
      daysLate: 10,
    });
  });

  it('stays late once reached after the due date, whatever today is', () => {
    expect(milestoneStatus({ dueDate: '2026-01-31', doneDate: '2026-03-02' }, today)).toEqual({
      status: 'done_late',
      daysLate: 30,
    });
    expect(milestoneStatus({ dueDate: '2026-01-31', doneDate: '2026-01-31' }, today)).toEqual({
      status: 'done',
      daysLate: 0,
    });
    expect(milestoneStatus({ dueDate: '2026-04-30', doneDate: '2026-03-01' }, today)).toEqual({
      status: 'done',
      daysLate: 0,
    });
  });
});
