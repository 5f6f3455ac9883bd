import type { Actor } from '@jazari/access';
import { ReferenceProblems } from './reference.problems.js';
import type {
  LocalizedLabels,
  Priority,
  PriorityPillar,
  ReferencePatch,
  ReferenceState,
} from '../reference.types.js';

const LOCALES = ['fr', 'ar', 'en'] as const satisfies readonly (keyof LocalizedLabels)[];

/** The pillar a priority code belongs to, or null for a pillar's own code. */
export function pillarOf(code: string): string | null {
  const dot = code.indexOf('.');
  return dot === -1 ? null : code.slice(0, dot);
}

/** What an edit changes, field by field (labels as `labels.fr`…), for the audit log. */
export interface ReferenceChange {
  readonly next: ReferenceState;
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

/** Applies a partial edit: absent fields are kept, labels merge per locale; only real changes are noted. */
export function mergeReferencePatch(current: ReferenceState, patch: ReferencePatch): ReferenceChange {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const note = (field: string, from: unknown, to: unknown): void => {
    if (from === to) return;
    before[field] = from;
    after[field] = to;
  };
  const labels: LocalizedLabels = {
    fr: patch.labels?.fr ?? current.labels.fr,
    ar: patch.labels?.ar ?? current.labels.ar,
    en: patch.labels?.en ?? current.labels.en,
  };
  for (const locale of LOCALES) note(`labels.${locale}`, current.labels[locale], labels[locale]);
  const position = patch.position ?? current.position;
  note('position', current.position, position);
  const active = patch.active ?? current.active;
  note('active', current.active, active);
  return { next: { labels, position, active }, before, after };
}

export function hasChanges(change: ReferenceChange): boolean {
  return Object.keys(change.after).length > 0;
}

/**
 * Builds the two-level tree from rows ordered by position then code. Without `includeInactive`, an
 * inactive pillar hides its whole branch (its sub-priorities cannot be chosen without it) and inactive
 * sub-priorities are left out.
 */
export function priorityTree(rows: readonly Priority[], includeInactive: boolean): PriorityPillar[] {
  const pillars = rows.filter((p) => p.parentCode === null && (includeInactive || p.active));
  return pillars.map((pillar) => ({
    ...pillar,
    children: rows.filter((p) => p.parentCode === pillar.code && (includeInactive || p.active)),
  }));
}

/**
 * `reference.manage` is granted to Root's network admins only; this keeps a permission granted by mistake
 * from opening writes (RLS refuses them too), and keeps deactivated entries a Root view.
 */
export function assertRoot(actor: Actor, what: string): void {
  if (actor.tenantKind !== 'root') throw ReferenceProblems.rootOnly(what);
}
