export * from './clock.js';
export * from './config.js';
export * from './config.module.js';
export * from './entry-point.js';
export * from './redis-target.js';
export * from './network-calendar.js';
