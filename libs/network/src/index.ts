export * from './network.module.js';
export * from './regions/region.service.js';
export * from './tenants/tenant.service.js';
// The demo seed provisions the network's one Root through it (no route creates a Root).
export { TenantRepository } from './tenants/tenant.repository.js';
export * from './reference/priority.service.js';
export * from './reference/domain.service.js';
export * from './directory/directory.service.js';
export type {
  LocalizedNames,
  NewTenant,
  Page,
  Region,
  Tenant,
  TenantFilter,
  TenantPatch,
  TenantProfile,
  TenantStatus,
} from './tenant.types.js';
export { TENANT_STATUSES } from './tenant.types.js';
export type {
  Domain,
  LocalizedLabels,
  NewReferenceEntry,
  Priority,
  PriorityPillar,
  ReferencePatch,
} from './reference.types.js';
export { DOMAIN_CODE_PATTERN, PRIORITY_CODE_PATTERN } from './reference.types.js';
export type { DirectoryEntry, DirectoryFilter, DirectoryProfile } from './directory/directory.types.js';
