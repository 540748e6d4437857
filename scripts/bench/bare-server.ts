/**
 * The floor: a bare Socket.IO server with the app's transport settings and nothing else. A driver
 * socket sends `go` with a sequence number, its send instant and a payload size; the server
 * broadcasts a payload of that size to every connection. What the app adds on top of this (rules,
 * storage, redaction) is the difference between the two in the same run.
 *
 *   PORT=0 node --import tsx scripts/bench/bare-server.ts   → prints "open http://…"
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { LIMITS } from '../../shared/protocol/limits';
import type { Tick } from './messages';

const server = http.createServer();
const io = new Server(server, {
  serveClient: false,
  maxHttpBufferSize: LIMITS.messageBytes,
  pingInterval: 10_000,
  pingTimeout: 20_000,
});
io.on('connection', (socket) => {
  socket.on('go', (go: { seq: number; t0: number; bytes: number }) => {
    // The tick's JSON is {"seq":…,"t0":…,"pad":"…"}: pad it so the whole frame has the asked size.
    const overhead = JSON.stringify(['tick', { seq: go.seq, t0: go.t0, pad: '' }]).length + 2;
    const tick: Tick = { seq: go.seq, t0: go.t0, pad: 'x'.repeat(Math.max(0, go.bytes - overhead)) };
    io.except(socket.id).emit('tick', tick);
  });
});
server.listen(Number(process.env['PORT'] ?? 0), process.env['HOST'] ?? '127.0.0.1', () => {
  console.log(`bare Socket.IO: open http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
