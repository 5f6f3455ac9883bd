export * from './file-storage.js';
export * from './local-disk.storage.js';
export * from './storage.module.js';
