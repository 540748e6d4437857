import type { GroupKey, GroupResults, SessionState } from '../model/session';

/** The dot-vote's count at closing, in total and split by the voters' stakeholder group. */
export function countVotes(state: Pick<SessionState, 'votes' | 'participants'>): {
  results: Record<string, number>;
  byGroup: GroupResults;
} {
  const results: Record<string, number> = {};
  const byGroup: GroupResults = { dots: {}, voters: {} };
  for (const [pid, dots] of Object.entries(state.votes)) {
    if (dots.length === 0) continue;
    const group: GroupKey = state.participants[pid]?.group ?? 'unknown';
    byGroup.voters[group] = (byGroup.voters[group] ?? 0) + 1;
    for (const target of dots) {
      results[target] = (results[target] ?? 0) + 1;
      const split = byGroup.dots[target] ?? {};
      split[group] = (split[group] ?? 0) + 1;
      byGroup.dots[target] = split;
    }
  }
  return { results, byGroup };
}

/**
 * Fewer voters than this in a group and its split is not shown apart on the screen or in the
 * public report: with two municipality voters, "the municipality's dots" are two people's votes.
 */
export const MIN_GROUP_VOTERS = 3;

export type GroupDifference = {
  targetId: string;
  /** Per group shown: the share of that group's dots that went here (0–1). */
  shares: Partial<Record<GroupKey, number>>;
  /** The largest share minus the smallest, over the groups shown. */
  spread: number;
  /** The group that gave it most and the one that gave it least (by share). */
  most: GroupKey;
  least: GroupKey;
};

/**
 * Where groups differ: for each card or theme, the share of each group's dots it got, and how far
 * apart the groups are. Shares rather than counts, so ten residents and three civil servants
 * weigh the same. Only groups with at least `minVoters` voters count (and `unknown` never: it
 * is not a group); with fewer than two such groups there is nothing to compare. Sorted by spread,
 * widest first.
 */
export function groupDifferences(byGroup: GroupResults, minVoters = MIN_GROUP_VOTERS): GroupDifference[] {
  const groups = (Object.keys(byGroup.voters) as GroupKey[]).filter(
    (g) => g !== 'unknown' && (byGroup.voters[g] ?? 0) >= minVoters,
  );
  if (groups.length < 2) return [];
  const totals = new Map<GroupKey, number>(groups.map((g) => [g, 0]));
  for (const split of Object.values(byGroup.dots))
    for (const g of groups) totals.set(g, (totals.get(g) ?? 0) + (split[g] ?? 0));
  const out: GroupDifference[] = [];
  for (const [targetId, split] of Object.entries(byGroup.dots)) {
    const shares: Partial<Record<GroupKey, number>> = {};
    for (const g of groups) shares[g] = (split[g] ?? 0) / Math.max(1, totals.get(g) ?? 0);
    const ranked = [...groups].sort((a, b) => (shares[b] ?? 0) - (shares[a] ?? 0) || a.localeCompare(b));
    const most = ranked[0]!;
    const least = ranked[ranked.length - 1]!;
    out.push({ targetId, shares, spread: (shares[most] ?? 0) - (shares[least] ?? 0), most, least });
  }
  return out.sort((a, b) => b.spread - a.spread || a.targetId.localeCompare(b.targetId));
}

/** A difference worth marking: at least this far apart (in share of a group's dots). */
export const MARKED_SPREAD = 0.2;

/** The places where groups differ most: the widest spreads of at least MARKED_SPREAD, at most `limit`. */
export function markedDifferences(byGroup: GroupResults, limit = 3, minVoters = MIN_GROUP_VOTERS): GroupDifference[] {
  return groupDifferences(byGroup, minVoters)
    .filter((d) => d.spread >= MARKED_SPREAD)
    .slice(0, limit);
}
