export * from './password.hasher.js';
export * from './roles.js';
