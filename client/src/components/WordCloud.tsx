import { useMemo } from 'react';
import type { Card, Language } from '../../../shared/model/session';
import { wordCloud } from '../../../shared/harvest';
import { useT } from '../i18n';
import { cloudLayout, cloudSteps } from './cloud-words';
import './harvest-views.css';

/**
 * The word cloud of some cards: the words in a few clearly different sizes, wrapped in lines so
 * nothing overlaps; screen readers get the same words as an ordered list with their counts.
 * `language` is the session's, not the reader's: it picks the stop words of what was written.
 */
export function WordCloud({
  cards,
  language,
  limit,
  variant,
}: {
  cards: readonly Card[];
  language: Language;
  limit: number;
  variant: 'screen' | 'panel';
}) {
  const t = useT();
  const words = useMemo(() => cloudSteps(wordCloud(language, cards, { limit })), [cards, language, limit]);
  if (words.length === 0) return <p className={`cloud-empty cloud-${variant}`}>{t('wrapup.cloud.empty')}</p>;
  return (
    <div className={`cloud cloud-${variant}`}>
      <p className="cloud-words" aria-hidden="true">
        {cloudLayout(words).map((w) => (
          <span key={w.stem} className={`cloud-w cloud-w${w.step}`}>
            {w.word}
          </span>
        ))}
      </p>
      <ol className="visually-hidden" aria-label={t('wrapup.cloud.list')}>
        {words.map((w) => (
          <li key={w.stem}>{t('wrapup.cloud.word', { word: w.word, count: w.weight })}</li>
        ))}
      </ol>
    </div>
  );
}
