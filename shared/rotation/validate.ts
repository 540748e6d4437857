import type { Lock, Problem, ProblemCode, ProblemSeverity, RotationInstance } from './types';
import { RotationInputError } from './types';

function problem(
  code: ProblemCode,
  severity: ProblemSeverity,
  message: string,
  where: { participantId?: string; tableId?: string; round?: number } = {},
): Problem {
  return { code, severity, message, ...where };
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Effective visits of a participant: own field, else the instance default, else every round. */
export function visitsOf(instance: RotationInstance, visits: number | undefined): number {
  return visits ?? instance.visits ?? instance.rounds;
}

/**
 * Every problem with an instance (and optional locks), worst first. Empty means a plan without
 * hard-rule violations may exist; the checks are necessary conditions, not a full proof.
 */
export function validateInstance(instance: RotationInstance, locks: readonly Lock[] = []): Problem[] {
  const out: Problem[] = [];
  // JSON from a file is not checked by the compiler, so check the shape before anything else.
  const raw = instance as unknown as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object') {
    return [problem('MALFORMED_INPUT', 'structure', 'the instance is not an object')];
  }
  if (!Array.isArray(raw.tables)) out.push(problem('MALFORMED_INPUT', 'structure', '`tables` must be an array'));
  if (!Array.isArray(raw.participants)) {
    out.push(problem('MALFORMED_INPUT', 'structure', '`participants` must be an array'));
  }
  if (!isInt(raw.rounds) || raw.rounds < 1) {
    out.push(problem('BAD_ROUNDS', 'structure', `rounds must be a whole number ≥ 1, got ${String(raw.rounds)}`));
  }
  if (out.length > 0) return out;

  const tableIds = new Set<string>();
  for (const t of instance.tables) {
    if (t === null || typeof t !== 'object' || typeof t.id !== 'string' || t.id === '') {
      out.push(problem('MALFORMED_INPUT', 'structure', 'every table needs a non-empty string `id`'));
      continue;
    }
    if (tableIds.has(t.id)) {
      out.push(problem('DUPLICATE_TABLE_ID', 'structure', `table id "${t.id}" appears twice`, { tableId: t.id }));
    }
    tableIds.add(t.id);
    if (!isInt(t.capacityMin) || !isInt(t.capacityMax) || t.capacityMin < 0 || t.capacityMax < t.capacityMin) {
      out.push(
        problem(
          'BAD_CAPACITY',
          'structure',
          `table "${t.id}" has capacity ${String(t.capacityMin)}–${String(t.capacityMax)}; need whole numbers 0 ≤ min ≤ max`,
          { tableId: t.id },
        ),
      );
    }
  }
  if (instance.tables.length === 0) out.push(problem('NO_TABLES', 'structure', 'the instance has no tables'));

  const groups = instance.groups === undefined ? null : new Set(instance.groups);
  const participantIds = new Set<string>();
  const R = instance.rounds;
  for (const p of instance.participants) {
    if (p === null || typeof p !== 'object' || typeof p.id !== 'string' || p.id === '') {
      out.push(problem('MALFORMED_INPUT', 'structure', 'every participant needs a non-empty string `id`'));
      continue;
    }
    const where = { participantId: p.id };
    if (participantIds.has(p.id)) {
      out.push(problem('DUPLICATE_PARTICIPANT_ID', 'structure', `participant id "${p.id}" appears twice`, where));
    }
    participantIds.add(p.id);
    if (p.picks !== undefined) {
      if (!Array.isArray(p.picks)) {
        out.push(problem('MALFORMED_INPUT', 'structure', `picks of "${p.id}" must be an array of table ids`, where));
      } else {
        const seen = new Set<string>();
        for (const pick of p.picks) {
          if (!tableIds.has(pick)) {
            out.push(
              problem(
                'UNKNOWN_PICK',
                'structure',
                `participant "${p.id}" picked table "${String(pick)}", which does not exist`,
                {
                  participantId: p.id,
                  tableId: String(pick),
                },
              ),
            );
          } else if (seen.has(pick)) {
            out.push(
              problem('DUPLICATE_PICK', 'structure', `participant "${p.id}" picked table "${pick}" twice`, {
                participantId: p.id,
                tableId: pick,
              }),
            );
          }
          seen.add(pick);
        }
      }
    }
    if (groups !== null && p.group !== undefined && !groups.has(p.group)) {
      out.push(
        problem(
          'UNKNOWN_GROUP',
          'structure',
          `participant "${p.id}" is in group "${p.group}", which is not in \`groups\``,
          where,
        ),
      );
    }
    const v = visitsOf(instance, p.visits);
    if (!isInt(v) || v < 0 || v > R) {
      out.push(problem('BAD_VISITS', 'structure', `participant "${p.id}" has visits ${String(v)}; need 0…${R}`, where));
    } else if (v > instance.tables.length && instance.tables.length > 0) {
      out.push(
        problem(
          'VISITS_EXCEED_TABLES',
          'capacity',
          `participant "${p.id}" must visit ${v} tables but there are only ${instance.tables.length}, so someone would visit a table twice`,
          where,
        ),
      );
    }
  }

  checkTeams(instance, participantIds, out);

  // Lock checks need the ids above to be sound. Members of a team that stays keep one table.
  const staying = new Set(
    (Array.isArray(instance.teams) ? instance.teams : []).flatMap((t) => (t?.stays ? t.members : [])),
  );
  const lockAt = new Map<string, string>();
  const lockedTables = new Map<string, Set<string>>();
  const lockCount = new Map<string, number>();
  const perPerson = new Map<string, number>();
  for (const l of locks) {
    const where = { participantId: l.participantId, tableId: l.tableId, round: l.round };
    if (!participantIds.has(l.participantId)) {
      out.push(
        problem(
          'LOCK_UNKNOWN_PARTICIPANT',
          'structure',
          `a lock names participant "${l.participantId}", who does not exist`,
          where,
        ),
      );
      continue;
    }
    if (!tableIds.has(l.tableId)) {
      out.push(
        problem(
          'LOCK_UNKNOWN_TABLE',
          'structure',
          `a lock puts "${l.participantId}" at table "${l.tableId}", which does not exist`,
          where,
        ),
      );
      continue;
    }
    if (!isInt(l.round) || l.round < 0 || l.round >= R) {
      out.push(
        problem(
          'LOCK_BAD_ROUND',
          'structure',
          `a lock for "${l.participantId}" names round ${String(l.round)}; rounds are 0…${R - 1}`,
          where,
        ),
      );
      continue;
    }
    const key = `${l.participantId}\u0000${l.round}`;
    const prev = lockAt.get(key);
    if (prev !== undefined) {
      if (prev !== l.tableId) {
        out.push(
          problem(
            'LOCK_CONFLICT',
            'structure',
            `"${l.participantId}" is locked to both "${prev}" and "${l.tableId}" in round ${l.round}`,
            where,
          ),
        );
      }
      continue;
    }
    lockAt.set(key, l.tableId);
    const tablesOfPerson = lockedTables.get(l.participantId) ?? new Set<string>();
    if (tablesOfPerson.has(l.tableId) && !staying.has(l.participantId)) {
      out.push(
        problem(
          'LOCK_REVISIT',
          'structure',
          `"${l.participantId}" is locked to table "${l.tableId}" in two rounds`,
          where,
        ),
      );
    }
    tablesOfPerson.add(l.tableId);
    lockedTables.set(l.participantId, tablesOfPerson);
    const slot = `${l.round}\u0000${l.tableId}`;
    lockCount.set(slot, (lockCount.get(slot) ?? 0) + 1);
    perPerson.set(l.participantId, (perPerson.get(l.participantId) ?? 0) + 1);
  }
  const capOf = new Map(instance.tables.map((t) => [t.id, t.capacityMax] as const));
  for (const [slot, count] of lockCount) {
    const [round, tableId] = slot.split('\u0000') as [string, string];
    const max = capOf.get(tableId) ?? 0;
    if (count > max) {
      out.push(
        problem(
          'LOCK_OVER_CAPACITY',
          'structure',
          `${count} people are locked to table "${tableId}" in round ${round}, which seats ${max}`,
          {
            tableId,
            round: Number(round),
          },
        ),
      );
    }
  }
  const byId = new Map(instance.participants.map((p) => [p.id, p] as const));
  for (const [id, count] of perPerson) {
    const v = visitsOf(instance, byId.get(id)?.visits);
    if (count > v) {
      out.push(
        problem('LOCK_TOO_MANY_VISITS', 'structure', `"${id}" has ${count} locks but visits only ${v} tables`, {
          participantId: id,
        }),
      );
    }
  }

  if (out.some((p) => p.severity === 'structure')) return out;

  // Seats: every round needs between Σmin and Σmax people, and someone sitting in a round
  // uses one of their visits, so the total visits must fit between R·Σmin and R·min(Σmax, n).
  let sumMin = 0;
  let sumMax = 0;
  for (const t of instance.tables) {
    sumMin += t.capacityMin;
    sumMax += t.capacityMax;
  }
  let totalVisits = 0;
  for (const p of instance.participants) totalVisits += Math.min(visitsOf(instance, p.visits), instance.tables.length);
  const n = instance.participants.length;
  if (totalVisits > R * sumMax) {
    out.push(
      problem(
        'TOO_MANY_PEOPLE',
        'capacity',
        R * n === totalVisits
          ? `${n} people but the tables seat only ${sumMax} per round`
          : `${totalVisits} table visits over ${R} rounds but the tables seat only ${sumMax} per round (${R * sumMax} in all)`,
      ),
    );
  }
  if (totalVisits < R * sumMin || n < sumMin) {
    out.push(
      problem(
        'TOO_FEW_PEOPLE',
        'capacity',
        `the tables need at least ${sumMin} people per round (sum of capacityMin) but there are ${n} people` +
          (totalVisits < R * n ? ` with ${totalVisits} visits over ${R} rounds` : ''),
      ),
    );
  }
  return out;
}

