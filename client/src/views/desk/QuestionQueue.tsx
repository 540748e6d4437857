import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionStatus, SessionState } from '../../../../shared/model/session';
import { questionStage, questionToDo } from '../../../../shared/rules/questions';
import { useT } from '../../i18n';
import { QuestionItem } from './QuestionItem';

type Filter = 'open' | 'done' | 'all' | 'hidden';
const FILTERS: readonly Filter[] = ['open', 'done', 'all', 'hidden'];

/**
 * The info point's queue: every question as it arrives, newest first, in the list its status
 * puts it in ("still to do" or "answered", as the rules split them). Duplicates are shown under
 * the question they were merged into. A polite live region reads out a new arrival, so staff
 * who look at the person in front of them still hear it. Also usable in the facilitator's view.
 */
export function QuestionQueue({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const [filter, setFilter] = useState<Filter>('open');
  // The questions sent beforehand have their own list (BeforehandQuestions); only the hidden ones
  // are here too, so hiding one by mistake can be undone.
  const beforehand = Object.values(state.questions).some((q) => q.beforehand === true);
  const roots = Object.values(state.questions)
    .filter((q) => q.mergedInto === null && (q.beforehand !== true || q.hidden))
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
  const shown = roots.filter((q) =>
    filter === 'open'
      ? questionToDo(q)
      : filter === 'done'
        ? !q.hidden && questionStage(q.status) === 'done'
        : filter === 'hidden'
          ? q.hidden
          : !q.hidden,
  );
  // A duplicate may repeat a question sent beforehand: those are merge targets too.
  const mergeTargets = Object.values(state.questions).filter((q) => q.mergedInto === null && !q.hidden);

  const [announcement, setAnnouncement] = useState('');

  // A card whose new status takes it out of this list goes at once (it is done: leaving it would
  // keep "still to do" full of answered questions). Focus goes to the card that took its place,
  // so the keyboard keeps its place in the list, and the move is read out.
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState<{ id: string; index: number; status: QuestionStatus } | null>(null);
  const shownIds = shown.map((q) => q.id).join();
  useEffect(() => {
    if (moved === null) return;
    const q = state.questions[moved.id];
    const here = shownIds.split(',').includes(moved.id);
    // Still here once the new status arrived (or the question is gone): nothing moves.
    if (here && q !== undefined && q.status !== moved.status) return;
    setMoved(null);
    if (here || q === undefined) return;
    const to = questionStage(q.status) === 'done' ? 'done' : 'open';
    setAnnouncement(t('desk.moved', { list: t(`desk.filter.${to}`), text: q.text }));
    const cards = list.current?.querySelectorAll<HTMLElement>('.desk-text') ?? [];
    (cards[Math.min(moved.index, cards.length - 1)] ?? heading.current)?.focus();
  }, [moved, shownIds, state.questions, t]);

  // Announce questions that arrive after the page opened (not the ones already there).
  const known = useRef<Set<string> | null>(null);
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
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(beforehand ? 'desk.onTheDay' : 'desk.queue')}{' '}
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
        <ul className="list" ref={list}>
          {shown.map((q, index) => (
            <QuestionItem
              key={q.id}
              state={state}
              question={q}
              others={mergeTargets.filter((o) => o.id !== q.id)}
              onStatusSet={(status) => setMoved({ id: q.id, index, status })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
