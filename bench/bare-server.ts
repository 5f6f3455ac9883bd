import Fastify from 'fastify';
import pg from 'pg';

/**
 * The benchmark's baseline: a bare Fastify server and a pg pool, no framework, no authentication. Each
 * request runs one fixed statement inside a tenant transaction sent as ONE round trip:
 * `BEGIN; SELECT set_config(…); <statement with its values inlined>; COMMIT` — the floor any API doing
 * the same work in the same transaction can approach.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_POOL_SIZE, BENCH_PORT, BENCH_TRANSACTION (the whole message).
 */
const url = process.env.BENCH_DATABASE_URL!;
const message = process.env.BENCH_TRANSACTION!;
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BENCH_POOL_SIZE ?? 10) });
const app = Fastify({ logger: false });

app.get('/bench', async () => {
  const results = (await pool.query(message)) as unknown as pg.QueryResult[];
  // The statement's rows are the third result (BEGIN, set_config, statement, COMMIT).
  return { data: results[2].rows };
});

await app.listen({ port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`ready ${(app.server.address() as { port: number }).port}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end());
});
