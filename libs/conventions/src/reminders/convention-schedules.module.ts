import { Module } from '@nestjs/common';
import { OutboxModule } from '@jazari/outbox';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { ObligationEvidenceHandler } from '../obligations/obligation-evidence.handler.js';
import { ObligationReopenService } from '../obligations/obligation-reopen.service.js';
import { ObligationRepository } from '../obligations/obligation.repository.js';
import { ConventionSweepEvidence } from './convention-sweep.evidence.js';
import { ConventionSweepHandler } from './convention-sweep.handler.js';
import { ConventionSweepRepository } from './convention-sweep.repository.js';
import { ConventionSweepService } from './convention-sweep.service.js';
import './convention-schedule.jobs.js';

/**
 * Worker side of conventions' time: the scheduled sweep (signature reminders, expiry notices, expiries)
 * (its events reach people through notifications, which subscribes to them). The schedule itself (`conventions.sweep`, every 15 minutes,
 * queue `maintenance`) is declared with the jobs and upserted by the worker's JobSchedulerHost at boot.
 * Expiries and expiry notices go to the evidence chain and, through it, to the owner's audit log; the
 * sweep never seals, so the worker boots without the sealing key. Also the reopening of obligations
 * whose evidence stopped counting (an event from projects).
 */
@Module({
  imports: [OutboxModule, EvidenceModule],
  providers: [
    ConventionSweepRepository,
    ConventionSweepEvidence,
    ConventionSweepService,
    ConventionSweepHandler,
    ObligationRepository,
    ObligationReopenService,
    ObligationEvidenceHandler,
  ],
  exports: [ConventionSweepService],
})
export class ConventionSchedulesModule {}
