import { Injectable } from '@nestjs/common';
import { JobHandler } from '@jazari/queue';
import { WorkshopReminderService } from './reminder.service.js';
import { workshopRemindersJob } from '../workshop.jobs.js';

/** The scheduled reminder sweep's handler: a system job, run with no tenant (the service scopes each step). */
@Injectable()
export class WorkshopRemindersHandler {
  constructor(private readonly reminders: WorkshopReminderService) {}

  @JobHandler(workshopRemindersJob)
  async handle(): Promise<void> {
    await this.reminders.sweep();
  }
}
