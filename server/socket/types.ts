import type { Server, Socket } from 'socket.io';
import type { ClientToServer, ServerToClient } from '../../shared/protocol/socket';
import type { Actor } from '../../shared/rules/actor';

/** What the server binds to a connection at the handshake; the client never sets it. */
export type SocketData = { sessionId: string; actor: Actor; deviceToken?: string; lastVersion: number | null };
export type Io = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
export type Conn = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
