import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { Metrics } from '@jazari/telemetry';
import { DatabasePool } from './database-pool.js';

/** The runtime pool's counts, read at each scrape (pg keeps them; nothing is counted per query). */
@Injectable()
export class PoolMetrics implements OnModuleInit {
  constructor(
    private readonly pool: DatabasePool,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.metrics.dbPoolMax.set(this.config.database.poolSize);
    this.metrics.sample('db_pool', () => {
      const counts = this.pool.counts();
      this.metrics.dbPoolConnections.set({ state: 'total' }, counts.total);
      this.metrics.dbPoolConnections.set({ state: 'idle' }, counts.idle);
      this.metrics.dbPoolConnections.set({ state: 'waiting' }, counts.waiting);
    });
  }
}
