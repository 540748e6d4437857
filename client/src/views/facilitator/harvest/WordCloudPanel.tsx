import { useMemo, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { cloudCards } from '../../../components/cloud-words';
import { WordCloud } from '../../../components/WordCloud';
import { useT } from '../../../i18n';

/** The word cloud in the cockpit: of the evening or one table, to look at before putting it on the screen. */
export function WordCloudPanel({ state }: { state: SessionState }) {
  const t = useT();
  const [tableId, setTableId] = useState('');
  // A table that was taken away falls back to the whole evening.
  const table = state.tables.some((x) => x.id === tableId) ? tableId : '';
  const cards = useMemo(() => cloudCards(state.cards, table === '' ? null : table), [state.cards, table]);
  return (
    <section className="panel" aria-labelledby="cloud-panel-title">
      <h2 id="cloud-panel-title">{t('wrapup.cloud.title')}</h2>
      <label className="field">
        <span>{t('wrapup.cloud.table')}</span>
        <select value={table} onChange={(e) => setTableId(e.target.value)}>
          <option value="">{t('wrapup.cloud.all')}</option>
          {state.tables.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
      </label>
      <WordCloud cards={cards} language={state.language} limit={40} variant="panel" />
    </section>
  );
}
