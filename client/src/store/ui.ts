import type { StateCreator } from 'zustand';
import type { Language } from '../../../shared/model/session';
import { loadLanguage } from '../i18n/translate';
import type { Store } from './index';

const LANGUAGE_KEY = 'tafelronde:language';

function savedLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved === 'nl' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked (private mode): fall back to the default.
  }
  return null;
}

export type UiSlice = {
  /** `chosen`: the person picked the language themselves; the session's language no longer overrides it. */
  ui: { language: Language; chosen: boolean };
  /** The person's own choice: remembered on this device. */
  setLanguage: (language: Language) => void;
  /** The session's language, used until the person chooses (a Dutch phone at an English evening). */
  suggestLanguage: (language: Language) => void;
};

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => {
  const saved = savedLanguage();
  return {
    ui: { language: saved ?? 'nl', chosen: saved !== null },
    setLanguage: (language) => {
      try {
        localStorage.setItem(LANGUAGE_KEY, language);
      } catch {
        // Not remembered across reloads; the choice still holds for this page.
      }
      // Shown once its texts are in; until then the page stays readable in the language it had.
      void loadLanguage(language).then(() => set((s) => ({ ui: { ...s.ui, language, chosen: true } })));
    },
    suggestLanguage: (language) =>
      void loadLanguage(language).then(() =>
        set((s) => (s.ui.chosen || s.ui.language === language ? s : { ui: { ...s.ui, language } })),
      ),
  };
};
