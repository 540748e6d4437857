import type { Language } from '../../../shared/model/session';
import { format } from '../../../shared/plural';
import type { MessageKey, Messages, PluralKey } from './messages';
import { nl } from './nl';

/**
 * The languages loaded so far. Dutch, the default, comes with the app; every other language is
 * its own file, fetched only when someone chooses it: a phone on venue Wi-Fi downloads one.
 */
const loaded: Partial<Record<Language, Messages>> = { nl };
const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
};

/** Makes a language's texts available; resolves at once when they are. */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded[language] !== undefined || language === 'nl') return;
  loaded[language] = await LOADERS[language]();
}

/** For tests and tools that have every language at hand already (see every-language.ts). */
export function addLanguage(language: Language, messages: Messages): void {
  loaded[language] = messages;
}

export type Vars = Record<string, string | number>;

/** A text that counts needs its `count`; any other text may have placeholders. */
export type VarsFor<K extends MessageKey> = K extends PluralKey ? [vars: Vars & { count: number }] : [vars?: Vars];

/**
 * Look up a text, pick its plural form by `count` (see shared/plural.ts) and fill in `{name}`
 * placeholders; an unknown placeholder stays visible. A language not loaded yet reads as Dutch:
 * the store switches the shown language only once its file is in. Free of React, so tests can use it.
 */
export function translate<K extends MessageKey>(language: Language, key: K, ...[vars]: VarsFor<K>): string {
  return format(language, (loaded[language] ?? nl)[key], vars);
}

export type Translate = <K extends MessageKey>(key: K, ...vars: VarsFor<K>) => string;
