import type { Translation } from '../catalog';
import type { profile as source } from '../fr/profile';

export const profile: Translation<typeof source> = {};
