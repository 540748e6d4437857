import { type FormEvent, type KeyboardEvent, type ReactNode, type RefObject, useId, useState } from 'react';
import { useT } from '../../../i18n';
import { ErrorLine } from '../ErrorLine';
import { parseMoveTarget, POOL_VALUE, splitThemes, themeValue } from './board';
import { type FocusWant, useBoard, usePlaceCards } from './boardContext';

/**
 * "Move to…": a select of the pool and every theme, and a button. Enter in the select moves too,
 * so a keyboard user never needs the pointer. Nothing happens on a mere change: arrowing through a
 * closed select in Chromium fires one per step, and each would move the card.
 */
export function MoveSelect({
  cardIds,
  from,
  label,
  focusCard,
  selectRef,
  onMoved,
  about,
  quiet = false,
}: {
  cardIds: string[];
  /** Where the cards are now (a theme id, or null: the pool); undefined: mixed, offer everything. */
  from?: string | null;
  label: ReactNode;
  /** The label only for screen readers: the select's first option says the same to the eye. */
  quiet?: boolean;
  /** The card whose select gets focus once it has moved (it is drawn anew in its new place). */
  focusCard: string;
  selectRef?: RefObject<HTMLSelectElement | null>;
  onMoved?: () => void;
  /** What the button moves, for its name ("Verplaats: Een buurthuis"): many look alike on the board. */
  about?: string;
}) {
  const t = useT();
  const { state } = useBoard();
  const { place, busy, error } = usePlaceCards();
  const [value, setValue] = useState('');
  const ids = { select: useId(), error: useId() };
  const { evening, proposals } = splitThemes(state);
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const target = parseMoveTarget(value);
    if (busy || target.kind === 'none' || cardIds.length === 0) return;
    const themeId = target.kind === 'pool' ? null : target.themeId;
    const focus: FocusWant = { kind: 'card', cardId: focusCard, themeId, control: 'move' };
    if (await place(cardIds, themeId, focus)) {
      setValue('');
      onMoved?.();
    }
  };
  const onKey = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void submit();
  };
  return (
    <form className="tb-move" onSubmit={(e) => void submit(e)}>
      <label htmlFor={ids.select} className={quiet ? 'visually-hidden' : 'tb-move-label'}>
        {label}
      </label>
      <div className="tb-move-row">
        <select
          id={ids.select}
          ref={selectRef}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKey}
          aria-describedby={error === null ? undefined : ids.error}
        >
          <option value="">{quiet ? t('harvest.move.label') : t('harvest.move.choose')}</option>
          {from !== null && <option value={POOL_VALUE}>{t('harvest.move.pool')}</option>}
          {evening
            .filter((theme) => theme.id !== from)
            .map((theme) => (
              <option key={theme.id} value={themeValue(theme.id)}>
                {theme.label}
              </option>
            ))}
          {proposals
            .filter((theme) => theme.id !== from)
            .map((theme) => (
              <option key={theme.id} value={themeValue(theme.id)}>
                {t('harvest.move.proposal', {
                  theme: theme.label,
                  table: state.tables.find((x) => x.id === theme.proposedBy)?.title ?? '',
                })}
              </option>
            ))}
        </select>
        <button type="submit" className="small" disabled={value === ''}>
          {t('harvest.move.button')}
          {about !== undefined && <span className="visually-hidden">: {about}</span>}
        </button>
      </div>
      <ErrorLine error={error} id={ids.error} />
    </form>
  );
}
