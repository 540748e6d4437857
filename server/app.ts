import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import compression from 'compression';
import express from 'express';
import { Server } from 'socket.io';
import type { Health, PublicAddress } from '../shared/protocol/api';
import { LIMITS } from '../shared/protocol/limits';
import type { ClientToServer, ServerToClient } from '../shared/protocol/socket';
import { joinCluster } from './cluster/redis';
import { type ExportOptions, openExports } from './exports/exports';
import { apiRouter } from './http/api';
import { refuseCrossSiteWrites, socketOriginCheck } from './http/origin-guard';
import { reportRouter } from './http/report';
import { type Limiter, memoryLimiters } from './security/rate-limit';
import { securityHeaders } from './http/security-headers';
import { clientRouter } from './http/static';
import { clientAddress } from './http/client-address';
import { hostNames, refuseForeignHosts } from './http/host-check';
import { type AddressChoice, chooseAddress } from './http/public-address';
import { startRetention } from './session/retention';
import { Sessions } from './session/sessions';
import { SocketFanout } from './socket/delivery';
import { attachGateway, type GatewayOptions } from './socket/gateway';
import type { Io, SocketData } from './socket/types';
import { openPgStorage } from './storage/pg-storage';
import { openSqliteStorage } from './storage/sqlite-storage';
import type { ServerStorage } from './storage/storage';

export type ServerOptions = {
  port: number;
  host: string;
  dataDir: string;
  /** The built client (dist/client); null serves the API only. */
  clientDir?: string | null;
  now?: () => number;
  log?: (message: string) => void;
  /** Tests tune the limits (e.g. a flood test with a small bucket). */
  limits?: Pick<GatewayOptions, 'joinFailures' | 'commandsPerConnection' | 'contentPerParticipant'> & {
    sessionsPerAddress?: Limiter;
  };
  /** Redis joining this server to other nodes of the same deployment (server/cluster). */
  redisUrl?: string | null;
  redisPrefix?: string;
  /** PostgreSQL shared by several nodes; null or unset keeps SQLite in dataDir. */
  databaseUrl?: string | null;
  /** Pages of other sites that may use this server too (ALLOWED_ORIGINS), besides its own host. */
  allowedOrigins?: readonly string[];
  /** Days after its end a session is deleted with everything in it (RETENTION_DAYS, default 90). */
  retentionDays?: number;
  /** New sessions one address may create per hour (SESSIONS_PER_HOUR, default 20). */
  sessionsPerHour?: number;
  /** Proxies trusted to name the client's address (TRUST_PROXY, e.g. `loopback`); null trusts none. */
  trustProxy?: string | null;
  /** PUBLIC_URL: the origin in every QR code and shared link; unset, the server picks one it listens on. */
  publicUrl?: string | null;
  /** Tests open the storage themselves (e.g. a disk that fills up); by default as databaseUrl says. */
  storage?: ServerStorage;
  /** The report export workers (EXPORT_THREADS; 0 renders on the main thread). */
  exports?: ExportOptions;
};

export type RunningServer = {
  url: string;
  port: number;
  /** The address phones are sent to, chosen now (a laptop's Wi-Fi address may change). */
  address(): AddressChoice;
  close(): Promise<void>;
};

/** One Tafelronde server: Express for the client and the REST API, Socket.IO for live sessions. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.error(message));
  const storage =
    options.storage ??
    (options.databaseUrl ? await openPgStorage(options.databaseUrl, { log }) : openSqliteStorage(options.dataDir));

  const allowedOrigins = options.allowedOrigins ?? [];
  const publicUrl = options.publicUrl ?? null;
  const names = hostNames({ publicUrl, allowedOrigins, host: options.host, machine: os.hostname() });
  const app = express();
  app.disable('x-powered-by');
  app.use(refuseForeignHosts(names));
  // Phones on venue Wi-Fi: the client's JavaScript travels gzipped (about a third of its size).
  app.use(compression());
  app.use(securityHeaders());
  const server = http.createServer(app);
  const io: Io = new Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>(server, {
    serveClient: false,
    allowRequest: socketOriginCheck(allowedOrigins, names, log),
    maxHttpBufferSize: LIMITS.messageBytes,
    // Venue Wi-Fi drops packets: give a phone 30 s of silence before calling it gone.
    pingInterval: 10_000,
    pingTimeout: 20_000,
  });
  const cluster = options.redisUrl
    ? await joinCluster(io, { redisUrl: options.redisUrl, prefix: options.redisPrefix ?? 'tafelronde:', now, log })
    : null;
  const fanout = new SocketFanout(io);
  const sessions: Sessions = new Sessions(
    storage,
    cluster?.sync(fanout, (id) => sessions.loadedRoom(id)) ?? fanout,
    now,
  );
  const shared = cluster === null ? {} : { limiter: cluster.limiter, presence: cluster.presence };
  // The client's address for the per-address limits, the same way for REST and live connections.
  const addressOf = clientAddress(options.trustProxy ?? null);
  if (options.trustProxy)
    app.set(
      'trust proxy',
      options.trustProxy.split(',').map((s) => s.trim()),
    );
  // One allowance of wrong codes per address for the handshake and the follow-up page alike.
  const joinFailures =
    options.limits?.joinFailures ?? (cluster?.limiter ?? memoryLimiters(now))('join-failures', 30, 0.5);
  attachGateway(io, sessions, fanout, {
    now,
    log,
    ...shared,
    ...options.limits,
    joinFailures,
    clientAddress: (socket) => addressOf(socket.request),
  });

  let port = 0; // known once listening; the address is only asked for after that
  const address = () => chooseAddress({ publicUrl, host: options.host, port, tls: false }, os.networkInterfaces());
  app.get('/api/address', (_req, res) => {
    const { url, reachable, source } = address();
    res.json({ url, reachable, source } satisfies PublicAddress);
  });
  const health = (): Health => ({ ok: storage.writable, writable: storage.writable, sessions: sessions.loadedRooms() });
  app.use('/api', refuseCrossSiteWrites(allowedOrigins));
  const reportExports = openExports(options.exports);
  app.use('/api', reportRouter(sessions, { joinFailures, addressOf }, reportExports, log));
  app.use(
    '/api',
    apiRouter(sessions, {
      now,
      health,
      creations: options.limits?.sessionsPerAddress,
      limiter: cluster?.limiter,
      sessionsPerHour: options.sessionsPerHour,
    }),
  );
  // Expired sessions go before the server takes its first connection, then once an hour.
  const retention = startRetention(sessions, { days: options.retentionDays ?? 90, now, log });
  await retention.sweep();
  app.use(clientRouter(options.clientDir ?? null));
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    log(`request failed: ${String(error)}`);
    res.status(500).json({ error: { code: 'UNAVAILABLE', message: 'something went wrong on the server' } });
  });

  await cluster?.listen();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    address,
    async close() {
      retention.stop();
      fanout.close();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      await cluster?.close();
      server.closeAllConnections();
      await reportExports.close();
      await storage.close();
    },
  };
}
