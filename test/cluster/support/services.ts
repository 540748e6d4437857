import { type Service, startPostgres, startRedis } from '../../../harness/cluster/services';

/**
 * Vitest's global setup for the cluster tests: one PostgreSQL and one Redis for every test file,
 * unless CI started them already (TEST_DATABASE_URL, TEST_REDIS_URL). The test files' workers
 * start after this and inherit the two variables. Stopped when the run ends, failed or not.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const started: Service[] = [];
  try {
    if (process.env['TEST_DATABASE_URL'] === undefined) {
      const pg = await startPostgres();
      started.push(pg);
      process.env['TEST_DATABASE_URL'] = pg.url;
    }
    if (process.env['TEST_REDIS_URL'] === undefined) {
      const redis = await startRedis();
      started.push(redis);
      process.env['TEST_REDIS_URL'] = redis.url;
    }
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
  return async () => {
    await Promise.all(started.map((s) => s.stop()));
  };
}
