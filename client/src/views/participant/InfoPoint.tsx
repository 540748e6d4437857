import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { CategoryField } from '../../components/CategoryField';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCan } from '../../net/useCan';
import { useCommand } from '../../net/useCommand';

/** Ask the info point any time; your own questions, their status and (later) the answer. */
export function InfoPoint({ state, me }: { state: SessionState; me: string }) {
  const t = useT();
  const id = useId();
  const mine = Object.values(state.questions)
    .filter((q) => q.authorId === me)
    .sort((a, b) => b.createdAt - a.createdAt);
  const can = useCan(state);
  const open = can({
    type: 'question.ask',
    questionId: 'probe',
    categoryId: state.infoCategories[0]?.id ?? '',
    text: '?',
  }).ok;
  const category = (categoryId: string) => state.infoCategories.find((c) => c.id === categoryId)?.label ?? '';
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('part.ask.title')}</h2>
      {open ? <AskForm state={state} /> : <p className="muted">{t('part.ask.closed')}</p>}
      {mine.length > 0 && (
        <>
          <h3 id={`${id}-mine`}>{t('part.ask.mine')}</h3>
          <ul className="list" aria-labelledby={`${id}-mine`}>
            {mine.map((q) => (
              <li key={q.id} className="item">
                <p className="muted small">{category(q.categoryId)}</p>
                <p>{q.text}</p>
                <p className="small">
                  {t('part.ask.status')}: <strong>{t(`qstatus.${q.status}`)}</strong>
                </p>
                {q.answer !== null && (
                  <p className="answer">
                    <strong>{t('part.ask.answer')}:</strong> {q.answer}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AskForm({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [categoryId, setCategoryId] = useState(state.infoCategories[0]?.id ?? '');
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (value === '') return;
    setSent(false);
    const ack = await run({ type: 'question.ask', questionId: nanoid(), categoryId, text: value });
    if (ack.ok) {
      setText('');
      setSent(true);
    }
  };
  return (
    <form onSubmit={submit}>
      <p className="hint">{t('part.ask.hint')}</p>
      <CategoryField
        id={`${id}-category`}
        label={t('part.ask.category')}
        categories={state.infoCategories}
        value={categoryId}
        onChange={setCategoryId}
      />
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('part.ask.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          maxLength={LIMITS.questionText}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSent(false);
          }}
        />
      </div>
      <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
        {t('part.ask.send')}
      </button>
      <p role="status" className="ok">
        {sent ? t('part.ask.sent') : null}
      </p>
      <ErrorText error={error} />
    </form>
  );
}
