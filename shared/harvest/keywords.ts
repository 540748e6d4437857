import type { HarvestLanguage } from './language';
import { surfaceForms, terms } from './text';

export type Keyword = { word: string; weight: number; stem: string };

/**
 * Key words of some texts: each stem with the number of texts it is in (a card that repeats a
 * word does not count louder), shown as its most frequent surface form. Most frequent first,
 * ties alphabetical, so the same texts always give the same list.
 */
export function keywords(language: HarvestLanguage, texts: readonly string[]): Keyword[] {
  const lists = texts.map((text) => terms(language, text));
  const forms = surfaceForms(lists);
  const documents = new Map<string, number>();
  for (const list of lists) {
    for (const stem of new Set(list.map((term) => term.stem))) documents.set(stem, (documents.get(stem) ?? 0) + 1);
  }
  const out: Keyword[] = [];
  for (const [stem, weight] of documents) out.push({ word: forms.get(stem) ?? stem, weight, stem });
  return out.sort((a, b) => b.weight - a.weight || compare(a.word, b.word));
}

/** The word cloud of an evening or one table: its top `limit` key words (default 60). */
export function wordCloud(
  language: HarvestLanguage,
  cards: readonly { text: string }[],
  options: { limit?: number } = {},
): Keyword[] {
  return keywords(
    language,
    cards.map((card) => card.text),
  ).slice(0, options.limit ?? 60);
}

/** Code-unit order, not localeCompare: the same in every browser and in Node. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
