export { ResourcesModule, ResourcesJobsModule } from './resources.module.js';
