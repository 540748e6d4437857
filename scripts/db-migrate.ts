import pg from 'pg';
import { migratePg } from '../server/storage/pg-migrations';

/**
 * `npm run db:migrate`: brings the PostgreSQL schema in DATABASE_URL up to date and says where it
 * stands. Nodes do the same at startup (safely, several at once); this is for doing it before a
 * rollout, or for checking a database without starting a server.
 */
const url = process.env['DATABASE_URL'];
if (url === undefined || url === '') {
  console.error(
    'DATABASE_URL is not set: it names the PostgreSQL database to migrate (postgres://user:password@host:5432/db)',
  );
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  const { from, to } = await migratePg(client, null);
  console.log(from === to ? `schema is up to date (version ${to})` : `schema migrated from version ${from} to ${to}`);
} catch (error) {
  console.error(`migration failed, nothing changed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
