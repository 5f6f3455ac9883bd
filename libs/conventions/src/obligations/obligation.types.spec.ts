import { describe, expect, it } from '@jest/globals';
import { isOverdue } from './obligation.types.js';

describe('overdue obligations', () => {
  it('is open and due before today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2027-01-09' }, '2027-01-10')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2027-01-10' }, '2027-01-10')).toBe(false);
    expect(isOverdue({ status: 'met', dueDate: '2027-01-01' }, '2027-01-10')).toBe(false);
    expect(isOverdue({ status: 'waived', dueDate: '2027-01-01' }, '2027-01-10')).toBe(false);
  });
});
