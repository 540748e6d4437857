import { useState } from 'react';
import type { QuestionStatus, SessionState } from '../../../../shared/model/session';
import { QuestionStatus as Statuses } from '../../../../shared/model/session';
import { useT } from '../../i18n';

/**
 * The info point's queue as the facilitator sees it: counts per status, open questions first.
 * The questions sent beforehand are not in it: the cockpit shows them apart (BeforehandQuestions).
 */
export function QuestionQueue({ state }: { state: SessionState }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const all = Object.values(state.questions).filter((q) => q.mergedInto === null && !q.hidden && q.beforehand !== true);
  const count = (s: QuestionStatus) => all.filter((q) => q.status === s).length;
  const order: Record<QuestionStatus, number> = { new: 0, 'follow-up': 1, 'answered-on-spot': 2, answered: 3 };
  const sorted = [...all].sort((a, b) => order[a.status] - order[b.status] || a.createdAt - b.createdAt);
  const shown = showAll ? sorted : sorted.slice(0, 8);
  const category = (id: string) => state.infoCategories.find((c) => c.id === id)?.label ?? '–';
  return (
    <section className="panel" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('fac.liveQuestions')}</h2>
      <dl className="counts counts-small">
        {Statuses.options.map((s) => (
          <div key={s}>
            <dt>{t(`qstatus.${s}`)}</dt>
            <dd>{count(s)}</dd>
          </div>
        ))}
      </dl>
      {all.length === 0 ? (
        <p className="muted">{t('fac.noQuestions')}</p>
      ) : (
        <>
          <ul className="list">
            {shown.map((q) => (
              <li key={q.id} className="item">
                <p className="card-meta">
                  <span className={`status status-${q.status}`}>{t(`qstatus.${q.status}`)}</span> ·{' '}
                  {category(q.categoryId)}
                </p>
                <p className="card-text">{q.text}</p>
                {q.answer !== null && <p className="answer">→ {q.answer}</p>}
              </li>
            ))}
          </ul>
          {sorted.length > shown.length || showAll ? (
            <button type="button" onClick={() => setShowAll(!showAll)}>
              {showAll ? t('cockpit.showFewer') : t('cockpit.showAll', { count: sorted.length })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
