import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the cluster tests run against: CI's, or the one the global setup started. */
export function testDatabaseUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (url === undefined || url === '')
    throw new Error('TEST_DATABASE_URL is not set: run these tests with `npm run test:cluster`');
  return url;
}

/** A schema name no other test uses, so each test starts from an empty database of its own. */
export function freshSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/** Runs `work` on a connection of its own (not a store's), for setting up and inspecting. */
export async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export function dropSchema(schema: string): Promise<void> {
  return withAdmin(async (admin) => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });
}
