import type { GroupKey, GroupResults, SessionState } from '../model/session';
import { themeList } from '../rules/themes';
import { countVotes, groupDifferences, MARKED_SPREAD, MIN_GROUP_VOTERS } from '../rules/vote-results';
import type { ReportTexts } from './texts';

/**
 * The harvest in the report: the themes of the evening with their cards, the tables they came
 * from and their dots, in total and by stakeholder group.
 *
 * - Only themes of the evening: a host's proposal that no facilitator accepted is left out (also
 *   internally). It was a suggestion from one table, never shown to the room as a theme.
 * - A theme without a shown card is left out: hidden, merged and withdrawn cards are in no theme,
 *   so nothing of it is left to report.
 * - Dots: what the vote was on decides. On themes, a theme's dots are its own; on highlights, a
 *   theme counts the dots of its cards. The count stored when voting closed is used; while voting
 *   is still open (or never closed), the dots cast so far, as the rest of the report does.
 * - Groups: a group is shown apart only with at least MIN_GROUP_VOTERS voters, and "unknown" never
 *   (it is not a group); the others count in the totals only. When what is left over would be one
 *   or two people, the smallest group shown is folded in too, until it is not: otherwise the total
 *   minus the groups shown would give those few people's dots all the same. The same rule in both
 *   versions: the internal report is forwarded too (the cockpit is where the facilitator sees it all).
 */
export type ReportThemeCard = {
  id: string;
  tableId: string;
  tableTitle: string;
  text: string;
  /** Dots on the card itself (a vote on highlights), 0 otherwise. */
  dots: number;
  /** How many duplicate cards were merged into this one. */
  merged: number;
};

export type ReportThemeGroup = {
  group: GroupKey;
  label: string;
  dots: number;
  /** The share of this group's dots that went to this theme, 0–1. */
  share: number;
};

export type ReportTheme = {
  id: string;
  label: string;
  cards: ReportThemeCard[];
  /** The tables its cards came from, in the evening's table order, with how many cards each. */
  tables: { tableId: string; title: string; cards: number }[];
  dots: number;
  /** Per group shown apart (see `ReportThemes.groups`); empty without a split. */
  byGroup: ReportThemeGroup[];
  /** Marked: one of the places where groups differ most (at most three, MARKED_SPREAD apart at least). */
  differs: { most: GroupKey; mostLabel: string; least: GroupKey; leastLabel: string; spread: number } | null;
};

export type ReportThemes = {
  /** Most dots first, then in the order of the themes board. */
  list: ReportTheme[];
  /** What got the dots: the themes, or the highlights (a theme adds up its cards'); null: no dots at all. */
  dotsOn: 'themes' | 'highlights' | null;
  /** The groups shown apart, with how many of them voted. */
  groups: { group: GroupKey; label: string; voters: number }[];
};

export type ShownCard = { id: string; tableId: string; text: string; dots: number; merged: number };

const ORDER: GroupKey[] = ['resident', 'entrepreneur', 'professional', 'municipality', 'other', 'unknown'];

/** The groups that may be shown apart, by the rule above. */
export function shownGroups(voters: Partial<Record<GroupKey, number>>, minVoters = MIN_GROUP_VOTERS): GroupKey[] {
  const all = ORDER.reduce((n, g) => n + (voters[g] ?? 0), 0);
  const shown = ORDER.filter((g) => g !== 'unknown' && (voters[g] ?? 0) >= minVoters);
  const rest = () => all - shown.reduce((n, g) => n + (voters[g] ?? 0), 0);
  while (shown.length > 0 && rest() > 0 && rest() < minVoters) {
    // The smallest group shown goes into the rest (the last of the smallest, so the order stays stable).
    const smallest = shown.reduce((a, b) => ((voters[b] ?? 0) <= (voters[a] ?? 0) ? b : a));
    shown.splice(shown.indexOf(smallest), 1);
  }
  // Alone, a group's dots are the total minus the rest: only compare when two or more are shown.
  return shown.length >= 2 ? shown : [];
}

