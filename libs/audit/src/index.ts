export * from './audit-chain.js';
export * from './audit-log.service.js';
export * from './audit-verifier.js';
export * from './audit.module.js';
export type { AuditEventView } from './audit.repository.js';
