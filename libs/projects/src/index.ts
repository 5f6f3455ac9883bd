export * from './project-access.js';
export * from './project-history.js';
export { ProjectsModule } from './projects.module.js';
