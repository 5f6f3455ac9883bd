import type { Translation } from '../catalog';
import type { projects as source } from '../fr/projects';

export const projects: Translation<typeof source> = {};
