import { Controller, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public, ReadRoute } from '@jazari/access';
import { DatabasePool } from '@jazari/database';
import { ApiTags } from '@nestjs/swagger';
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE } from '@jazari/http';
import { QUEUE_CONNECTION, QueueProducer, type QueueConnection, type QueueOverview } from '@jazari/queue';
import type { FastifyReply } from 'fastify';

interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

const CHECK_TIMEOUT_MS = 2_000;
/** Queue depths are details, not a check: given this long, then left out. */
const DEPTH_TIMEOUT_MS = 500;

/** The queues' depths, or null when they do not come in time (readiness never waits or fails on them). */
async function depthsOrNull(read: () => Promise<QueueOverview[]>): Promise<QueueOverview[] | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      read(),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), DEPTH_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

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
    private readonly database: DatabasePool,
    @Inject(QUEUE_CONNECTION) private readonly connection: QueueConnection,
    private readonly queues: QueueProducer,
  ) {}

  @ReadRoute({ path: 'live', summary: 'The process is up (no dependency is checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @ReadRoute({
    path: 'ready',
    summary: 'PostgreSQL and Redis answer; 503 problem+json when either does not',
    description:
      'When Redis answers, `queues` details each queue (waiting, active, delayed, failed, oldest waiting age ' +
      'in seconds), or is null if they take longer than 500 ms. Depth never makes the service unready.',
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const [postgres, redis] = await Promise.all([
      timed(() => this.database.query('SELECT 1')),
      // The producer connection fails fast; a first connection still being made gets the check's time.
      timed(async () => {
        await this.connection.whenReady(CHECK_TIMEOUT_MS);
        return this.connection.ping();
      }),
    ]);
    // `redis` in production; `queueStore` when the queues run on BullMQ's PostgreSQL backend (npm start).
    const checks: Record<string, CheckResult> =
      this.connection.backend === 'redis' ? { postgres, redis } : { postgres, queueStore: redis };
    if (postgres.status === 'up' && redis.status === 'up') {
      return { status: 'ok', checks, queues: await depthsOrNull(() => this.queues.overview()) };
    }
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
