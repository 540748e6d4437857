import { useCallback } from 'react';
import type { Language } from '../../../shared/model/session';
import { useStore } from '../store';
import { en } from './en';
import type { MessageKey, Messages } from './messages';
import { nl } from './nl';

export type { MessageKey, Messages } from './messages';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const MESSAGES: Record<Language, Messages> = { nl, en };

export type Vars = Record<string, string | number>;

/** Look up a text and fill in `{name}` placeholders; an unknown placeholder stays visible. */
export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  const text = MESSAGES[language][key];
  if (vars === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** The translate function for the chosen language; re-renders when the language changes. */
export function useT(): Translate {
  const language = useStore((s) => s.ui.language);
  return useCallback((key: MessageKey, vars?: Vars) => translate(language, key, vars), [language]);
}
