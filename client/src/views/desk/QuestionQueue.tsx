import { useEffect, useId, useRef, useState } from 'react';
import type { Question, SessionState } from '../../../../shared/model/session';
import { useT } from '../../i18n';
import { QuestionItem } from './QuestionItem';

type Filter = 'open' | 'all' | 'hidden';
const FILTERS: readonly Filter[] = ['open', 'all', 'hidden'];

const isOpen = (q: Question) => !q.hidden && (q.status === 'new' || q.status === 'follow-up');

/**
 * The info point's queue: every question as it arrives, newest first. Duplicates are shown under
 * the question they were merged into. A polite live region reads out a new arrival, so staff
 * who look at the person in front of them still hear it. Also usable in the facilitator's view.
 */
export function QuestionQueue({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const [filter, setFilterState] = useState<Filter>('open');
  // A question answered under "still to do" stays in view (with its "saved") until the filter
  // changes: a list that jumps away under the pointer loses people's place.
  const seen = useRef(new Set<string>());
  const setFilter = (f: Filter) => {
    seen.current = new Set();
    setFilterState(f);
  };
  const roots = Object.values(state.questions)
    .filter((q) => q.mergedInto === null)
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
  const shown = roots.filter((q) =>
    filter === 'open' ? isOpen(q) || (!q.hidden && seen.current.has(q.id)) : filter === 'hidden' ? q.hidden : !q.hidden,
  );
  for (const q of shown) seen.current.add(q.id);
  const mergeTargets = roots.filter((q) => !q.hidden);

  // Announce questions that arrive after the page opened (not the ones already there).
  const known = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const ids = Object.keys(state.questions);
    if (known.current === null) {
      known.current = new Set(ids);
      return;
    }
    const fresh = ids.filter((x) => !known.current!.has(x));
    for (const x of fresh) known.current.add(x);
    const newest = fresh
      .map((x) => state.questions[x]!)
      .filter((q) => !q.hidden)
      .at(-1);
    if (newest !== undefined) setAnnouncement(t('desk.newArrived', { text: newest.text }));
  }, [state.questions, t]);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('desk.queue')}{' '}
        <span className="muted">({t('desk.count', { shown: shown.length, total: roots.length })})</span>
      </h2>
      <fieldset className="desk-filter">
        <legend>{t('desk.filter')}</legend>
        {FILTERS.map((f) => (
          <label key={f} className="check">
            <input type="radio" name={`${id}-filter`} value={f} checked={filter === f} onChange={() => setFilter(f)} />
            {t(`desk.filter.${f}`)}
          </label>
        ))}
      </fieldset>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('desk.empty')}</p>
      ) : (
        <ul className="list">
          {shown.map((q) => (
            <QuestionItem key={q.id} state={state} question={q} others={mergeTargets.filter((o) => o.id !== q.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
