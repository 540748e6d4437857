import type { CommandError } from '../../protocol/errors';
import type { Event } from '../../protocol/events';

/** What `decide` returns: the events to store and apply, or why nothing happens. */
export type Decision = { ok: true; events: Event[] } | { ok: false; error: CommandError };

export const accept = (...events: Event[]): Decision => ({ ok: true, events });
/** Already so: acknowledged at the current version, nothing stored (a repeated check-in, say). */
export const nothing: Decision = { ok: true, events: [] };

/** The first duplicate id in a list, for "ids must be unique" checks on set commands. */
export function firstDuplicate(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
}
