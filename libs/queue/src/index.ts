export * from './job-catalog.js';
export * from './job-handler.decorator.js';
export * from './job-handler.registry.js';
export * from './queue.module.js';
export * from './queue.producer.js';
export * from './queue.tokens.js';
export * from './redis.js';
export * from './worker.host.js';
