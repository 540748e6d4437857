import type { SessionState } from '../model/session';
import { Command, type CommandInput } from '../protocol/commands';
import { type CommandError, validationError } from '../protocol/errors';
import type { Actor } from './actor';
import { apply } from './apply';
import { decide } from './decide';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A command as a view writes it: the connection adds the id. */
export type CommandDraft = DistributiveOmit<CommandInput, 'id'>;

export type Allowed = { ok: true } | { ok: false; error: CommandError };

const ALLOWED: Allowed = { ok: true };
/** Any valid id: a dry run stores nothing, so it never meets the retry check. */
const DRY_RUN_ID = 'dry-run';

/**
 * Would the server accept this command now? The same door (the zod schema) and the same
 * `decide` the server runs, without storing anything. A client runs it on its own view of the
 * state to show or hide an action, so a button and the server's answer cannot drift apart.
 * What a view cannot see (someone else's sign-up, a hidden card) a command of its own never
 * needs, so the answer on a view is the server's answer (test/unit/rules/can.test.ts).
 */
export function can(state: SessionState, actor: Actor, draft: CommandDraft, now: number): Allowed {
  const parsed = Command.safeParse({ ...draft, id: DRY_RUN_ID });
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };
  const decision = decide(state, parsed.data, actor, now);
  return decision.ok ? ALLOWED : { ok: false, error: decision.error };
}

/**
 * The state once commands this device has made but the server has not answered yet have landed
 * (a host's tablet offline, say), each as `decide` would take it: the server handles them in
 * this order before anything sent later, so that is the state a new command meets.
 */
export function afterPending(
  state: SessionState,
  actor: Actor,
  pending: readonly Command[],
  now: number,
): SessionState {
  let next = state;
  for (const command of pending) {
    const decision = decide(next, command, actor, now);
    if (decision.ok) next = decision.events.reduce(apply, next);
  }
  return next;
}
