export { WorkshopsModule, WorkshopsJobsModule } from './workshops.module.js';
