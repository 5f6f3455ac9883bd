export * from './metrics.js';
export * from './telemetry.http.js';
export * from './telemetry.module.js';
export * from './tracing.js';
