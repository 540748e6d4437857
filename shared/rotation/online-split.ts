import type { Lock, RotationInstance } from './types';
import { validateInstance } from './validate';

export interface PlacePart {
  readonly instance: RotationInstance;
  readonly locks: readonly Lock[];
}

/**
 * With online tables, remote people and online tables never need each other's counterparts: when
 * both halves can be planned on their own (people of one kind fit the tables of that kind, no team
 * has both kinds, no lock crosses over), the session is two independent plans and Place is 0 by
 * construction. Returns the two halves (room first), or null when they cannot be separated; the
 * planner then plans the whole, with Place in the cost.
 */
export function splitByPlace(instance: RotationInstance, locks: readonly Lock[]): PlacePart[] | null {
  if (!instance.tables.some((t) => t.online === true)) return null;
  const remoteIds = new Set(instance.participants.filter((p) => p.remote === true).map((p) => p.id));
  const onlineIds = new Set(instance.tables.filter((t) => t.online === true).map((t) => t.id));
  for (const team of instance.teams ?? []) {
    const kinds = new Set(team.members.map((id) => remoteIds.has(id)));
    if (kinds.size > 1) return null;
  }
  for (const l of locks) if (remoteIds.has(l.participantId) !== onlineIds.has(l.tableId)) return null;
  const parts: PlacePart[] = [false, true].map((remote) => {
    const mine = (id: string): boolean => remoteIds.has(id) === remote;
    const people = new Set(instance.participants.filter((p) => mine(p.id)).map((p) => p.id));
    const tables = instance.tables.filter((t) => onlineIds.has(t.id) === remote);
    const tableIds = new Set(tables.map((t) => t.id));
    return {
      instance: {
        ...instance,
        tables,
        // Picks of the other kind's tables cannot be had in this half anyway.
        participants: instance.participants
          .filter((p) => people.has(p.id))
          .map((p) => (p.picks ? { ...p, picks: p.picks.filter((t) => tableIds.has(t)) } : p)),
        teams: (instance.teams ?? []).filter((team) => team.members.some((id) => people.has(id))),
        metBefore: (instance.metBefore ?? []).filter(([a, b]) => people.has(a) && people.has(b)),
      },
      locks: locks.filter((l) => people.has(l.participantId)),
    };
  });
  for (const part of parts) {
    if (part.instance.participants.length === 0) {
      if (part.instance.tables.some((t) => t.capacityMin > 0)) return null;
      continue;
    }
    if (part.instance.tables.length === 0 || validateInstance(part.instance, part.locks).length > 0) return null;
  }
  return parts;
}
