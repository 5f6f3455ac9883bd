import type { FieldError } from '@jazari/http';
import type { ProjectScope } from '../project-access.js';
import { allowedTransitions } from './project-workflow.js';
import type { ProjectContent, ProjectDetail, ProjectPatch, ProjectView } from './project.types.js';

/**
 * A money string as PostgreSQL prints `numeric(16,2)`: no leading zeros, two decimals ("1250000.00").
 * The input has already matched MONEY_PATTERN; no float ever touches the value.
 */
export function normalizeMoney(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole.replace(/^0+(?=[0-9])/, '')}.${fraction.padEnd(2, '0')}`;
}

/** ISO dates compare as strings. */
export function dateOrderErrors(startDate: string | null, endDate: string | null): FieldError[] {
  if (startDate !== null && endDate !== null && startDate > endDate) {
    return [{ field: 'endDate', messages: ['endDate must be on or after startDate'] }];
  }
  return [];
}

/** A set as it is stored and compared: unique, sorted. */
export function codeSet(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

export interface SetDelta {
  readonly added: string[];
  readonly removed: string[];
}

export function setDelta(before: readonly string[], after: readonly string[]): SetDelta {
  const from = new Set(before);
  const to = new Set(after);
  return {
    added: [...to].filter((v) => !from.has(v)).sort(),
    removed: [...from].filter((v) => !to.has(v)).sort(),
  };
}

export function isEmptyDelta(delta: SetDelta): boolean {
  return delta.added.length === 0 && delta.removed.length === 0;
}

export function contentOf(detail: ProjectDetail): ProjectContent {
  return {
    title: detail.title,
    summary: detail.summary,
    startDate: detail.startDate,
    endDate: detail.endDate,
    budgetMad: detail.budgetMad,
    spentMad: detail.spentMad,
    priorityCodes: detail.priorities.map((p) => p.code).sort(),
    regionCodes: detail.regions.map((r) => r.code).sort(),
    domainCodes: detail.domains.map((d) => d.code).sort(),
  };
}

export type FieldChange = { readonly from: unknown; readonly to: unknown };

export interface ContentChange {
  readonly next: ProjectContent;
  /** `{ field: { from, to } }` of the fields whose value changes; empty when nothing does. */
  readonly changes: Readonly<Record<string, FieldChange>>;
}

const SCALARS = ['title', 'summary', 'startDate', 'endDate', 'budgetMad', 'spentMad'] as const;
const SETS = ['priorityCodes', 'regionCodes', 'domainCodes'] as const;

/** Applies a partial edit: absent fields are kept, money is normalised, sets compare as sets. */
export function applyPatch(current: ProjectContent, patch: ProjectPatch): ContentChange {
  const changes: Record<string, FieldChange> = {};
  const next: Record<string, unknown> = { ...current };
  for (const field of SCALARS) {
    const given = patch[field];
    if (given === undefined) continue;
    const value = field === 'budgetMad' || field === 'spentMad' ? normalizeMoney(given!) : given;
    if (value !== current[field]) {
      changes[field] = { from: current[field], to: value };
      next[field] = value;
    }
  }
  for (const field of SETS) {
    const given = patch[field];
    if (given === undefined) continue;
    const value = codeSet(given);
    const before = codeSet(current[field]);
    if (value.join('\n') !== before.join('\n')) {
      changes[field] = { from: before, to: value };
      next[field] = value;
    }
  }
  return { next: next as unknown as ProjectContent, changes };
}

/** What the caller sees: the project, the moves its status allows, and what the caller may do. */
export function projectView(
  detail: ProjectDetail,
  scope: Pick<ProjectScope, 'canEdit' | 'canManage'>,
): ProjectView {
  return {
    ...detail,
    allowedTransitions: allowedTransitions(detail.status),
    canEdit: scope.canEdit,
    canManage: scope.canManage,
  };
}

/** The strong entity tag of a project version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * RFC 9110 `If-Match`: absent, `*`, or a list of entity tags one of which is the current one (strong
 * comparison, so a weak `W/"3"` never matches).
 */
export function ifMatchSatisfied(header: string | undefined, version: number): boolean {
  if (header === undefined) return true;
  const value = header.trim();
  if (value === '*') return true;
  const current = etagOf(version);
  return value.split(',').some((tag) => tag.trim() === current);
}
