export * from './api.bootstrap.js';
export * from './api.module.js';
