import type { ProjectStatus } from '../project-access.js';

/**
 * The project status workflow. A project starts `proposed`; `completed` and `cancelled` are final.
 * Clients never send a status: each move is an action route (`POST /projects/{id}/activate`, …).
 */
export const PROJECT_TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  proposed: ['active', 'cancelled'],
  active: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['active', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The action routes and the status each one moves a project to. */
export const STATUS_ACTIONS = {
  activate: 'active',
  hold: 'on_hold',
  complete: 'completed',
  cancel: 'cancelled',
} as const satisfies Record<string, ProjectStatus>;
export type StatusAction = keyof typeof STATUS_ACTIONS;

export type TransitionOutcome =
  | { readonly legal: true; readonly from: ProjectStatus; readonly to: ProjectStatus }
  | {
      readonly legal: false;
      readonly from: ProjectStatus;
      readonly to: ProjectStatus;
      readonly allowed: readonly ProjectStatus[];
    };

/** The statuses a project may move to from `from`. */
export function allowedTransitions(from: ProjectStatus): readonly ProjectStatus[] {
  return PROJECT_TRANSITIONS[from];
}

/** Whether `action` may be taken on a project in status `from`, and where it leads. */
export function transition(from: ProjectStatus, action: StatusAction): TransitionOutcome {
  const to = STATUS_ACTIONS[action];
  const allowed = PROJECT_TRANSITIONS[from];
  return allowed.includes(to) ? { legal: true, from, to } : { legal: false, from, to, allowed };
}
