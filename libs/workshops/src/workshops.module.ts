import { Module } from '@nestjs/common';
import { AuditLogModule } from '@jazari/audit';
import { ConventionsModule } from '@jazari/conventions';
import { OutboxModule } from '@jazari/outbox';
import { ProjectsModule } from '@jazari/projects';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarRepository } from './calendar/calendar.repository.js';
import { CalendarService } from './calendar/calendar.service.js';
import { WorkshopController } from './events/workshop.controller.js';
import { WorkshopInput } from './events/workshop-input.js';
import { WorkshopRepository } from './events/workshop.repository.js';
import { WorkshopService } from './events/workshop.service.js';
import { OutcomeController } from './outcomes/outcome.controller.js';
import { OutcomeRepository } from './outcomes/outcome.repository.js';
import { OutcomeService } from './outcomes/outcome.service.js';
import { AttendanceService } from './registrations/attendance.service.js';
import { RegistrationController } from './registrations/registration.controller.js';
import { RegistrationRepository } from './registrations/registration.repository.js';
import { RegistrationService } from './registrations/registration.service.js';
import { Seats } from './registrations/seats.js';
import { WorkshopReminderService } from './reminders/reminder.service.js';
import { WorkshopRemindersHandler } from './reminders/workshop-reminders.handler.js';
import { WorkshopAccess } from './workshop-access.js';
import './workshop.jobs.js';

/**
 * The workshops context's routes and services (API): workshops and their agenda, registrations,
 * invitations and attendance, outcomes, calendars. Conventions for the obligation a workshop serves,
 * projects for the projects and deliverables it is linked to.
 */
@Module({
  imports: [OutboxModule, AuditLogModule, ProjectsModule, ConventionsModule],
  controllers: [WorkshopController, RegistrationController, OutcomeController, CalendarController],
  providers: [
    WorkshopAccess,
    WorkshopRepository,
    WorkshopInput,
    WorkshopService,
    RegistrationRepository,
    RegistrationService,
    AttendanceService,
    Seats,
    OutcomeRepository,
    OutcomeService,
    CalendarRepository,
    CalendarService,
  ],
})
export class WorkshopsModule {}

/**
 * The workshops context's job handlers and schedules (worker): the 24-hour reminder sweep
 * (`workshops.reminders`, every 5 minutes, queue `maintenance`, upserted by the worker's JobSchedulerHost
 * at boot). Its notices reach people through notifications, which subscribes to them.
 */
@Module({
  imports: [OutboxModule],
  providers: [WorkshopReminderService, WorkshopRemindersHandler],
  exports: [WorkshopReminderService],
})
export class WorkshopsJobsModule {}
