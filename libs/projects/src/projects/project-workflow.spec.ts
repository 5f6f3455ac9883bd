import { describe, expect, it } from '@jest/globals';
import { PROJECT_STATUSES } from '../project-access.js';
import { allowedTransitions, PROJECT_TRANSITIONS, STATUS_ACTIONS, transition } from './project-workflow.js';

describe('project workflow', () => {
  it('has an entry for every status, and only moves to statuses that exist', () => {
    expect(Object.keys(PROJECT_TRANSITIONS).sort()).toEqual([...PROJECT_STATUSES].sort());
    for (const targets of Object.values(PROJECT_TRANSITIONS)) {
      for (const to of targets) expect(PROJECT_STATUSES).toContain(to);
    }
  });

  it.each([
    ['proposed', 'activate', 'active'],
    ['on_hold', 'activate', 'active'],
    ['active', 'hold', 'on_hold'],
    ['active', 'complete', 'completed'],
    ['proposed', 'cancel', 'cancelled'],
    ['active', 'cancel', 'cancelled'],
    ['on_hold', 'cancel', 'cancelled'],
  ] as const)('allows %s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ legal: true, from, to });
  });

  it.each([
    ['proposed', 'hold', ['active', 'cancelled']],
    ['proposed', 'complete', ['active', 'cancelled']],
    ['active', 'activate', ['on_hold', 'completed', 'cancelled']],
    ['on_hold', 'hold', ['active', 'cancelled']],
    ['on_hold', 'complete', ['active', 'cancelled']],
    ['completed', 'activate', []],
    ['completed', 'cancel', []],
    ['cancelled', 'activate', []],
  ] as const)('refuses %s --%s-->, naming what is allowed', (from, action, allowed) => {
    expect(transition(from, action)).toEqual({
      legal: false,
      from,
      to: STATUS_ACTIONS[action],
      allowed,
    });
  });

  it('makes completed and cancelled final', () => {
    expect(allowedTransitions('completed')).toEqual([]);
    expect(allowedTransitions('cancelled')).toEqual([]);
  });

  it('reaches every status from proposed', () => {
    const seen = new Set<string>(['proposed']);
    const queue = ['proposed' as const] as (keyof typeof PROJECT_TRANSITIONS)[];
    while (queue.length > 0) {
      for (const next of PROJECT_TRANSITIONS[queue.shift()!]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...PROJECT_STATUSES].sort());
  });
});
