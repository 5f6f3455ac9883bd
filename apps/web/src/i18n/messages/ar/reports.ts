import type { Translation } from '../catalog';
import type { reports as source } from '../fr/reports';

export const reports: Translation<typeof source> = {};
