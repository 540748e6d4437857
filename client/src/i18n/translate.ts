import type { Language } from '../../../shared/model/session';
import { format } from '../../../shared/plural';
import { en } from './en';
import type { MessageKey, Messages, PluralKey } from './messages';
import { nl } from './nl';

export const MESSAGES: Record<Language, Messages> = { nl, en };

export type Vars = Record<string, string | number>;

/** A text that counts needs its `count`; any other text may have placeholders. */
export type VarsFor<K extends MessageKey> = K extends PluralKey ? [vars: Vars & { count: number }] : [vars?: Vars];

/**
 * Look up a text, pick its plural form by `count` (see shared/plural.ts) and fill in `{name}`
 * placeholders; an unknown placeholder stays visible. Free of React, so tests can use it.
 */
export function translate<K extends MessageKey>(language: Language, key: K, ...[vars]: VarsFor<K>): string {
  return format(language, MESSAGES[language][key], vars);
}

export type Translate = <K extends MessageKey>(key: K, ...vars: VarsFor<K>) => string;
