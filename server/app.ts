import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import compression from 'compression';
import express from 'express';
import { Server } from 'socket.io';
import type { Health, PublicAddress } from '../shared/protocol/api';
import type { MailSettings, TlsFiles } from './config';
import { LIMITS } from '../shared/protocol/limits';
import type { ClientToServer, ServerToClient } from '../shared/protocol/socket';
import { type Clock, clockOf } from './clock';
import { joinCluster } from './cluster/redis';
import { type ExportOptions, openExports } from './exports/exports';
import { openSuggestPool, type SuggestPoolOptions } from './harvest/suggest-pool';
import { apiRouter } from './http/api';
import { Outbox } from './mail/outbox';
import { type MailAttempt, type MailSender, startMailSender } from './mail/sender';
import { mailTransport } from './mail/transport';
import { registrationImportRouter } from './http/registrations-import';
import { refuseCrossSiteWrites, socketOriginCheck } from './http/origin-guard';
import { reportRouter } from './http/report';
import { signupRouter } from './http/signup';
import { boundedLog } from './security/bounded-log';
import { type Limiter, memoryLimiters } from './security/rate-limit';
import { securityHeaders } from './http/security-headers';
import { clientRouter } from './http/static';
import { clientAddress } from './http/client-address';
import { hostNames, refuseForeignHosts } from './http/host-check';
import { type AddressChoice, chooseAddress } from './http/public-address';
import { notFound, requestErrors } from './http/request-errors';
import { HTTP_TIMEOUTS, type HttpTimeouts, serverTimeouts } from './http/timeouts';
import type { Registered } from './session/registrations';
import { startRetention } from './session/retention';
import { DEFAULT_IDLE_MS, type RoomChange, Sessions } from './session/sessions';
import { rooms } from './socket/audience';
import { SocketFanout } from './socket/delivery';
import { CONNECTIONS_PER_ADDRESS, connectionCap } from './socket/connection-cap';
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
  /** Where time and timers come from (heartbeats, idle rooms); tests move a manual one. Its `now` wins over `now`. */
  clock?: Clock;
  log?: (message: string) => void;
  /** Tests tune the limits (e.g. a flood test with a small bucket). */
  limits?: Pick<
    GatewayOptions,
    'joinFailures' | 'newParticipants' | 'commandsPerConnection' | 'contentPerParticipant'
  > & {
    sessionsPerAddress?: Limiter;
    /** Sign-ups on the public page per address (default 30 an hour). */
    signupsPerAddress?: Limiter;
  };
  /** Told of every sign-up on the public page once it is stored (the confirmation e-mail). */
  onRegistered?: (sessionId: string, registered: Registered[]) => void;
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
  /** New participants one address may add to a session at once (JOINS_PER_ADDRESS, default 250). */
  joinsPerAddress?: number;
  /** Proxies trusted to name the client's address (TRUST_PROXY, e.g. `loopback`); null trusts none. */
  trustProxy?: string | null;
  /** PUBLIC_URL: the origin in every QR code and shared link; unset, the server picks one it listens on. */
  publicUrl?: string | null;
  /** Live connections one client address may hold (CONNECTIONS_PER_ADDRESS, default 5000). */
  connectionsPerAddress?: number;
  /** Tests shorten the HTTP timeouts to see them act. */
  timeouts?: Partial<HttpTimeouts>;
  /** A room nobody is connected to leaves memory after this long (ROOM_IDLE_MINUTES, default 5 min). */
  roomIdleMs?: number;
  /** Told when a room is loaded, goes idle or is disposed (tests wait on it). */
  onRoomChange?: (change: RoomChange) => void;
  /** Tests open the storage themselves (e.g. a disk that fills up); by default as databaseUrl says. */
  storage?: ServerStorage;
  /** TLS_CERT/TLS_KEY: serve https and wss on the same port, same app; null or unset serves http. */
  tls?: TlsFiles | null;
  /** The report export workers (EXPORT_THREADS; 0 renders on the main thread). */
  exports?: ExportOptions;
  /** The theme suggestion workers (default one thread; 0 makes them on the main thread). */
  suggestions?: SuggestPoolOptions;
  /** SMTP_URL and MAIL_FROM: e-mail to registered people; null or unset sends none. */
  mail?: MailSettings | null;
  /** Told after every try to send a message (tests wait on it). */
  onMailAttempt?: (attempt: MailAttempt) => void;
};

export type RunningServer = {
  url: string;
  port: number;
  /** The address phones are sent to, chosen now (a laptop's Wi-Fi address may change). */
  address(): AddressChoice;
  /** The e-mail outbox: the sign-up route queues its confirmations here (`queueConfirmations`). */
  outbox: Outbox;
  close(): Promise<void>;
};

