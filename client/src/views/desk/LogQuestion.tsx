import { nanoid } from 'nanoid';
import { useId, useState } from 'react';
import type { SessionState } from '../../../../shared/model/session';
import { LIMITS } from '../../../../shared/protocol/limits';
import { CategoryField } from '../../components/CategoryField';
import { SendTextForm } from '../../components/SendTextForm';
import { useT } from '../../i18n';

/** A question someone asks at the desk in person: logged without a participant behind it. */
export function LogQuestion({ state }: { state: SessionState }) {
  const t = useT();
  const id = useId();
  const [categoryId, setCategoryId] = useState(state.infoCategories[0]?.id ?? '');
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('desk.log')}</h2>
      <p className="hint">{t('desk.logHint')}</p>
      <SendTextForm
        label={t('desk.logText')}
        maxLength={LIMITS.questionText}
        sendLabel={t('desk.logButton')}
        sentText={t('desk.logged')}
        ready={categoryId !== ''}
        command={(text) => ({ type: 'question.ask', questionId: nanoid(), categoryId, text })}
      >
        <CategoryField
          id={`${id}-category`}
          label={t('desk.category')}
          categories={state.infoCategories}
          value={categoryId}
          onChange={setCategoryId}
        />
      </SendTextForm>
    </section>
  );
}
