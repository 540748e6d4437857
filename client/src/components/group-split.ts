import type { GroupKey, GroupResults, StakeholderGroup } from '../../../shared/model/session';
import { type GroupDifference, MIN_GROUP_VOTERS, markedDifferences } from '../../../shared/rules/vote-results';

/** The groups that may get a column of their own; "other" and no group are never a group to compare. */
export const NAMED_GROUPS: readonly StakeholderGroup[] = ['resident', 'entrepreneur', 'professional', 'municipality'];

export type SplitColumn = { key: StakeholderGroup | 'rest'; voters: number; dots: number };
export type SplitRow = {
  targetId: string;
  total: number;
  /** Per column: that column's dots here and their share of the column's dots (0–1). */
  cells: { dots: number; share: number }[];
  /** Set when this is one of the places where the shown groups differ most. */
  mark: GroupDifference | null;
};
export type GroupSplit = { columns: SplitColumn[]; rows: SplitRow[]; voters: number };

/**
 * The vote split by group as it may be shown. A group with fewer than `min` voters is folded
 * into "rest" (with "other" and those who chose no group). The rest gets a column only with at
 * least `min` voters; and since the totals are public, a rest of 1 to min−1 voters would be
 * total minus the columns: then the smallest group shown is folded in too, until the rest is
 * empty or big enough. No column at all means: too few voters per group to split.
 */
export function groupSplit(byGroup: GroupResults, min = MIN_GROUP_VOTERS): GroupSplit {
  const voters = (g: GroupKey) => byGroup.voters[g] ?? 0;
  const total = (Object.keys(byGroup.voters) as GroupKey[]).reduce((n, g) => n + voters(g), 0);
  const shown = NAMED_GROUPS.filter((g) => voters(g) >= min).sort((a, b) => voters(b) - voters(a));
  let rest = total - shown.reduce((n, g) => n + voters(g), 0);
  while (rest > 0 && rest < min && shown.length > 0) rest += voters(shown.pop()!);
  const keys: (StakeholderGroup | 'rest')[] = [...NAMED_GROUPS.filter((g) => shown.includes(g))];
  if (keys.length > 0 && rest >= min) keys.push('rest');
  const inRest = (g: GroupKey) => !shown.includes(g as StakeholderGroup);
  const dotsOf = (split: Partial<Record<GroupKey, number>>, key: StakeholderGroup | 'rest') =>
    key === 'rest'
      ? (Object.entries(split) as [GroupKey, number][]).reduce((n, [g, d]) => n + (inRest(g) ? d : 0), 0)
      : (split[key] ?? 0);
  const columns: SplitColumn[] = keys.map((key) => ({
    key,
    voters: key === 'rest' ? rest : voters(key),
    dots: Object.values(byGroup.dots).reduce((n, split) => n + dotsOf(split, key), 0),
  }));
  // Differences only between the named groups shown: the rest is a mix, not a group.
  const named: GroupResults = {
    dots: byGroup.dots,
    voters: Object.fromEntries(shown.map((g) => [g, voters(g)])),
  };
  const marks = new Map(markedDifferences(named, 3, min).map((d) => [d.targetId, d]));
  const rows: SplitRow[] = Object.entries(byGroup.dots).map(([targetId, split]) => ({
    targetId,
    total: Object.values(split).reduce((n, d) => n + (d ?? 0), 0),
    cells: columns.map((c) => {
      const dots = dotsOf(split, c.key);
      return { dots, share: c.dots === 0 ? 0 : dots / c.dots };
    }),
    mark: marks.get(targetId) ?? null,
  }));
  rows.sort((a, b) => b.total - a.total || a.targetId.localeCompare(b.targetId));
  return { columns, rows, voters: total };
}
