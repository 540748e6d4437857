import { useId, useRef, useState } from 'react';
import type { Question, QuestionStatus, SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { CategoryField } from '../../components/CategoryField';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useStore } from '../../store';

/** What the desk can set; "new" is only where a question starts. Done first: the common case. */
const SET_TO = ['answered', 'answered-on-spot', 'follow-up'] as const;

/**
 * One question at the desk: topic, answer and status (one row of buttons), merge into another
 * (duplicates are listed under the question they joined) and hide as abuse. Every control is a
 * labelled form control or a named button, so it works by keyboard and screen reader.
 */
export function QuestionItem({
  state,
  question,
  others,
  onStatusSet,
  level = 3,
}: {
  state: SessionState;
  question: Question;
  others: Question[];
  /** The question's heading level: 4 where a list groups the questions under headings of their own. */
  level?: 3 | 4;
  /** After the desk set a status: the queue moves focus on if the card left the list. */
  onStatusSet: (status: QuestionStatus) => void;
}) {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.ui.language);
  const { run, busy, error } = useCommand();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const [saved, setSaved] = useState<QuestionStatus | null>(null);
  const [missing, setMissing] = useState(false);
  const answerField = useRef<HTMLTextAreaElement>(null);
  const [mergeInto, setMergeInto] = useState('');
  const time = new Date(question.createdAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  const Heading = level === 3 ? 'h3' : 'h4';
  const SubHeading = level === 3 ? 'h4' : 'h5';
  const duplicates = Object.values(state.questions).filter((q) => q.mergedInto === question.id);

  // One control for where the question stands. A new or changed answer goes out with it; without
  // one the status alone changes ("answered" needs an answer: the rules refuse it without).
  const setStatus = async (status: (typeof SET_TO)[number]) => {
    const text = answer.trim();
    if (status === 'answered' && text === '' && question.answer === null) {
      setMissing(true);
      answerField.current?.focus();
      return;
    }
    setMissing(false);
    setSaved(null);
    const ack = await run(
      text !== '' && text !== question.answer
        ? { type: 'question.answer', questionId: question.id, answer: text, status }
        : { type: 'question.triage', questionId: question.id, status },
    );
    if (ack.ok) {
      setSaved(status);
      onStatusSet(status);
    }
  };

  return (
    <li className={`item desk-question${question.hidden ? ' desk-hidden' : ''}`}>
      <article aria-labelledby={`${id}-text`}>
        <p className="muted desk-meta">
          {question.authorId === null ? t('desk.inPerson') : t('desk.onPhone')} · {t('desk.asked', { time })} ·{' '}
          <span className={`desk-status desk-status-${question.status}`}>{t(`qstatus.${question.status}`)}</span>
        </p>
        <Heading id={`${id}-text`} className="desk-text" tabIndex={-1}>
          {question.text}
        </Heading>
        {question.hidden && <p className="hint">{t('desk.hiddenNote')}</p>}
        {duplicates.length > 0 && (
          <div className="desk-duplicates">
            <SubHeading>{t('desk.duplicates', { count: duplicates.length })}</SubHeading>
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
        <CategoryField
          id={`${id}-category`}
          label={t('desk.category')}
          categories={state.infoCategories}
          value={question.categoryId}
          disabled={busy}
          onChange={(categoryId) => void run({ type: 'question.triage', questionId: question.id, categoryId })}
        />
        <div className="field">
          <label htmlFor={`${id}-answer`}>{t('desk.answer')}</label>
          <textarea
            id={`${id}-answer`}
            ref={answerField}
            aria-describedby={`${id}-answer-hint`}
            maxLength={LIMITS.answerText}
            value={answer}
            onChange={(e) => {
              setAnswer(e.target.value);
              setSaved(null);
              setMissing(false);
            }}
          />
          <p id={`${id}-answer-hint`} className="hint">
            {t('desk.answerHint')}
          </p>
        </div>
        <div className="desk-set" role="group" aria-labelledby={`${id}-status`}>
          <p id={`${id}-status`} className="desk-set-label">
            {t('desk.status')}
          </p>
          <div className="buttons">
            {SET_TO.map((s) => (
              <button
                key={s}
                type="button"
                aria-pressed={question.status === s}
                disabled={busy}
                onClick={() => void setStatus(s)}
              >
                {t(`qstatus.${s}`)}
              </button>
            ))}
          </div>
        </div>
        <p role="status" className={missing ? 'error' : 'ok'}>
          {missing
            ? t('desk.needAnswer', { onSpot: t('qstatus.answered-on-spot') })
            : saved !== null
              ? t('desk.saved', { status: t(`qstatus.${saved}`) })
              : ''}
        </p>
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
