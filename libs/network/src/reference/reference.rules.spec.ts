import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import { assertRoot, hasChanges, mergeReferencePatch, pillarOf, priorityTree } from './reference.rules.js';
import type { Priority, ReferenceState } from '../reference.types.js';
import { PRIORITY_CODE_PATTERN } from '../reference.types.js';

const at = new Date('2026-01-01T00:00:00Z');
const priority = (code: string, position: number, active = true): Priority => ({
  code,
  parentCode: pillarOf(code),
  labels: { fr: code, ar: code, en: code },
  position,
  active,
  createdAt: at,
  updatedAt: at,
});

describe('priority codes', () => {
  it('allow two levels and no third', () => {
    for (const code of ['startup_support', 'startup_support.incubation', 'a1.b_2']) {
      expect(PRIORITY_CODE_PATTERN.test(code)).toBe(true);
    }
    for (const code of ['a.b.c', 'Startup', '.a', 'a.', '1a', 'a..b', 'a-b']) {
      expect(PRIORITY_CODE_PATTERN.test(code)).toBe(false);
    }
  });

  it('name their pillar', () => {
    expect(pillarOf('startup_support')).toBeNull();
    expect(pillarOf('startup_support.incubation')).toBe('startup_support');
  });
});

describe('priorityTree', () => {
  const rows = [
    priority('a', 1),
    priority('b', 2, false),
    priority('a.x', 1),
    priority('a.y', 2, false),
    priority('b.z', 1),
  ];

  it('hides deactivated sub-priorities, and a deactivated pillar with its whole branch', () => {
    const tree = priorityTree(rows, false);
    expect(tree.map((p) => [p.code, p.children.map((c) => c.code)])).toEqual([['a', ['a.x']]]);
  });

  it('shows everything on request, in the given order', () => {
    const tree = priorityTree(rows, true);
    expect(tree.map((p) => [p.code, p.children.map((c) => c.code)])).toEqual([
      ['a', ['a.x', 'a.y']],
      ['b', ['b.z']],
    ]);
  });
});

describe('mergeReferencePatch', () => {
  const current: ReferenceState = {
    labels: { fr: 'Santé', ar: 'الصحة', en: 'Health' },
    position: 1,
    active: true,
  };

  it('keeps absent fields, merges labels per locale, and notes only real changes', () => {
    const change = mergeReferencePatch(current, { labels: { en: 'Healthcare', fr: 'Santé' }, active: false });
    expect(change.next).toEqual({
      labels: { fr: 'Santé', ar: 'الصحة', en: 'Healthcare' },
      position: 1,
      active: false,
    });
    expect(change.before).toEqual({ 'labels.en': 'Health', active: true });
    expect(change.after).toEqual({ 'labels.en': 'Healthcare', active: false });
    expect(hasChanges(change)).toBe(true);
  });

  it('finds nothing to do in an empty or identical edit', () => {
    expect(hasChanges(mergeReferencePatch(current, {}))).toBe(false);
    expect(hasChanges(mergeReferencePatch(current, { position: 1, active: true }))).toBe(false);
  });
});

describe('assertRoot', () => {
  const actor = (tenantKind: Actor['tenantKind']): Actor => ({
    type: 'user',
    tenantId: '0190f5a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f',
    tenantKind,
    userId: null,
    role: null,
    sessionId: null,
    apiKeyId: null,
    permissions: new Set(['reference.manage']),
  });

  it('refuses any tenant but Root, even holding the permission', () => {
    expect(() => assertRoot(actor('root'), 'manages')).not.toThrow();
    for (const kind of ['institute', 'partner'] as const) {
      const error = (() => {
        try {
          assertRoot(actor(kind), 'manages');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).getStatus()).toBe(403);
    }
  });
});
