import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { z } from 'zod';
import type { Fanout } from '../session/fanout';
import type { LimiterFactory } from '../security/rate-limit';
import { RedisRateLimiter } from '../security/redis-rate-limit';
import type { Io } from '../socket/types';
import { ClusterPresence } from './presence';
import { ClusterSync, type FollowingRoom } from './sync';

/** What one node tells the others on the cluster channel. */
const Notice = z.discriminatedUnion('kind', [
  /** The node stored version `v` of a session. */
  z.object({ kind: z.literal('stored'), from: z.string(), sessionId: z.string(), v: z.number().int().positive() }),
  /** A host tablet of a session came or went on that node. */
  z.object({ kind: z.literal('presence'), from: z.string(), sessionId: z.string() }),
]);
type Notice = z.infer<typeof Notice>;

/** Redis commands wait at most this long (also while Redis is away), so no request hangs on it. */
const COMMAND_TIMEOUT_MS = 2_000;

export type ClusterOptions = {
  redisUrl: string;
  /** Prefix of every Redis key and channel, so several deployments (or test clusters) can share one Redis. */
  prefix: string;
  now: () => number;
  log: (message: string) => void;
};

export type Cluster = {
  /**
   * This node's fan-out, wrapped so that what it stores is announced to the others, and what they
   * store is caught up by the rooms it has loaded (`loadedRoom`).
   */
  sync(local: Fanout, loadedRoom: (sessionId: string) => FollowingRoom | undefined): Fanout;
  /** Starts hearing the other nodes; resolves once Redis confirms, before the node takes connections. */
  listen(): Promise<void>;
  /** Rate limits shared by every node. */
  limiter: LimiterFactory;
  presence: ClusterPresence;
  close(): Promise<void>;
};

/**
 * Joins this node to the others through Redis: the Socket.IO Redis streams adapter carries
 * broadcasts and cluster-wide socket queries (host presence), and one pub/sub channel carries
 * "session S is stored at version v" so the nodes' cached rooms stay current.
 *
 * The notices use their own channel rather than the adapter's serverSideEmit (which is also
 * pub/sub underneath) because `subscribe` resolves once Redis confirms it: a node is listening
 * before it accepts its first connection, so no notice can fall into its start-up.
 */
export async function joinCluster(io: Io, options: ClusterOptions): Promise<Cluster> {
  const { log, prefix } = options;
  const node = randomUUID();
  const channel = `${prefix}cluster`;
  let reachable = true;
  const client = createClient({ url: options.redisUrl });
  client.on('error', (error: unknown) => {
    if (reachable) log(`redis: ${String(error)}`);
    reachable = false;
  });
  client.on('ready', () => (reachable = true));
  await client.connect();
  const commands = client.withCommandOptions({ timeout: COMMAND_TIMEOUT_MS });
  io.adapter(createAdapter(client, { streamName: `${prefix}socket.io`, channelPrefix: `${prefix}socket.io` }));

  const publish = (notice: Notice) => {
    commands.publish(channel, JSON.stringify(notice)).catch((error: unknown) => {
      // While Redis is away every command would say this; the outage itself was said once.
      if (reachable) log(`redis: could not tell the other nodes: ${String(error)}`);
    });
  };
  const presence = new ClusterPresence(
    io,
    commands,
    prefix,
    (sessionId) => publish({ kind: 'presence', from: node, sessionId }),
    options.now,
    log,
  );
  let sync: ClusterSync | null = null;
  const subscriber = client.duplicate();
  subscriber.on('error', () => undefined); // reported once, through the main client

  const hear = (raw: string) => {
    let notice: Notice;
    try {
      notice = Notice.parse(JSON.parse(raw));
    } catch (error) {
      return log(`cluster: ignored a notice that is not ours: ${String(error)}`);
    }
    if (notice.from === node) return;
    if (notice.kind === 'stored') sync?.stored(notice.sessionId, notice.v);
    else presence.changed(notice.sessionId);
  };

  return {
    sync(local, loadedRoom) {
      sync = new ClusterSync(
        local,
        (sessionId, v) => publish({ kind: 'stored', from: node, sessionId, v }),
        loadedRoom,
        log,
      );
      return sync;
    },
    async listen() {
      await subscriber.connect();
      await subscriber.subscribe(channel, hear);
    },
    limiter: (name, burst, perSecond) =>
      new RedisRateLimiter(commands, `${prefix}limit:${name}:`, burst, perSecond, log),
    presence,
    async close() {
      presence.close();
      if (subscriber.isOpen) await subscriber.close();
      // The adapter closes with io.close(); its last messages go out before this client does.
      if (client.isOpen) await client.close();
    },
  };
}
