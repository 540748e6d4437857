import { useState } from 'react';
import type { ScreenFocusView, SessionState } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { ErrorLine } from '../ErrorLine';

const VIEWS: readonly ScreenFocusView[] = ['auto', 'themes', 'cloud', 'groups'];
const LABELS = {
  auto: 'wrapup.screen.auto',
  themes: 'wrapup.screen.themes',
  cloud: 'wrapup.screen.cloud',
  groups: 'wrapup.screen.groups',
} as const;

/**
 * What the projector shows: the phase's own layout, or the themes, the word cloud (of the evening
 * or one table) or the votes by group. A choice goes to the screen at once; what is checked is
 * what the server says the screen shows, so two facilitators see the same.
 */
export function ScreenPicker({ state }: { state: SessionState }) {
  const t = useT();
  const { run, busy, error } = useCommand();
  const focus = state.screenFocus ?? { view: 'auto' as const, tableId: null };
  // The choice shows at once; the server's answer (or its refusal) then takes over again.
  const [pending, setPending] = useState<ScreenFocusView | null>(null);
  const show = (view: ScreenFocusView, tableId: string | null = null) => {
    setPending(view);
    void run({ type: 'screen.show', view, tableId }).finally(() => setPending(null));
  };
  const checked = pending ?? focus.view;
  const table = focus.tableId === null ? undefined : state.tables.find((x) => x.id === focus.tableId);
  const live = state.status === 'live';
  return (
    <section className="panel" aria-labelledby="screen-pick-title">
      <h2 id="screen-pick-title">{t('wrapup.screen.title')}</h2>
      <p role="status">
        {focus.view === 'cloud' && table !== undefined
          ? t('wrapup.screen.nowTable', { what: t(LABELS.cloud), table: table.title })
          : t('wrapup.screen.now', { what: t(LABELS[focus.view]) })}
      </p>
      <fieldset disabled={!live}>
        <legend>{t('wrapup.screen.choose')}</legend>
        {VIEWS.map((v) => (
          <label key={v} className="check">
            <input
              type="radio"
              name="screen-view"
              value={v}
              checked={checked === v}
              disabled={busy}
              onChange={() => show(v, v === 'cloud' ? focus.tableId : null)}
            />
            {t(LABELS[v])}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('wrapup.screen.table')}</span>
        <select
          value={focus.view === 'cloud' ? (focus.tableId ?? '') : ''}
          disabled={!live || busy}
          onChange={(e) => show('cloud', e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('wrapup.cloud.all')}</option>
          {state.tables.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
      </label>
      <ErrorLine error={error} />
    </section>
  );
}
