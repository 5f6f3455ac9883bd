import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public } from '@jazari/access';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '@jazari/http';
import { REDIS_PRODUCER, whenConnected } from '@jazari/queue';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

const CHECK_TIMEOUT_MS = 2_000;

async function timed(check: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
/** Probes are for load balancers and orchestrators: no credentials. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_PRODUCER) private readonly redis: Redis,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependency is checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'PostgreSQL and Redis answer; 503 problem+json when either does not' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const [postgres, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      // The producer connection fails fast; a first connection still being made gets the check's time.
      timed(async () => {
        await whenConnected(this.redis, CHECK_TIMEOUT_MS);
        return this.redis.ping();
      }),
    ]);
    const checks = { postgres, redis };
    if (postgres.status === 'up' && redis.status === 'up') return { status: 'ok', checks };
    void reply.status(HttpStatus.SERVICE_UNAVAILABLE).header('content-type', PROBLEM_CONTENT_TYPE);
    const down = Object.entries(checks)
      .filter(([, c]) => c.status === 'down')
      .map(([name]) => name);
    return {
      type: `${PROBLEM_BASE}not-ready`,
      title: 'Not ready',
      status: HttpStatus.SERVICE_UNAVAILABLE,
      detail: `Unavailable: ${down.join(', ')}`,
      checks,
    };
  }
}
