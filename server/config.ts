import path from 'node:path';
import { parseAllowedOrigins, webOrigin } from './http/origin';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  clientDir: string;
  /** Sustained commands per second one connection may send (bursts of 3× are allowed). */
  commandsPerSecond: number;
  /** PostgreSQL for several nodes (postgres://…); null keeps SQLite in dataDir. */
  databaseUrl: string | null;
  /** Redis that joins several nodes (cross-node delivery, shared limits); null for one server alone. */
  redisUrl: string | null;
  /** Prefix of this deployment's Redis keys and channels, so several can share one Redis. */
  redisPrefix: string;
  /** Pages of other sites that may use this server (ALLOWED_ORIGINS), e.g. behind a proxy that rewrites Host. */
  allowedOrigins: string[];
  /** Days after its end a session is deleted with everything in it. */
  retentionDays: number;
  /** Proxies trusted to name the client's address (Express "trust proxy" syntax); null trusts none. */
  trustProxy: string | null;
  /** New sessions one address may create per hour (a venue or an office shares one address). */
  sessionsPerHour: number;
  /** PUBLIC_URL: the origin in every QR code and shared link; null lets the server choose one it listens on. */
  publicUrl: string | null;
  /** Worker threads that render the report exports; 0 renders them on the main thread. */
  exportThreads: number;
};

/** The server's settings, from the environment; defaults run a local evening out of the box. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): Config {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env['PORT']}"`);
  return {
    port,
    // `--lan` (npm run start:lan) opens the server to the venue's network; HOST, when set, still wins.
    host: env['HOST'] || (argv.includes('--lan') ? '0.0.0.0' : '127.0.0.1'),
    dataDir: path.resolve(env['DATA_DIR'] ?? 'data'),
    clientDir: path.resolve(env['CLIENT_DIR'] ?? 'dist/client'),
    commandsPerSecond: positive(env, 'COMMANDS_PER_SECOND', 10),
    databaseUrl: env['DATABASE_URL'] || null,
    redisUrl: env['REDIS_URL'] || null,
    redisPrefix: env['REDIS_PREFIX'] || 'tafelronde:',
    allowedOrigins: parseAllowedOrigins(env['ALLOWED_ORIGINS']),
    retentionDays: positive(env, 'RETENTION_DAYS', 90),
    trustProxy: env['TRUST_PROXY'] || null,
    sessionsPerHour: positive(env, 'SESSIONS_PER_HOUR', 20),
    publicUrl: publicUrl(env['PUBLIC_URL']),
    exportThreads: count(env, 'EXPORT_THREADS', 1),
  };
}

/** An origin, with or without its trailing slash; a path is refused: the app lives at the root. */
function publicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const url = webOrigin(raw.trim().replace(/\/+$/, ''));
  if (url === null)
    throw new Error(
      `PUBLIC_URL must be an address like https://cafe.example.org or http://192.168.1.23:3000 (no path), got "${raw}"`,
    );
  return url.origin;
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 16)
    throw new Error(`${name} must be a whole number from 0 to 16, got "${raw}"`);
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}
