import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import { DashboardFactsRepository } from '../views/dashboard-facts.repository.js';
import { DashboardReader } from '../views/dashboard.reader.js';

/**
 * The refresh's last step: the unfiltered national dashboard of the default period, built once from the
 * roll-ups of `version` and stored for every request to read (`DashboardReader.national({})`). Runs in
 * Root's scope, in the transaction the caller passes (the worker's refresh, or a benchmark).
 */
@Injectable()
export class NationalRenderingService {
  constructor(
    private readonly reader: DashboardReader,
    private readonly facts: DashboardFactsRepository,
  ) {}

  /** Renders and stores it, unless a newer rendering is there already (another worker replica). */
  async render(tx: TenantTx, version: number): Promise<void> {
    const { from, to } = this.reader.period();
    const body = await this.reader.nationalFromRows(tx, { from, to });
    await this.facts.saveRendering(tx, version, to, {
      ...body,
      filters: { from: body.filters.from, to },
    });
  }

  /** Whether the stored rendering is of roll-ups `version` and of the current default period. */
  isCurrent(tx: TenantTx, version: number): Promise<boolean> {
    return this.facts.renderingIs(tx, version, this.reader.period().to);
  }
}
