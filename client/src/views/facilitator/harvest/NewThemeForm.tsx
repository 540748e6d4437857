import { nanoid } from 'nanoid';
import { type FormEvent, useId, useState } from 'react';
import { LIMITS } from '../../../../../shared/protocol/limits';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { ErrorLine } from '../ErrorLine';
import { liveSelection } from './board';
import { useBoard } from './boardContext';

/** A new theme of the evening; the ticked cards, if any, go straight into it. */
export function NewThemeForm() {
  const t = useT();
  const board = useBoard();
  const { run, busy, error } = useCommand();
  const [label, setLabel] = useState('');
  const ids = { field: useId(), hint: useId(), error: useId() };
  const cardIds = liveSelection(board.state, board.selected);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const name = label.trim();
    if (busy || name === '') return;
    const themeId = nanoid();
    const ack = await run({ type: 'theme.create', themeId, label: name, cardIds });
    if (!ack.ok) return;
    setLabel('');
    board.clearSelection();
    board.announce(
      cardIds.length === 0
        ? t('harvest.created', { theme: name })
        : t('harvest.createdWith', { theme: name, count: cardIds.length }),
    );
  };
  return (
    <form className="tb-new" onSubmit={(e) => void create(e)}>
      <label htmlFor={ids.field}>{t('harvest.new.label')}</label>
      <div className="tb-move-row">
        <input
          id={ids.field}
          type="text"
          value={label}
          maxLength={LIMITS.title}
          onChange={(e) => setLabel(e.target.value)}
          aria-describedby={[ids.hint, error === null ? '' : ids.error].filter(Boolean).join(' ')}
        />
        <button type="submit" className="primary" disabled={label.trim() === ''}>
          {t('harvest.new.button')}
        </button>
      </div>
      <p id={ids.hint} className="hint">
        {cardIds.length === 0 ? t('harvest.new.hint') : t('harvest.new.withSelected', { count: cardIds.length })}
      </p>
      <ErrorLine error={error} id={ids.error} />
    </form>
  );
}
