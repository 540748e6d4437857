import { averageLinkage } from './cluster';
import { compare } from './keywords';
import type { HarvestLanguage } from './language';
import { subjectsOf } from './related-words';
import { surfaceForms, type Term, terms } from './text';
import { cardVectors, similarityMatrix, type VectorOptions } from './vectors';

export type SuggestInput = {
  language: HarvestLanguage;
  cards: readonly { id: string; table: string; text: string }[];
  /** Themes the facilitator made; their cards are never suggested anywhere else. */
  themes?: readonly { id: string; label: string; cardIds: readonly string[] }[];
};

export type SuggestedTheme = {
  /** The same for the same cards (and target theme), so a dismissed suggestion can be remembered. */
  key: string;
  label: string;
  keywords: string[];
  cardIds: string[];
  /** An existing theme these cards fit into; null for a new theme. */
  intoThemeId: string | null;
};

export type SuggestOutput = { themes: SuggestedTheme[] };

export type SuggestOptions = Partial<VectorOptions> & {
  /** Average similarity at which clusters of unplaced cards merge. */
  threshold?: number;
  /** Average similarity to an existing theme's cards at which a card is suggested into it. */
  intoThreshold?: number;
  /** Smallest new theme; smaller groups stay unassigned (a lone card is not a theme). */
  minSize?: number;
};

export const SUGGEST_DEFAULTS = {
  gram: 4,
  wordWeight: 0.3,
  subjectWeight: 0.5,
  threshold: 0.15,
  intoThreshold: 0.1,
  minSize: 2,
} as const;

/**
 * Themes for the cards no theme holds yet: each such card either joins the existing theme it is
 * closest to (when close enough), or clusters with other loose cards into a new theme named
 * after its key words, or stays loose. Cards are sorted by id first, so the same cards give the
 * same suggestions in whatever order they come.
 */
export function suggestThemes(input: SuggestInput, options: SuggestOptions = {}): SuggestOutput {
  const o = { ...SUGGEST_DEFAULTS, ...options };
  const cards = [...input.cards].sort((a, b) => compare(a.id, b.id));
  const index = new Map(cards.map((card, i) => [card.id, i]));
  const termLists = cards.map((card) => terms(input.language, card.text));
  const words = new GroupWords(termLists);
  const n = cards.length;
  const sim = similarityMatrix(cardVectors(termLists, o, subjectsOf(input.language)));
  const at = (i: number, j: number) => sim[i * n + j]!;

  const themes = (input.themes ?? []).map((theme) => ({
    theme,
    members: theme.cardIds.flatMap((id) => index.get(id) ?? []),
  }));
  const placed = new Set(themes.flatMap((t) => t.members));
  const loose = cards.flatMap((_, i) => (placed.has(i) ? [] : [i]));

  // A loose card close to a theme the facilitator made is suggested into it (average linkage,
  // as in the clustering, so "close" means the same thing in both places).
  const into = themes.map(() => [] as number[]);
  const unclaimed: number[] = [];
  for (const i of loose) {
    let best = -1;
    let bestSim = o.intoThreshold;
    themes.forEach(({ members }, t) => {
      if (members.length === 0) return;
      const average = members.reduce((sum, m) => sum + at(i, m), 0) / members.length;
      if (average >= bestSim) {
        best = t;
        bestSim = average;
      }
    });
    if (best < 0) unclaimed.push(i);
    else into[best]!.push(i);
  }

  const out: SuggestedTheme[] = [];
  themes.forEach(({ theme }, t) => {
    const members = into[t]!;
    if (members.length === 0) return;
    const cardIds = members.map((i) => cards[i]!.id);
    out.push({
      key: `into:${theme.id}:${hashIds(cardIds)}`,
      label: theme.label,
      keywords: words.top(members, 5),
      cardIds,
      intoThemeId: theme.id,
    });
  });

  // The other loose cards cluster among themselves, on their own corner of the matrix.
  // (With no cards placed that corner is the whole matrix, which is not needed any more.)
  const m = unclaimed.length;
  let sub = sim;
  if (m < n) {
    sub = new Float64Array(m * m);
    for (let a = 0; a < m; a++) {
      const row = unclaimed[a]! * n;
      for (let b = 0; b < m; b++) sub[a * m + b] = sim[row + unclaimed[b]!]!;
    }
  }
  const groups = averageLinkage(sub, m, o.threshold)
    .filter((group) => group.length >= o.minSize)
    .map((group) => group.map((k) => unclaimed[k]!))
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  for (const members of groups) {
    const cardIds = members.map((i) => cards[i]!.id);
    const keywords = words.top(members, 5);
    out.push({
      key: `new:${hashIds(cardIds)}`,
      label: keywords.slice(0, 3).join(' · '),
      keywords,
      cardIds,
      intoThemeId: null,
    });
  }
  return { themes: out };
}

/** Names a group of cards by the words that set it apart from the other cards. */
class GroupWords {
  private readonly forms: Map<string, string>;
  private readonly stemSets: Set<string>[];
  private readonly df = new Map<string, number>();

  constructor(termLists: readonly (readonly Term[])[]) {
    this.forms = surfaceForms(termLists);
    this.stemSets = termLists.map((list) => new Set(list.map((t) => t.stem)));
    for (const set of this.stemSets) for (const stem of set) this.df.set(stem, (this.df.get(stem) ?? 0) + 1);
  }

  /**
   * Stems on at least two of the group's cards (a word on one card does not name a group),
   * scored by how many of its cards have them times how rare they are elsewhere (IDF);
   * as surface forms, ties alphabetical.
   */
  top(members: readonly number[], limit: number): string[] {
    const counts = new Map<string, number>();
    for (const i of members) for (const stem of this.stemSets[i]!) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    const total = this.stemSets.length;
    // Cards linked by word parts alone (n-grams) may share no whole word: then any word will do.
    const shared = members.length >= 2 && [...counts.values()].some((count) => count >= 2) ? 2 : 1;
    return [...counts]
      .filter(([, count]) => count >= shared)
      .map(([stem, count]) => ({
        word: this.forms.get(stem) ?? stem,
        score: count * Math.log((1 + total) / (this.df.get(stem) ?? 1)),
      }))
      .sort((a, b) => b.score - a.score || compare(a.word, b.word))
      .slice(0, limit)
      .map((entry) => entry.word);
  }
}

/**
 * A short, stable name for a set of card ids (53-bit cyrb53 hash of the sorted ids, base 36):
 * the key stays short however many cards a theme has.
 */
export function hashIds(ids: readonly string[]): string {
  const text = [...ids].sort(compare).join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
