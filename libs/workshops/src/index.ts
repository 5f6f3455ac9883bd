export { WorkshopsModule, WorkshopsJobsModule } from './workshops.module.js';
export { WorkshopReminderService } from './reminders/reminder.service.js';
export {
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type WorkshopKind,
  type WorkshopStatus,
} from './workshop.types.js';
export { newCheckInCode } from './events/workshop.service.js';
export {
  minutesPublishedJob,
  registrationConfirmedJob,
  waitlistPromotedJob,
  workshopCancelledJob,
  workshopInvitedJob,
  workshopReminderJob,
  type WorkshopNotice,
} from './workshop.jobs.js';
