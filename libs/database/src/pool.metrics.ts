import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import { Metrics } from '@jazari/telemetry';
import type pg from 'pg';
import { DataSource } from 'typeorm';

/** The runtime pool's counts, read at each scrape (pg keeps them; nothing is counted per query). */
@Injectable()
export class PoolMetrics implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.metrics.dbPoolMax.set(this.config.database.poolSize);
    this.metrics.sample('db_pool', () => {
      // TypeORM's PostgreSQL driver keeps its pg.Pool as `master`.
      const pool = (this.dataSource.driver as unknown as { master?: pg.Pool }).master;
      if (!pool) return;
      this.metrics.dbPoolConnections.set({ state: 'total' }, pool.totalCount);
      this.metrics.dbPoolConnections.set({ state: 'idle' }, pool.idleCount);
      this.metrics.dbPoolConnections.set({ state: 'waiting' }, pool.waitingCount);
    });
  }
}
