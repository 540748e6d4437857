import { nanoid } from 'nanoid';
import { useState } from 'react';
import type { SuggestedTheme } from '../../../../../shared/harvest/suggest';
import { type SessionState, themesOf } from '../../../../../shared/model/session';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { useSuggestions } from '../../../net/suggest';
import { useCommand } from '../../../net/useCommand';
import { ErrorLine } from '../ErrorLine';

/** A card's text as a suggestion lists it: enough to recognise it. */
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

/**
 * The server's theme suggestions for the cards so far. The facilitator names one (its key words
 * to start with) and makes it a theme, or puts the cards into the theme it fits, or drops it.
 */
export function SuggestionsPanel({ state }: { state: SessionState }) {
  const t = useT();
  const suggestions = useSuggestions(state);
  const [done, setDone] = useState<string | null>(null);
  const count = suggestions.themes.length;
  const status = !suggestions.answered
    ? t('suggest.asking')
    : count === 0
      ? t('suggest.none')
      : t('suggest.count', { count });
  return (
    <section className="panel suggest" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('suggest.title')}</h2>
      <p className="muted">{t('suggest.intro')}</p>
      <p className="suggest-status" role="status" aria-live="polite">
        {status}
        {done === null ? null : <> · {done}</>}
      </p>
      <ErrorLine error={suggestions.error} />
      {count > 0 && (
        <ul className="suggest-list">
          {suggestions.themes.map((s) => (
            <SuggestionItem
              key={s.key}
              suggestion={s}
              state={state}
              onDone={(message) => {
                setDone(message);
                suggestions.drop(s.key);
              }}
              onDrop={() => {
                setDone(t('suggest.dropped'));
                suggestions.drop(s.key);
              }}
            />
          ))}
        </ul>
      )}
      <button type="button" onClick={suggestions.ask} disabled={suggestions.asking}>
        {t('suggest.askNow')}
      </button>
    </section>
  );
}

function SuggestionItem({
  suggestion,
  state,
  onDone,
  onDrop,
}: {
  suggestion: SuggestedTheme;
  state: SessionState;
  onDone: (message: string) => void;
  onDrop: () => void;
}) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const into = suggestion.intoThemeId === null ? undefined : themesOf(state)[suggestion.intoThemeId];
  const [label, setLabel] = useState(suggestion.label);
  const labelId = `suggest-label-${suggestion.key}`;
  const titleId = `suggest-name-${suggestion.key}`;
  const accept = async () => {
    if (into !== undefined) {
      const ack = await run({ type: 'theme.place', themeId: into.id, cardIds: suggestion.cardIds });
      if (ack.ok) onDone(t('suggest.placed', { label: into.label }));
      return;
    }
    const name = label.trim();
    const ack = await run({ type: 'theme.create', themeId: nanoid(12), label: name, cardIds: suggestion.cardIds });
    if (ack.ok) onDone(t('suggest.accepted', { label: name }));
  };
  const name = into?.label ?? label;
  return (
    <li className="suggest-item" aria-labelledby={titleId}>
      <h3 id={titleId} className="suggest-name">
        {into === undefined ? name || suggestion.label : t('suggest.into', { label: into.label })}
      </h3>
      {into === undefined && (
        <p className="suggest-field">
          <label htmlFor={labelId}>{t('suggest.label')}</label>
          <input
            id={labelId}
            type="text"
            value={label}
            maxLength={LIMITS.title}
            onChange={(e) => setLabel(e.target.value)}
          />
        </p>
      )}
      {suggestion.keywords.length > 0 && (
        <p className="suggest-keywords">
          <span className="muted">{t('suggest.keywords')}:</span> {suggestion.keywords.join(', ')}
        </p>
      )}
      <details className="suggest-cards">
        <summary>{t('suggest.cards', { count: suggestion.cardIds.length })}</summary>
        <ul>
          {suggestion.cardIds.map((id) => (
            <li key={id}>{short(state.cards[id]?.text ?? '')}</li>
          ))}
        </ul>
      </details>
      <p className="suggest-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void accept()}
          disabled={busy || (into === undefined && label.trim() === '')}
          aria-describedby={titleId}
        >
          {into === undefined ? t('suggest.accept') : t('suggest.acceptInto')}
        </button>
        <button type="button" onClick={onDrop} disabled={busy} aria-describedby={titleId}>
          {t('suggest.drop')}
        </button>
      </p>
      <ErrorLine error={error} />
    </li>
  );
}
