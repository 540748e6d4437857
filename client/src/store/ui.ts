import type { StateCreator } from 'zustand';
import type { Language } from '../../../shared/model/session';
import type { Store } from './index';

const LANGUAGE_KEY = 'tafelronde:language';

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    if (saved === 'nl' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked (private mode): fall back to the default.
  }
  return 'nl';
}

export type UiSlice = {
  ui: { language: Language };
  setLanguage: (language: Language) => void;
};

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  ui: { language: initialLanguage() },
  setLanguage: (language) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Not remembered across reloads; the choice still holds for this page.
    }
    set((s) => ({ ui: { ...s.ui, language } }));
  },
});
