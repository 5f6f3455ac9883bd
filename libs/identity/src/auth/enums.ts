import { ROLES_BY_KIND, type Role } from '@jazari/access';
import { TENANT_KINDS } from '@jazari/database';

export const ROLES: readonly Role[] = Object.values(ROLES_BY_KIND).flat();
export const TENANT_KIND_VALUES = [...TENANT_KINDS];
export const LOCALES = ['fr', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
