export * from './worker.bootstrap.js';
export * from './worker.module.js';