/** One Tafelronde server: Express for the client and the REST API, Socket.IO for live sessions. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? clockOf(options.now);
  const now = () => clock.now();
  // Bounded: much of what is logged, a client can make happen thousands of times a second.
  const log = boundedLog(options.log ?? ((message: string) => console.error(message)), { now });
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
  // https for a venue laptop without a proxy: the host tablets' service worker (offline reload)
  // exists only in a secure context, and a LAN address is one only over https.
  const tls = options.tls ?? null;
  const timeouts = serverTimeouts({ ...HTTP_TIMEOUTS, ...options.timeouts });
  const server = tls === null ? http.createServer(timeouts, app) : https.createServer({ ...tls, ...timeouts }, app);
  // The client's address for the per-address limits, the same way for REST and live connections.
  const addressOf = clientAddress(options.trustProxy ?? null);
  const originCheck = socketOriginCheck(allowedOrigins, names, log);
  const cap = connectionCap({ perAddress: options.connectionsPerAddress ?? CONNECTIONS_PER_ADDRESS, addressOf });
  const io: Io = new Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>(server, {
    serveClient: false,
    allowRequest: (req, callback) =>
      cap.admits(req) ? originCheck(req, callback) : callback(cap.refusal.message, false),
    maxHttpBufferSize: LIMITS.messageBytes,
    // Venue Wi-Fi drops packets: give a phone 30 s of silence before calling it gone.
    pingInterval: 10_000,
    pingTimeout: 20_000,
    // A transport that has not asked to join within 20 s is closed (Socket.IO's default is 45 s):
    // the app asks at once, and a slow handshake on a busy server still fits.
    connectTimeout: 20_000,
  });
  io.engine.on('connection', cap.track);
  const cluster = options.redisUrl
    ? await joinCluster(io, { redisUrl: options.redisUrl, prefix: options.redisPrefix ?? 'tafelronde:', now, log })
    : null;
  const fanout = new SocketFanout(io, clock);
  const sessions: Sessions = new Sessions(
    storage,
    cluster?.sync(fanout, (id) => sessions.loadedRoom(id)) ?? fanout,
    clock,
    { idleMs: options.roomIdleMs ?? DEFAULT_IDLE_MS },
  );
  if (options.onRoomChange) sessions.watch(options.onRoomChange);
  const shared = cluster === null ? {} : { limiter: cluster.limiter, presence: cluster.presence };
  if (options.trustProxy)
    app.set(
      'trust proxy',
      options.trustProxy.split(',').map((s) => s.trim()),
    );
  // One allowance of wrong codes per address for the handshake and the follow-up page alike.
  const joinFailures =
    options.limits?.joinFailures ?? (cluster?.limiter ?? memoryLimiters(now))('join-failures', 30, 0.5);
  // The cap's check runs before the gateway's handshake (no lookup for a refused one), its count after it.
  io.use(cap.check);
  const suggestions = openSuggestPool(options.suggestions);
  attachGateway(io, sessions, fanout, {
    suggestions,
    now,
    log,
    ...shared,
    ...options.limits,
    joinFailures,
    ...(options.joinsPerAddress === undefined ? {} : { joinsPerAddress: options.joinsPerAddress }),
    clientAddress: (socket) => addressOf(socket.request),
  });
  io.use(cap.take);

  let port = 0; // known once listening; the address is only asked for after that
  const address = () =>
    chooseAddress({ publicUrl, host: options.host, port, tls: tls !== null }, os.networkInterfaces());
  app.get('/api/address', (_req, res) => {
    const { url, reachable, source } = address();
    res.json({ url, reachable, source } satisfies PublicAddress);
  });
  const mailSettings = options.mail ?? null;
  let sender: MailSender | null = null;
  const outbox = new Outbox({
    storage,
    sessions,
    now,
    baseUrl: () => address().url,
    configured: mailSettings !== null,
    queued: () => sender?.kick(),
  });
  const health = (): Health => ({ ok: storage.writable, writable: storage.writable, sessions: sessions.loadedRooms() });
  app.use('/api', refuseCrossSiteWrites(allowedOrigins));
  const reportExports = openExports(options.exports);
  app.use('/api', reportRouter(sessions, { joinFailures, addressOf }, reportExports, log));
  app.use('/api', registrationImportRouter(sessions));
  app.use(
    '/api',
    signupRouter(sessions, {
      now,
      joinFailures,
      signups: options.limits?.signupsPerAddress ?? (cluster?.limiter ?? memoryLimiters(now))('signups', 30, 30 / 3600),
      addressOf,
      origin: () => address().url,
      // The confirmation with the personal link goes out by e-mail (when mail is on); a failure
      // to queue it is logged: the sign-up itself is stored and answered with the code anyway.
      onRegistered: (sessionId, registered) => {
        options.onRegistered?.(sessionId, registered);
        outbox
          .queueConfirmations(sessionId, registered)
          .catch((e: unknown) => log(`confirmation mail not queued for ${sessionId}: ${String(e)}`));
      },
    }),
  );
  app.use(
    '/api',
    apiRouter(sessions, {
      now,
      health,
      creations: options.limits?.sessionsPerAddress,
      limiter: cluster?.limiter,
      sessionsPerHour: options.sessionsPerHour,
      hostCodeReplaced: (sessionId, tableId) => io.in(rooms.host(sessionId, tableId)).disconnectSockets(true),
      outbox,
    }),
  );
  // Expired sessions go before the server takes its first connection, then once an hour.
  const retention = startRetention(sessions, { days: options.retentionDays ?? 90, now, log });
  await retention.sweep();
  app.use(clientRouter(options.clientDir ?? null));
  app.use(notFound);
  app.use(requestErrors(log));

  await cluster?.listen();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // After listening: the links in mail name the port the server really got.
  if (mailSettings !== null)
    sender = startMailSender({
      storage,
      clock,
      transport: mailTransport(mailSettings),
      from: mailSettings.from,
      log,
      queueReminders: () => outbox.queueReminders(),
      ...(options.onMailAttempt === undefined ? {} : { onAttempt: options.onMailAttempt }),
    });
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${tls === null ? 'http' : 'https'}://${host}:${port}`,
    port,
    address,
    outbox,
    async close() {
      retention.stop();
      await sender?.stop();
      fanout.close();
      const closed = new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      // io.close() ends the sockets, then waits for every HTTP connection to end: a browser's open
      // request would hold it for up to the keep-alive timeout. In-flight requests get a moment.
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 2000);
      await closed;
      clearTimeout(force);
      await cluster?.close();
      server.closeAllConnections();
      await reportExports.close();
      await suggestions.close();
      await storage.close();
      log.flush();
    },
  };
}
