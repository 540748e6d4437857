import { LANGUAGES, useT } from '../i18n';
import { useStore } from '../store';

/** Two buttons, not a select: one tap on a phone, and each names its language in that language. */
export function LanguageSwitch() {
  const t = useT();
  const language = useStore((s) => s.ui.language);
  const setLanguage = useStore((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={language === l}
          className={language === l ? 'chip chip-on' : 'chip'}
          onClick={() => setLanguage(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