/** Throws a RotationInputError for structure problems (and capacity problems unless allowed). */
export function assertValid(
  instance: RotationInstance,
  locks: readonly Lock[] = [],
  allowInfeasible = false,
): Problem[] {
  const problems = validateInstance(instance, locks);
  const fatal = problems.filter((p) => p.severity === 'structure' || !allowInfeasible);
  if (fatal.length > 0) throw new RotationInputError(fatal);
  return problems;
}

/** Teams name known people, each person in one team, no team bigger than the biggest table; metBefore names known people. */
function checkTeams(instance: RotationInstance, participantIds: ReadonlySet<string>, out: Problem[]): void {
  const raw = instance.teams as unknown;
  if (raw === undefined) {
    checkMetBefore(instance, participantIds, out);
    return;
  }
  if (!Array.isArray(raw)) {
    out.push(problem('MALFORMED_INPUT', 'structure', '`teams` must be an array'));
    return;
  }
  const biggest = instance.tables.reduce((m, t) => Math.max(m, isInt(t?.capacityMax) ? t.capacityMax : 0), 0);
  const teamOf = new Map<string, string>();
  const teamIds = new Set<string>();
  for (const team of instance.teams ?? []) {
    if (team === null || typeof team !== 'object' || typeof team.id !== 'string' || !Array.isArray(team.members)) {
      out.push(problem('MALFORMED_INPUT', 'structure', 'every team needs a string `id` and a `members` array'));
      continue;
    }
    if (teamIds.has(team.id)) out.push(problem('DUPLICATE_TEAM_ID', 'structure', `team id "${team.id}" appears twice`));
    teamIds.add(team.id);
    for (const id of team.members) {
      if (!participantIds.has(id)) {
        out.push(
          problem(
            'TEAM_UNKNOWN_PARTICIPANT',
            'structure',
            `team "${team.id}" names "${String(id)}", who does not exist`,
            {
              participantId: String(id),
            },
          ),
        );
        continue;
      }
      const other = teamOf.get(id);
      if (other !== undefined) {
        out.push(
          problem(
            'TEAM_OVERLAP',
            'structure',
            other === team.id
              ? `team "${team.id}" names "${id}" twice`
              : `"${id}" is in two teams, "${other}" and "${team.id}"`,
            { participantId: id },
          ),
        );
      }
      teamOf.set(id, team.id);
    }
    if (team.members.length > biggest) {
      out.push(
        problem(
          'TEAM_TOO_LARGE',
          'structure',
          `team "${team.id}" has ${team.members.length} people but the biggest table seats ${biggest}`,
        ),
      );
    }
  }
  checkMetBefore(instance, participantIds, out);
}

function checkMetBefore(instance: RotationInstance, participantIds: ReadonlySet<string>, out: Problem[]): void {
  const raw = instance.metBefore as unknown;
  if (raw === undefined) return;
  if (!Array.isArray(raw)) {
    out.push(problem('MALFORMED_INPUT', 'structure', '`metBefore` must be an array of id pairs'));
    return;
  }
  for (const pair of raw as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) {
      out.push(problem('MALFORMED_INPUT', 'structure', 'every `metBefore` entry must be a pair of participant ids'));
      continue;
    }
    for (const id of pair) {
      if (!participantIds.has(id as string)) {
        out.push(
          problem(
            'MET_BEFORE_UNKNOWN_PARTICIPANT',
            'structure',
            `\`metBefore\` names "${String(id)}", who does not exist`,
            { participantId: String(id) },
          ),
        );
      }
    }
  }
}
