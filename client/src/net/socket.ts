import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, Handshake, ServerToClient } from '../../../shared/protocol/socket';

/**
 * What the connection uses of a Socket.IO client socket. The connection depends on this, not on
 * `io()`, so a unit test hands it a fake whose messages the test delivers itself.
 */
export type ServerSocket = Pick<
  Socket<ServerToClient, ClientToServer>,
  'on' | 'emit' | 'timeout' | 'connect' | 'disconnect' | 'removeAllListeners' | 'connected' | 'active'
>;

/** Opens the socket to the page's own server; `handshake` is asked anew at every (re)connect. */
export type SocketOpener = (handshake: () => Handshake, autoConnect: boolean) => ServerSocket;

export const openServerSocket: SocketOpener = (handshake, autoConnect) =>
  io({
    // WebSocket first; long-polling only where a proxy blocks WebSockets.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    // The callback form runs on every (re)connect, so the server hears the version we hold NOW
    // and sends only what we missed.
    auth: (cb) => cb(handshake()),
    // Not while the device says it has no network; `online` opens it.
    autoConnect,
  });
