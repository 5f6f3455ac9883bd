import { Foundation1764144000000 } from './1764144000000-foundation.js';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [Foundation1764144000000];
