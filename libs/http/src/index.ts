export * from './http-app.js';
export * from './logger.module.js';
export * from './problem.js';
export * from './problem.filter.js';
export * from './request-id.js';
export * from './validation.js';
export * from './uuid-param.pipe.js';
export * from './raw-upload.js';
