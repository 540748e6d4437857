import { type CommandError, validationError } from '../../shared/protocol/errors';
import { SuggestRequest, type SuggestReply } from '../../shared/protocol/socket';
import type { Actor } from '../../shared/rules/actor';
import type { SessionRoom } from '../session/room';
import type { Conn } from '../socket/types';
import { SuggestBusyError, type SuggestPool } from './suggest-pool';

const FORBIDDEN: CommandError = { code: 'FORBIDDEN', message: 'suggestions are for facilitators' };
const BUSY: CommandError = { code: 'RATE_LIMITED', message: 'many suggestions are being made; try again in a moment' };
const FAILED: CommandError = { code: 'UNAVAILABLE', message: 'the suggestions could not be made; try again' };

/**
 * `suggest` on one connection: a facilitator's question, answered from the pool (worker threads,
 * kept per state version). The role is checked before the payload: who may not ask learns
 * nothing about how to.
 */
export function serveSuggest(
  socket: Conn,
  room: SessionRoom,
  actor: Actor,
  pool: SuggestPool,
  log: (message: string) => void,
): void {
  socket.on('suggest', (raw, ack) => {
    if (typeof ack !== 'function') return;
    const answer = (reply: SuggestReply) => ack(reply);
    if (actor.role !== 'facilitator') return answer({ ok: false, error: FORBIDDEN });
    const parsed = SuggestRequest.safeParse(raw);
    if (!parsed.success) return answer({ ok: false, error: validationError(parsed.error.issues) });
    // The state as asked: a command accepted while the worker runs makes a later version.
    const state = room.state;
    pool.suggest(state).then(
      (out) => answer({ ok: true, v: state.version, themes: out.themes }),
      (error: unknown) => {
        if (error instanceof SuggestBusyError) return answer({ ok: false, error: BUSY });
        log(`suggestions failed: ${String(error)}`);
        answer({ ok: false, error: FAILED });
      },
    );
  });
}
