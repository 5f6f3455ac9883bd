export * from './sql.js';
export * from './test-config.js';
export * from './wait.js';
export * from './factories.js';
export * from './http.js';
export * from './mail-sink.js';
export * from './pdf-text.js';
