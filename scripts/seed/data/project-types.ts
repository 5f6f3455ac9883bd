// Dates are days from the day the seed runs, so "late" and "due soon" stay true whenever it runs.

export type ProjectType =
  | 'research'
  | 'applied_rnd'
  | 'prototype'
  | 'startup_support'
  | 'sme_adoption'
  | 'training'
  | 'public_service';
export type ProjectStatus = 'proposed' | 'active' | 'on_hold' | 'completed';
export type DeliverableKind =
  | 'technology_brick'
  | 'prototype'
  | 'model_evaluation'
  | 'dataset'
  | 'technical_report'
  | 'methodology'
  | 'publication'
  | 'software';

export interface DemoDeliverable {
  readonly kind: DeliverableKind;
  readonly title: string;
  readonly due: number;
  readonly status: 'planned' | 'submitted' | 'accepted' | 'rejected';
  readonly submitted?: number;
  readonly reviewed?: number;
  readonly comment?: string;
  readonly evaluations?: readonly {
    readonly model: string;
    readonly version: string;
    readonly benchmark: string;
    readonly metric: string;
    readonly score: number;
    readonly on: number;
    readonly evaluator: string;
  }[];
}

export interface DemoProject {
  readonly institute: string;
  readonly type: ProjectType;
  readonly title: string;
  readonly summary: string;
  readonly status: ProjectStatus;
  readonly start: number;
  readonly end: number;
  readonly budget: number;
  readonly spent: number;
  readonly lead: string;
  readonly team: readonly string[];
  readonly partners?: readonly string[];
  readonly priorities: readonly string[];
  readonly regions: readonly string[];
  readonly domains: readonly string[];
  readonly milestones?: readonly { readonly title: string; readonly due: number; readonly done?: number }[];
  readonly deliverables?: readonly DemoDeliverable[];
  readonly kpis?: readonly {
    readonly name: string;
    readonly unit: string;
    readonly target: number;
    /** Which way it improves; `higher` when absent (a word error rate is better lower). */
    readonly direction?: 'higher' | 'lower';
    readonly measurements: readonly (readonly [on: number, value: number, note?: string])[];
  }[];
  readonly reports?: readonly {
    readonly from: number;
    readonly to: number;
    readonly rag: 'red' | 'amber' | 'green';
    readonly narrative: string;
    readonly risks?: string;
  }[];
  readonly supports?: readonly {
    readonly ice: string;
    readonly kind:
      | 'incubation'
      | 'acceleration'
      | 'technical_assistance'
      | 'co_development'
      | 'training'
      | 'compute_access'
      | 'funding';
    readonly started: number;
    readonly note?: string;
  }[];
}
