import type { Translation } from '../catalog';
import type { admin as source } from '../fr/admin';

export const admin: Translation<typeof source> = {};
