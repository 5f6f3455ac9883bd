export * from './data-source.js';
export * from './database.module.js';
export * from './naming.strategy.js';
export * from './read-replica.js';
export * from './tenant-context.js';
export * from './transaction-runner.js';
export * from './uuid.js';
export * from './pg-errors.js';
