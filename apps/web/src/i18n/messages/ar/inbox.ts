import type { Translation } from '../catalog';
import type { inbox as source } from '../fr/inbox';

export const inbox: Translation<typeof source> = {};
