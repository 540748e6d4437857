import { useCallback } from 'react';
import type { Language } from '../../../shared/model/session';
import { useStore } from '../store';
import type { MessageKey } from './messages';
import { type Translate, translate, type VarsFor } from './translate';

export type { MessageKey, Messages, PluralKey } from './messages';
export { loadLanguage, loadPack, type Translate, translate, type Vars } from './translate';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** The translate function for the chosen language; re-renders when the language changes. */
export function useT(): Translate {
  const language = useStore((s) => s.ui.language);
  return useCallback(
    <K extends MessageKey>(key: K, ...vars: VarsFor<K>) => translate(language, key, ...vars),
    [language],
  );
}
