import { type RegistrationInput, RegistrationInput as Input } from '../../../shared/protocol/commands';
import type { SessionState } from '../../../shared/model/session';
import { applyBatch } from '../../../shared/rules/apply';
import { decide } from '../../../shared/rules/decide';
import { actor, type World } from '../rules/fixtures';

/** A sign-up row as the tests write it: a name, the rest as the import defaults it. */
export type Row = { id: string } & Partial<RegistrationInput> & { name: string; status?: 'waiting' | 'cancelled' };

/**
 * People signed up before the evening, as the facilitator's import adds them (registration
 * `r-<id>` reserves participant `<id>`); `status` then moves a row to the waiting list (by
 * editing the state: an import never makes one) or cancels it (through the rules).
 */
export function registered(world: World, rows: readonly Row[]): World {
  const add = {
    id: `add-${rows.map((r) => r.id).join('-')}`,
    type: 'registrations.add' as const,
    source: 'import' as const,
    entries: rows.map(({ id, status: _status, ...input }) => ({
      registrationId: `r-${id}`,
      participantId: id,
      input: Input.parse(input),
    })),
  };
  let state = step(world.state, decide(world.state, add, actor('fac'), world.now));
  // Cancelled first: a cancelled place would move the first on the waiting list up.
  for (const row of rows.filter((r) => r.status === 'cancelled')) {
    const cancel = { id: `cancel-${row.id}`, type: 'registration.cancel' as const, registrationId: `r-${row.id}` };
    state = step(state, decide(state, cancel, actor('fac'), world.now));
  }
  for (const row of rows.filter((r) => r.status === 'waiting')) {
    const r = state.registrations![`r-${row.id}`]!;
    state = { ...state, registrations: { ...state.registrations, [r.id]: { ...r, status: 'waiting' } } };
  }
  return { state, now: world.now };
}

function step(state: SessionState, d: ReturnType<typeof decide>): SessionState {
  if (!d.ok) throw new Error(`setup refused: ${d.error.code} ${d.error.message}`);
  return applyBatch(state, { v: state.version + 1, events: d.events });
}
