import fs from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';
import { parseAllowedOrigins, webOrigin } from './http/origin';
import { CONNECTIONS_PER_ADDRESS } from './socket/connection-cap';

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
  /** New participants one address may add to a session at once; then one every 10 s. */
  joinsPerAddress: number;
  /** PUBLIC_URL: the origin in every QR code and shared link; null lets the server choose one it listens on. */
  publicUrl: string | null;
  /** TLS_CERT/TLS_KEY, read and checked: the server speaks https and wss itself; null for plain http. */
  tls: TlsFiles | null;
  /** Live connections one client address may hold (a venue behind one NAT is one address). */
  connectionsPerAddress: number;
  /** How long a session's room stays in memory with nobody connected (ROOM_IDLE_MINUTES). */
  roomIdleMs: number;
  /** Worker threads that render the report exports; 0 renders them on the main thread. */
  exportThreads: number;
  /** SMTP_URL and MAIL_FROM: e-mail to registered people; null sends none (the cockpit says mail is off). */
  mail: MailSettings | null;
};

/** Where e-mail goes out: an SMTP server as nodemailer takes its address, and the sender's address. */
export type MailSettings = { smtpUrl: string; from: string };

/** A certificate (PEM, with its chain) and its private key (PEM), as node:https takes them. */
export type TlsFiles = { cert: Buffer; key: Buffer };

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
    joinsPerAddress: positive(env, 'JOINS_PER_ADDRESS', 250),
    publicUrl: publicUrl(env['PUBLIC_URL']),
    tls: tlsFiles(env),
    connectionsPerAddress: whole(env, 'CONNECTIONS_PER_ADDRESS', CONNECTIONS_PER_ADDRESS),
    roomIdleMs: positive(env, 'ROOM_IDLE_MINUTES', 5) * 60_000,
    exportThreads: count(env, 'EXPORT_THREADS', 1),
    mail: mailSettings(env),
  };
}

/** Both or neither: a server that would send mail from nobody, or to no server, stops at start. */
function mailSettings(env: NodeJS.ProcessEnv): MailSettings | null {
  const smtpUrl = env['SMTP_URL']?.trim() || null;
  const from = env['MAIL_FROM']?.trim() || null;
  if (smtpUrl === null && from === null) return null;
  if (smtpUrl === null) throw new Error('MAIL_FROM is set but SMTP_URL is not: mail needs an SMTP server (or neither)');
  if (from === null)
    throw new Error(
      'SMTP_URL is set but MAIL_FROM is not: mail needs a sender address, e.g. "Tafelronde <cafe@example.org>"',
    );
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL must be an address like smtps://user:password@mail.example.org:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}//"`);
  return { smtpUrl, from };
}

/**
 * Both files or neither. Read and tried here, at start, so a typo in a path or a key that belongs
 * to another certificate stops the server with the variable's name before the evening, instead
 * of a phone's vague "cannot connect" during it.
 */
function tlsFiles(env: NodeJS.ProcessEnv): TlsFiles | null {
  const certPath = env['TLS_CERT'] || null;
  const keyPath = env['TLS_KEY'] || null;
  if (certPath === null && keyPath === null) return null;
  if (certPath === null || keyPath === null) {
    const [set, missing] = certPath === null ? ['TLS_KEY', 'TLS_CERT'] : ['TLS_CERT', 'TLS_KEY'];
    throw new Error(
      `${set} is set but ${missing} is not: https needs both the certificate and its key (or neither, for http)`,
    );
  }
  const files = { cert: readPem('TLS_CERT', certPath), key: readPem('TLS_KEY', keyPath) };
  try {
    tls.createSecureContext(files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `TLS_CERT (${certPath}) and TLS_KEY (${keyPath}) do not make a certificate with its key (both PEM): ${reason}`,
    );
  }
  return files;
}

function readPem(name: string, file: string): Buffer {
  try {
    return fs.readFileSync(path.resolve(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`${name} names a file that cannot be read: ${path.resolve(file)} (${reason})`);
  }
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

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = positive(env, name, fallback);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, got "${env[name]}"`);
  return value;
}
