export * from './project-access.js';
export { ProjectsModule } from './projects.module.js';
