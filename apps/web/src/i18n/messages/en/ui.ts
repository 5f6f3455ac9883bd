import type { Translation } from '../catalog';
import type { ui as source } from '../fr/ui';

export const ui: Translation<typeof source> = {};
