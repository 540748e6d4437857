import { offsetFrom, type ClockSample } from './clock';
import type { ServerSocket } from './socket';

const PING_SAMPLES = 5;
const PING_TIMEOUT_MS = 3000;

/** A few pings after connecting: the offset of the server's clock (clock.ts), or null without an answer. */
export async function measureClockOffset(socket: ServerSocket): Promise<number | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < PING_SAMPLES && socket.connected; i++) {
    const clientSent = Date.now();
    try {
      const reply = await socket.timeout(PING_TIMEOUT_MS).emitWithAck('ping', clientSent);
      samples.push({ clientSent, clientReceived: Date.now(), serverNow: reply.serverNow });
    } catch {
      break; // timed out or disconnected: keep what we have
    }
  }
  return offsetFrom(samples);
}
