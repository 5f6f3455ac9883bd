export * from './access.decorators.js';
export * from './actor.js';
export * from './permissions.js';
export * from './roles.js';
export * from './route.decorators.js';
