import type { Translation } from '../catalog';
import type { resources as source } from '../fr/resources';

export const resources: Translation<typeof source> = {};
