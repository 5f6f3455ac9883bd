import Fastify from 'fastify';
import pg from 'pg';

/**
 * The benchmark's baseline: a bare Fastify server and a pg pool, no framework, no authentication. Each
 * request does what the API's transaction runner does on the wire, and nothing else: the tenant
 * transaction opened in one message (`BEGIN; SELECT set_config(…)`), the statement as a named prepared
 * statement (planned once per connection, as the API's are), then COMMIT. The floor any API doing the same
 * work in the same transaction can approach; a ratio above 1 would mean the API is really faster.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_POOL_SIZE, BENCH_PORT, BENCH_BEGIN (the opening message),
 * BENCH_STATEMENT (parameterised) and BENCH_PARAMS (its values, a JSON array).
 */
const url = process.env.BENCH_DATABASE_URL!;
const begin = process.env.BENCH_BEGIN!;
const statement = {
  name: 'bench',
  text: process.env.BENCH_STATEMENT!,
  values: JSON.parse(process.env.BENCH_PARAMS!) as unknown[],
};
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BENCH_POOL_SIZE ?? 10) });
const app = Fastify({ logger: false });

app.get('/bench', async () => {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const { rows } = await client.query(statement);
    await client.query('COMMIT');
    return { data: rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
});

await app.listen({ port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`ready ${(app.server.address() as { port: number }).port}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end());
});
