import { Module } from '@nestjs/common';
import { OutboxModule } from '@jazari/outbox';
import { EvidenceChain } from '../evidence/evidence-chain.js';
import { EvidenceKey } from '../evidence/evidence-key.js';
import { EvidenceRepository } from '../evidence/evidence.repository.js';
import { ConventionNoticeHandler } from './convention-notice.handler.js';
import { ConventionSweepEvidence } from './convention-sweep.evidence.js';
import { ConventionSweepHandler } from './convention-sweep.handler.js';
import { ConventionSweepRepository } from './convention-sweep.repository.js';
import { ConventionSweepService } from './convention-sweep.service.js';
import './convention-schedule.jobs.js';

/**
 * Worker side of conventions' time: the scheduled sweep (signature reminders, expiry notices, expiries)
 * and the handlers of the events it emits. The schedule itself (`conventions.sweep`, every 15 minutes,
 * queue `maintenance`) is declared with the jobs and upserted by the worker's JobSchedulerHost at boot.
 */
@Module({
  imports: [OutboxModule],
  providers: [
    EvidenceRepository,
    EvidenceKey,
    EvidenceChain,
    ConventionSweepRepository,
    ConventionSweepEvidence,
    ConventionSweepService,
    ConventionSweepHandler,
    ConventionNoticeHandler,
  ],
  exports: [ConventionSweepService],
})
export class ConventionSchedulesModule {}
