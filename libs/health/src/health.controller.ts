import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '@jazari/http';
import { REDIS_PRODUCER } from '@jazari/queue';
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

/**
 * The producer connection fails fast by design (no offline queue), so a check that arrives while it is
 * still connecting would report Redis down; wait for the connection, within the check's time limit.
 */
async function pingWhenConnected(redis: Redis): Promise<string> {
  // Only the first connection gets the grace; a lost one (`reconnecting`) reports down at once.
  if (redis.status === 'connecting' || redis.status === 'connect') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        redis.off('ready', ready);
        reject(new Error(`still ${redis.status} after ${CHECK_TIMEOUT_MS} ms`));
      }, CHECK_TIMEOUT_MS);
      const ready = (): void => {
        clearTimeout(timer);
        resolve();
      };
      redis.once('ready', ready);
    });
  }
  return redis.ping();
}

@ApiTags('health')
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
      timed(() => pingWhenConnected(this.redis)),
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