export function reportThemes(state: SessionState, cards: readonly ShownCard[], texts: ReportTexts): ReportThemes {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const themes = themeList(state)
    .filter((t) => t.proposedBy === null)
    .map((t) => ({ theme: t, cards: t.cardIds.flatMap((id) => byId.get(id) ?? []) }))
    .filter((t) => t.cards.length > 0);

  const counted =
    state.voting.results !== null
      ? { results: state.voting.results, byGroup: state.voting.byGroup ?? null }
      : countVotes(state);
  const on = state.voting.on ?? 'highlights';

  // Per theme (and, on highlights, per card in no theme: they share each group's dots too),
  // the dots in total and per group, over targets that still exist.
  const split: GroupResults['dots'] = {};
  const totals: Record<string, number> = {};
  const key = (themeId: string) => `theme:${themeId}`;
  const add = (target: string, from: string) => {
    totals[target] = (totals[target] ?? 0) + (counted.results[from] ?? 0);
    const groups = counted.byGroup?.dots[from] ?? {};
    const into = split[target] ?? {};
    for (const g of ORDER) if (groups[g] !== undefined) into[g] = (into[g] ?? 0) + groups[g];
    split[target] = into;
  };
  const inTheme = new Set(themes.flatMap((t) => t.cards.map((c) => c.id)));
  for (const t of themes) {
    if (on === 'themes') add(key(t.theme.id), t.theme.id);
    else for (const c of t.cards) add(key(t.theme.id), c.id);
  }
  if (on === 'highlights') for (const c of cards) if (!inTheme.has(c.id)) add(`card:${c.id}`, c.id);
  const anyDots = Object.values(totals).some((n) => n > 0);

  const voters = counted.byGroup?.voters ?? {};
  const shown = counted.byGroup === null ? [] : shownGroups(voters);
  const onlyShown: GroupResults = {
    dots: split,
    voters: Object.fromEntries(shown.map((g) => [g, voters[g] ?? 0])),
  };
  // Shares over each group's dots on what is still there; the places they differ most, marked.
  const differences = groupDifferences(onlyShown);
  const marked = new Map(
    differences
      .filter((d) => d.targetId.startsWith('theme:') && d.spread >= MARKED_SPREAD)
      .slice(0, 3)
      .map((d) => [d.targetId, d]),
  );
  const shareOf = new Map(differences.map((d) => [d.targetId, d.shares]));

  const titleOf = new Map(state.tables.map((t, i) => [t.id, { title: t.title, i }]));
  const tableTitle = (tableId: string) => titleOf.get(tableId)?.title ?? tableId;
  const list = themes.map(({ theme, cards: own }): ReportTheme => {
    const k = key(theme.id);
    const tables = [...new Set(own.map((c) => c.tableId))]
      .sort((a, b) => (titleOf.get(a)?.i ?? Infinity) - (titleOf.get(b)?.i ?? Infinity) || a.localeCompare(b))
      .map((tableId) => ({
        tableId,
        title: tableTitle(tableId),
        cards: own.filter((c) => c.tableId === tableId).length,
      }));
    const d = marked.get(k);
    return {
      id: theme.id,
      label: theme.label,
      cards: own.map((c) => ({
        id: c.id,
        tableId: c.tableId,
        tableTitle: tableTitle(c.tableId),
        text: c.text,
        dots: on === 'highlights' ? c.dots : 0,
        merged: c.merged,
      })),
      tables,
      dots: totals[k] ?? 0,
      byGroup: anyDots
        ? shown.map((g) => ({
            group: g,
            label: texts.group[g],
            dots: split[k]?.[g] ?? 0,
            share: shareOf.get(k)?.[g] ?? 0,
          }))
        : [],
      differs:
        d === undefined
          ? null
          : {
              most: d.most,
              mostLabel: texts.group[d.most],
              least: d.least,
              leastLabel: texts.group[d.least],
              spread: d.spread,
            },
    };
  });
  return {
    // Array.prototype.sort is stable: equal dots keep the board's order.
    list: list.sort((a, b) => b.dots - a.dots),
    dotsOn: anyDots ? on : null,
    groups: anyDots ? shown.map((g) => ({ group: g, label: texts.group[g], voters: voters[g] ?? 0 })) : [],
  };
}

/** A share as people read it: "40%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
