export * from './network.module.js';
export * from './region.service.js';
export * from './tenant.service.js';
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
