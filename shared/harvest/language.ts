import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { eng, nld } from 'stopword';

/**
 * The languages the harvest understands, each with its stop words and stemmer.
 *
 * - Stop words: `stopword` 3.x — maintained, 60+ languages (also tr/ar/pl, which we need later),
 *   plain arrays, an ES module for Vite and a CommonJS build for Node.
 * - Stemming: `@orama/stemmers` — the Snowball stemmers (Dutch, English, 25 more) compiled to
 *   JavaScript, maintained with the Orama search engine, typed, ESM and CJS, no Node APIs: the
 *   same code runs in the server, the worker and the browser's word cloud. `snowball-stemmers`
 *   is the same algorithm but unmaintained since 2017 and untyped; `@nlpjs/lang-*` pull in the
 *   nlp.js core for one function.
 */
export type HarvestLanguage = 'nl' | 'en';

export type LanguageKit = {
  stem(word: string): string;
  /** Surface forms (lower case) that never count as a key word. */
  isStopWord(word: string, stem: string): boolean;
  /** A stop word by its surface form alone: such words need no stemming. */
  isStopSurface(word: string): boolean;
};

/**
 * Words that are on nearly every card of a neighbourhood evening, so they say nothing about
 * what a card is about and would glue unrelated cards together. Matched by stem, so "wijken"
 * and "moet" go too. Keep this list short: a word belongs here only if it is noise on every
 * table, not because one benchmark set gets better without it.
 */
const DOMAIN_STOP_WORDS: Record<HarvestLanguage, readonly string[]> = {
  nl: ['wijk', 'buurt', 'moeten', 'meer', 'goed', 'beter', 'graag', 'echt', 'gewoon', 'mensen', 'willen'],
  en: ['neighbourhood', 'neighborhood', 'area', 'need', 'should', 'more', 'good', 'better', 'really', 'people', 'want'],
};

/**
 * `stopword`'s English list (108 words) is shorter than the Snowball list its Dutch one follows:
 * it lacks "no", "not", "again", "she", "off", …, which then fill the word cloud. These are the
 * Snowball English words it leaves out (apostrophe forms dropped: the tokenizer splits there).
 */
const SNOWBALL_EXTRA: Record<HarvestLanguage, readonly string[]> = {
  nl: [],
  en: `myself ours ourselves yours yourself yourselves she hers herself its itself theirs themselves
    whom does doing having until during against above below down off again further once when why few nor
    not no own so just will don ought`.split(/\s+/),
};

function kit(stem: (word: string) => string, stopWords: readonly string[], domain: readonly string[]): LanguageKit {
  const surfaces = new Set(stopWords);
  const stems = new Set(domain.map(stem));
  return {
    stem,
    isStopWord: (word, wordStem) => surfaces.has(word) || stems.has(wordStem),
    isStopSurface: (word) => surfaces.has(word),
  };
}

const KITS: Record<HarvestLanguage, LanguageKit> = {
  nl: kit(stemDutch, [...nld, ...SNOWBALL_EXTRA.nl], DOMAIN_STOP_WORDS.nl),
  en: kit(stemEnglish, [...eng, ...SNOWBALL_EXTRA.en], DOMAIN_STOP_WORDS.en),
};

export function languageKit(language: HarvestLanguage): LanguageKit {
  return KITS[language];
}
