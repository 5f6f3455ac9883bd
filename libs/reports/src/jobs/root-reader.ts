import type { DbContext } from '@jazari/database';

/** Reads every tenant's rows through Root's read policies; with no tenant set, it can write nothing. */
export const ROOT_READER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });
