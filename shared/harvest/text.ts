import { type HarvestLanguage, languageKit } from './language';

/** One meaningful word of a card: its stem (what we compare) and how it was written (what we show). */
export type Term = { stem: string; surface: string };

/**
 * Runs of Unicode letters (with combining marks): "auto's" gives "auto", "wijk-app" gives "wijk"
 * and "app". A regex rather than Intl.Segmenter: for Dutch and English they split the same, and
 * the regex does not depend on the ICU version of the browser or of Node.
 */
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

export function tokenise(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** The card's words without stop words, stemmed. Single letters are never a key word. */
export function terms(language: HarvestLanguage, text: string): Term[] {
  const kit = languageKit(language);
  const out: Term[] = [];
  for (const surface of tokenise(text)) {
    // Most words of a sentence are stop words; skipping them before the stemmer halves its work.
    if (surface.length < 2 || kit.isStopSurface(surface)) continue;
    const stem = kit.stem(surface);
    if (kit.isStopWord(surface, stem)) continue;
    out.push({ stem, surface });
  }
  return out;
}

/**
 * For each stem, the surface form written most often (ties: the shorter, then alphabetical), so
 * people read "fietsenstalling", not "fietsenstall".
 */
export function surfaceForms(termLists: readonly (readonly Term[])[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const list of termLists) {
    for (const { stem, surface } of list) {
      const forms = counts.get(stem) ?? new Map<string, number>();
      counts.set(stem, forms);
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [stem, forms] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [form, count] of forms) {
      if (count > bestCount || (count === bestCount && isPreferred(form, best))) {
        best = form;
        bestCount = count;
      }
    }
    out.set(stem, best);
  }
  return out;
}

function isPreferred(form: string, than: string): boolean {
  return form.length < than.length || (form.length === than.length && form < than);
}
