export * from './outbox-job.runner.js';
export * from './outbox.module.js';
export * from './outbox.relay.js';
export * from './outbox.repository.js';
export * from './outbox.service.js';
export * from './maintenance/maintenance.module.js';
export * from './maintenance/prune.handler.js';
export * from './maintenance/reclaim.handler.js';
