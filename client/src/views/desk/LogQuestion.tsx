import { nanoid } from 'nanoid';
import { useId, useState, type FormEvent } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { CategoryField } from '../../components/CategoryField';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

/** A question someone asks at the desk in person: logged without a participant behind it. */
export function LogQuestion({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [categoryId, setCategoryId] = useState(state.infoCategories[0]?.id ?? '');
  const [text, setText] = useState('');
  const [logged, setLogged] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (value === '' || categoryId === '') return;
    setLogged(false);
    // The id is made here, so a retry after a dropped connection never logs it twice.
    const ack = await run({ type: 'question.ask', questionId: nanoid(), categoryId, text: value });
    if (ack.ok) {
      setText('');
      setLogged(true);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('deskApp.log')}</h2>
      <p className="hint">{t('deskApp.logHint')}</p>
      <form onSubmit={submit}>
        <CategoryField
          id={`${id}-category`}
          label={t('deskApp.category')}
          categories={state.infoCategories}
          value={categoryId}
          onChange={setCategoryId}
        />
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('deskApp.logText')}</label>
          <textarea
            id={`${id}-text`}
            maxLength={LIMITS.questionText}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setLogged(false);
            }}
          />
        </div>
        <button type="submit" className="primary" disabled={busy || text.trim() === '' || categoryId === ''}>
          {t('deskApp.logButton')}
        </button>
        <p role="status" className="ok">
          {logged ? t('deskApp.logged') : ''}
        </p>
        <ErrorText error={error} />
      </form>
    </section>
  );
}
