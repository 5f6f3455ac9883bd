import type { DemoProject } from './project-types.js';
import { CASABLANCA_PROJECTS } from './projects-casablanca.js';
import { RABAT_PROJECTS } from './projects-rabat.js';
import { SOUSS_MASSA_PROJECTS } from './projects-souss-massa.js';

/** Each institute's projects, in the order they are written (their UUID v7 ids follow it). */
export const DEMO_PROJECTS: readonly DemoProject[] = [
  ...RABAT_PROJECTS,
  ...CASABLANCA_PROJECTS,
  ...SOUSS_MASSA_PROJECTS,
];
