import { useId } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { questionsBeforehand, questionToDo } from '../../../../shared/rules/questions';
import { useT } from '../../i18n';
import { QuestionItem } from './QuestionItem';
import './desk.css';

/**
 * The questions sent before the session began, for the panel's chair: by topic, with how many
 * each has and how many still wait, apart from the questions asked on the day. Answered the same
 * way as every question (QuestionItem). The one list the desk and the facilitator's cockpit both
 * show; nothing when there are none, so an evening without them looks as before.
 */
export function BeforehandQuestions({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const groups = questionsBeforehand(state);
  if (groups.length === 0) return null;
  const total = groups.reduce((n, g) => n + g.count, 0);
  const others = Object.values(state.questions).filter((q) => q.mergedInto === null && !q.hidden);
  return (
    <section className="panel beforehand" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('desk.beforehand.title')} <span className="muted">({t('desk.beforehand.count', { count: total })})</span>
      </h2>
      <p className="muted">{t('desk.beforehand.intro')}</p>
      <dl className="counts counts-small">
        {groups.map((g) => (
          <div key={g.categoryId}>
            <dt>{g.label}</dt>
            <dd>{g.count}</dd>
          </div>
        ))}
      </dl>
      {groups.map((g) => {
        const open = g.questions.filter(questionToDo).length;
        return (
          <section key={g.categoryId} aria-labelledby={`${id}-${g.categoryId}`}>
            <h3 id={`${id}-${g.categoryId}`}>
              {g.label}{' '}
              <span className="muted">
                ({t('desk.beforehand.count', { count: g.count })}, {t('desk.beforehand.open', { count: open })})
              </span>
            </h3>
            <ul className="list">
              {g.questions.map((q) => (
                <QuestionItem
                  key={q.id}
                  state={state}
                  question={q}
                  others={others.filter((o) => o.id !== q.id)}
                  // Answered questions stay in this list (the report answers them): nothing moves.
                  onStatusSet={() => {}}
                  level={4}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
