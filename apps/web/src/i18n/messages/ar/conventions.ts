import type { Translation } from '../catalog';
import type { conventions as source } from '../fr/conventions';

export const conventions: Translation<typeof source> = {};
