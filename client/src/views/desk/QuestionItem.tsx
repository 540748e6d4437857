import { useId, useState, type FormEvent } from 'react';
import { type Question, QuestionStatus, type SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { CategoryField } from '../../components/CategoryField';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useStore } from '../../store';

const STATUSES = QuestionStatus.options;

/**
 * One question at the desk: topic, status, answer, merge into another (duplicates are listed
 * under the question they joined) and hide as abuse. Every control is a labelled form control,
 * so it works by keyboard and screen reader.
 */
export function QuestionItem({
  state,
  question,
  others,
}: {
  state: SessionState;
  question: Question;
  others: Question[];
}) {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.ui.language);
  const { run, busy, error } = useCommand();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [answerStatus, setAnswerStatus] = useState<QuestionStatus>(
    question.status === 'answered-on-spot' ? 'answered-on-spot' : 'answered',
  );
  const [saved, setSaved] = useState(false);
  const [mergeInto, setMergeInto] = useState('');
  const time = new Date(question.createdAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  const duplicates = Object.values(state.questions).filter((q) => q.mergedInto === question.id);

  const saveAnswer = async (e: FormEvent) => {
    e.preventDefault();
    const text = answer.trim();
    if (text === '') return;
    setSaved(false);
    const ack = await run({ type: 'question.answer', questionId: question.id, answer: text, status: answerStatus });
    if (ack.ok) setSaved(true);
  };

  return (
    <li className={`item desk-question${question.hidden ? ' desk-hidden' : ''}`}>
      <article aria-labelledby={`${id}-text`}>
        <p className="muted desk-meta">
          {question.authorId === null ? t('desk.inPerson') : t('desk.onPhone')} · {t('desk.asked', { time })} ·{' '}
          <span className={`desk-status desk-status-${question.status}`}>{t(`qstatus.${question.status}`)}</span>
        </p>
        <h3 id={`${id}-text`} className="desk-text">
          {question.text}
        </h3>
        {question.hidden && <p className="hint">{t('desk.hiddenNote')}</p>}
        {duplicates.length > 0 && (
          <div className="desk-duplicates">
            <h4>{t('desk.duplicates', { count: duplicates.length })}</h4>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <span>{d.text}</span>{' '}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void run({ type: 'question.merge', questionId: d.id, intoQuestionId: null })}
                  >
                    {t('desk.unmerge')}
                    <span className="visually-hidden">: {d.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="grid">
          <CategoryField
            id={`${id}-category`}
            label={t('desk.category')}
            categories={state.infoCategories}
            value={question.categoryId}
            disabled={busy}
            onChange={(categoryId) => void run({ type: 'question.triage', questionId: question.id, categoryId })}
          />
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('desk.status')}</label>
            <select
              id={`${id}-status`}
              value={question.status}
              disabled={busy}
              onChange={(e) =>
                void run({ type: 'question.triage', questionId: question.id, status: e.target.value as QuestionStatus })
              }
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`qstatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <form onSubmit={saveAnswer}>
          <div className="field">
            <label htmlFor={`${id}-answer`}>{t('desk.answer')}</label>
            <textarea
              id={`${id}-answer`}
              maxLength={LIMITS.answerText}
              value={answer}
              onChange={(e) => {
                setAnswer(e.target.value);
                setSaved(false);
              }}
            />
          </div>
          <div className="buttons">
            <div className="field">
              <label htmlFor={`${id}-answer-status`}>{t('desk.answerStatus')}</label>
              <select
                id={`${id}-answer-status`}
                value={answerStatus}
                onChange={(e) => setAnswerStatus(e.target.value as QuestionStatus)}
              >
                {(['answered', 'answered-on-spot', 'follow-up'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(`qstatus.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="submit"
              className="primary"
              disabled={
                busy || answer.trim() === '' || (answer.trim() === question.answer && answerStatus === question.status)
              }
            >
              {t('desk.saveAnswer')}
            </button>
          </div>
          <p role="status" className="ok">
            {saved ? t('desk.answerSaved') : ''}
          </p>
        </form>
        <div className="buttons">
          {others.length > 0 && (
            <form
              className="desk-merge"
              onSubmit={(e) => {
                e.preventDefault();
                if (mergeInto !== '')
                  void run({ type: 'question.merge', questionId: question.id, intoQuestionId: mergeInto });
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-merge`}>{t('desk.merge')}</label>
                <select id={`${id}-merge`} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
                  <option value="">{t('desk.mergeNone')}</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.text.length > 80 ? `${o.text.slice(0, 80)}…` : o.text}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" disabled={busy || mergeInto === ''}>
                {t('desk.mergeButton')}
              </button>
            </form>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => void run({ type: 'question.hide', questionId: question.id, hidden: !question.hidden })}
          >
            {question.hidden ? t('desk.unhide') : t('desk.hide')}
          </button>
        </div>
        <ErrorText error={error} />
      </article>
    </li>
  );
}
