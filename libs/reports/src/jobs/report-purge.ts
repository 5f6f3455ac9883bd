import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@jazari/config';
import { TransactionRunner } from '@jazari/database';
import { JobHandler } from '@jazari/queue';
import { FILE_STORAGE, type FileStorage } from '@jazari/storage';
import { reportPurgeExpiredJob } from '../report.jobs.js';
import { ReportRepository } from '../requests/report.repository.js';
import { ROOT_READER } from './root-reader.js';

const BATCH = 200;

/**
 * Deletes the files of reports whose download period is over and marks them `expired` (the row stays,
 * its download answers 410 as before). The file goes first, then the row, in the report's tenant: a crash
 * between the two leaves a `ready` row past its expiry — already 410 — that the next run finishes
 * (deleting a missing file is not an error). Two workers at once delete the same file twice, harmlessly,
 * and one of them marks the row.
 */
@Injectable()
export class ReportPurgeService {
  private readonly logger = new Logger(ReportPurgeService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reports: ReportRepository,
    private readonly clock: Clock,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Purges every report expired by now, in batches; returns how many it marked `expired`. */
  async purge(): Promise<number> {
    const now = this.clock.now();
    let purged = 0;
    for (;;) {
      const files = await this.transactions.runIndependently(ROOT_READER, (tx) =>
        this.reports.expiredFiles(tx, now, BATCH),
      );
      let marked = 0;
      for (const file of files) {
        await this.storage.delete(file.storageKey);
        const done = await this.transactions.runIndependently(
          { tenantId: file.tenantId, tenantKind: null, userId: null },
          (tx) => this.reports.markExpired(tx, file),
        );
        if (done) marked++;
      }
      purged += marked;
      // A short batch was the last; a batch where nothing could be marked would come back unchanged.
      if (files.length < BATCH || marked === 0) break;
    }
    if (purged > 0) this.logger.log({ purged }, 'expired report files deleted');
    return purged;
  }
}

/** The hourly purge's handler: a system job, run with no tenant (the service scopes each step). */
@Injectable()
export class ReportPurgeHandler {
  constructor(private readonly purges: ReportPurgeService) {}

  @JobHandler(reportPurgeExpiredJob)
  async handle(): Promise<void> {
    await this.purges.purge();
  }
}
