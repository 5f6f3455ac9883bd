import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '@jazari/http';
import {
  allowedTransitions,
  assertTransition,
  CONVENTION_TRANSITIONS,
  LIFECYCLE_ACTIONS,
  transitionsFor,
} from './convention-workflow.js';
import { CONVENTION_STATUSES, type ConventionStatus } from '../convention.types.js';

describe('convention workflow', () => {
  it('has an entry for every status, and only moves to statuses that exist', () => {
    expect(Object.keys(CONVENTION_TRANSITIONS).sort()).toEqual([...CONVENTION_STATUSES].sort());
    for (const targets of Object.values(CONVENTION_TRANSITIONS)) {
      for (const to of targets) expect(CONVENTION_STATUSES).toContain(to);
    }
  });

  it.each([
    ['draft', 'in_review'],
    ['in_review', 'draft'],
    ['in_review', 'out_for_signature'],
    ['out_for_signature', 'active'],
    ['out_for_signature', 'declined'],
    ['out_for_signature', 'draft'],
    ['draft', 'voided'],
    ['in_review', 'voided'],
    ['out_for_signature', 'voided'],
    ['active', 'terminated'],
    ['active', 'expired'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    ['draft', 'active', ['in_review', 'voided']],
    ['draft', 'out_for_signature', ['in_review', 'voided']],
    ['active', 'voided', ['terminated', 'expired']],
    ['active', 'draft', ['terminated', 'expired']],
    ['terminated', 'active', []],
    ['voided', 'draft', []],
  ] as const)('refuses %s → %s with 409 illegal-transition naming what is allowed', (from, to, allowed) => {
    let problem: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ProblemException);
    const p = problem as ProblemException;
    expect(p.getStatus()).toBe(409);
    expect(p.slug).toBe('illegal-transition');
    expect(p.extensions).toEqual({ from, to, allowed });
  });

  it('makes expired, terminated, declined and voided final', () => {
    for (const status of ['expired', 'terminated', 'declined', 'voided'] as const) {
      expect(allowedTransitions(status)).toEqual([]);
    }
  });

  it('maps every owner action to a status some status can reach', () => {
    const reachable = new Set(Object.values(CONVENTION_TRANSITIONS).flat());
    for (const to of Object.values(LIFECYCLE_ACTIONS)) expect(reachable.has(to)).toBe(true);
  });

  it('reaches every status from draft', () => {
    const seen = new Set<ConventionStatus>(['draft']);
    const queue: ConventionStatus[] = ['draft'];
    while (queue.length > 0) {
      for (const next of CONVENTION_TRANSITIONS[queue.shift()!]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CONVENTION_STATUSES].sort());
  });
});

describe('the moves a caller can take', () => {
  const none = { canManage: false, signTurn: false, lastSignature: false };
  const manager = { ...none, canManage: true };
  const signer = { ...none, signTurn: true };

  it('gives a reader none, in any status', () => {
    for (const status of CONVENTION_STATUSES) expect(transitionsFor(status, none)).toEqual([]);
  });

  it("gives the owner's managers theirs, never a signer's or the reminders job's", () => {
    expect(transitionsFor('draft', manager)).toEqual(['in_review', 'voided']);
    expect(transitionsFor('in_review', manager)).toEqual(['draft', 'out_for_signature', 'voided']);
    expect(transitionsFor('out_for_signature', manager)).toEqual(['draft', 'voided']);
    expect(transitionsFor('active', manager)).toEqual(['terminated']);
  });

  it('gives a signer in turn the decline, and activation only with the last signature', () => {
    expect(transitionsFor('out_for_signature', signer)).toEqual(['declined']);
    expect(transitionsFor('out_for_signature', { ...signer, lastSignature: true })).toEqual([
      'active',
      'declined',
    ]);
    expect(transitionsFor('in_review', signer)).toEqual([]);
  });
});
