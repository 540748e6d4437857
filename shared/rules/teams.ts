import { TEAM_MIN, type Team } from '../model/session';

/** Pure helpers for keep-together teams, used by apply, decide and the cockpit. */

/**
 * The teams with these people taken out of each; a team left with fewer than TEAM_MIN goes.
 * Teams they were not in stay the same object.
 */
export function withoutMembers(teams: Record<string, Team>, people: ReadonlySet<string>): Record<string, Team> {
  const out: Record<string, Team> = {};
  for (const [id, team] of Object.entries(teams)) {
    if (!team.memberIds.some((m) => people.has(m))) {
      out[id] = team;
      continue;
    }
    const memberIds = team.memberIds.filter((m) => !people.has(m));
    if (memberIds.length >= TEAM_MIN) out[id] = { ...team, memberIds };
  }
  return out;
}

/** The team a person is in, or null. */
export function teamOf(teams: Record<string, Team>, participantId: string): Team | null {
  for (const team of Object.values(teams)) if (team.memberIds.includes(participantId)) return team;
  return null;
}
