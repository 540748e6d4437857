import type { Lock, RotationInstance } from './types';
import { validateInstance } from './validate';

export interface PlacePart {
  readonly instance: RotationInstance;
  readonly locks: readonly Lock[];
  /** More visits than this half has tables: someone sits at a table twice (plan without capping visits). */
  revisits: boolean;
}

/**
 * With online tables, remote people and online tables never need each other's counterparts: when
 * both halves can be planned on their own (people of one kind fit the tables of that kind, no team
 * has both kinds, no lock crosses over), the session is two independent plans and Place is 0 by
 * construction. Returns the two halves (room first), or null when they cannot be separated; the
 * planner then plans the whole, with Place in the cost. A half with fewer tables than rounds
 * (two online tables, three rounds) still counts as separable: its people revisit a table of
 * their kind rather than take a seat of the other kind (both cost the same in J; a revisit online
 * is what a hybrid evening expects).
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
      revisits: false,
    };
  });
  for (const part of parts) {
    if (part.instance.participants.length === 0) {
      if (part.instance.tables.some((t) => t.capacityMin > 0)) return null;
      continue;
    }
    if (part.instance.tables.length === 0) return null;
    const problems = validateInstance(part.instance, part.locks);
    part.revisits = problems.some((p) => p.code === 'VISITS_EXCEED_TABLES');
    // The seat counts are checked again below with every visit counted (validation caps them).
    const seats = part.revisits ? ['VISITS_EXCEED_TABLES', 'TOO_FEW_PEOPLE', 'TOO_MANY_PEOPLE'] : [];
    if (problems.some((p) => !seats.includes(p.code))) return null;
    if (part.revisits && !seatsFit(part.instance)) return null;
  }
  return parts;
}

/** Every round's people fit between the tables' minimum and maximum seats, counting every visit. */
function seatsFit(instance: RotationInstance): boolean {
  const R = instance.rounds;
  const sumMin = instance.tables.reduce((a, t) => a + t.capacityMin, 0);
  const sumMax = instance.tables.reduce((a, t) => a + t.capacityMax, 0);
  const visits = instance.participants.reduce((a, p) => a + (p.visits ?? instance.visits ?? R), 0);
  return visits <= R * sumMax && visits >= R * sumMin && instance.participants.length >= sumMin;
}
