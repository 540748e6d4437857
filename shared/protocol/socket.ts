import { z } from 'zod';
import type { SuggestOutput } from '../harvest/suggest';
import type { SessionState } from '../model/session';
import type { Actor } from './actor';
import type { CommandError } from './errors';
import type { Batch } from './events';
import { JoinCode, PersonalCode, SecretCode, Token } from './ids';

/**
 * The wire between a client and the server, in both directions.
 *
 * Handshake: the client connects with `auth` = Handshake. The server binds a role from the secret
 * it presents (never from what the client claims) or refuses with a connect_error whose `data`
 * is a CommandError (UNAUTHORIZED, PROTOCOL_MISMATCH, RATE_LIMITED: too many wrong codes, or the
 * client's address already holds CONNECTIONS_PER_ADDRESS live connections). A refused handshake
 * changes nothing.
 *
 * After the handshake the server emits `welcome`, then either `snapshot` (the role's view) or the
 * `batch`es the client missed since `lastVersion`. From then on every accepted command in the
 * session reaches the connections that may see something of it as a `batch`, redacted for their
 * role, in order. Batch `v` means "you are now at version v": versions a connection was not sent
 * are simply skipped, and shortly after a change every connection hears the latest version as an
 * empty batch. Delivery on one connection is ordered and complete, so there is nothing to miss
 * while connected; after a reconnect the handshake's `lastVersion` brings the client up to date.
 * `sync` remains for a client that wants a fresh start.
 */
export const Credential = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator'), token: Token }).strict(),
  z.object({ kind: z.literal('host'), code: SecretCode }).strict(),
  z.object({ kind: z.literal('desk'), code: SecretCode }).strict(),
  z.object({ kind: z.literal('screen'), token: Token }).strict(),
  z.object({ kind: z.literal('participant'), joinCode: JoinCode, deviceToken: Token.optional() }).strict(),
  /**
   * A registered person's personal code (from their personal link, or typed): always the same
   * participant, made from their registration the first time (docs/registrations.md).
   */
  z.object({ kind: z.literal('personal'), code: PersonalCode }).strict(),
]);
export type Credential = z.infer<typeof Credential>;

export const Handshake = z
  .object({
    protocol: z.number().int(),
    credential: Credential,
    /** The last session version this client applied, to receive only what it missed. */
    lastVersion: z.number().int().min(0).nullable().optional(),
  })
  .strict();
export type Handshake = z.infer<typeof Handshake>;

export type Welcome = {
  protocol: number;
  sessionId: string;
  actor: Actor;
  /** Only for a participant who joined without a token: keep it on the device to rejoin as the same person. */
  deviceToken?: string;
  /** The server's clock at sending; the client refines its offset with `ping`. */
  serverNow: number;
};

/**
 * Which host tablets are connected, for facilitators only. Not durable state: it lives in the
 * server's memory and starts empty after a restart. Keyed by table id; a table whose tablet never
 * connected is absent. `offlineSince` is when the last tablet of that table went away (null while
 * one is connected).
 */
export type Presence = { hosts: Record<string, { online: number; offlineSince: number | null }> };

/**
 * What the member service answers besides the version: `code` after `member.remember` with `on`
 * (the person's member code, shown once: only its hash is stored), `recognised` after a
 * `member.claim` that found them.
 */
export type MemberResult = { code: string } | { recognised: true };
export type CommandAck = { ok: true; v: number; member?: MemberResult } | { ok: false; error: CommandError };
export type SyncReply = { ok: true } | { ok: false; error: CommandError };

/**
 * `suggest` asks for theme suggestions for the cards so far (docs/protocol.md). Nothing to
 * choose yet: the server takes the session's visible cards, its themes and its language.
 */
export const SuggestRequest = z.object({}).strict();
export type SuggestRequest = z.infer<typeof SuggestRequest>;
/** `v`: the session version the suggestions were made for; a client that is further drops them. */
export type SuggestReply = ({ ok: true; v: number } & SuggestOutput) | { ok: false; error: CommandError };

/** Server → client. */
export interface ServerToClient {
  welcome: (welcome: Welcome) => void;
  /** The whole view for this role; replaces what the client holds. */
  snapshot: (state: SessionState) => void;
  /** The events of one accepted command, redacted for this role. */
  batch: (batch: Batch) => void;
  /** The server stopped accepting writes (disk trouble) or recovered; staff show a warning. */
  health: (health: { writable: boolean }) => void;
  /** Host tablets online / offline; sent to facilitators on connect and on every change. */
  presence: (presence: Presence) => void;
  /**
   * The server closes this connection right after: it sent far more messages than the app ever
   * does (see server/socket/inbound-limits.ts). A client waits at least a minute before it
   * connects again; reconnecting at once would only be cut off again.
   */
  'cut-off': (reason: CommandError) => void;
}

/**
 * Client → server. Every handler answers through the Socket.IO acknowledgement. Each kind is
 * limited per connection (server/socket/inbound-limits.ts): over its allowance a message is
 * dropped unanswered, and a connection that keeps sending is sent `cut-off` and closed. Any other
 * message name is dropped and counts against the connection at once.
 */
export interface ClientToServer {
  /** A command (see commands.ts); unknown shapes get VALIDATION. */
  command: (command: unknown, ack: (ack: CommandAck) => void) => void;
  /** Clock offset: the client sends its own time, the server answers with its own. */
  ping: (clientNow: unknown, ack: (reply: { clientNow: number; serverNow: number }) => void) => void;
  /** "I have version N": the server sends the missed batches or a snapshot, then acks. */
  sync: (lastVersion: unknown, ack: (reply: SyncReply) => void) => void;
  /**
   * Theme suggestions for the harvest, facilitators only (others get FORBIDDEN, a payload other
   * than SuggestRequest VALIDATION). A question, not a command: it changes nothing, and accepting a
   * suggestion is an ordinary `theme.create` or `theme.place`.
   */
  suggest: (request: unknown, ack: (reply: SuggestReply) => void) => void;
}
