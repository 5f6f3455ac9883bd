import type { Translation } from '../catalog';
import type { workshops as source } from '../fr/workshops';

export const workshops: Translation<typeof source> = {};
