import { useRef } from 'react';
import type { Card, Theme } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { ErrorLine } from '../ErrorLine';
import { shortText, stepIndex } from './board';
import { CARD_DRAG_TYPE, useBoard, usePlaceCards, useTakeFocus } from './boardContext';
import { MoveSelect } from './MoveSelect';

/**
 * One card on the board: tick it, move it with the select, shift it up or down in its theme, or
 * drag it. Whichever moved it, focus follows it to where it lands.
 */
export function CardItem({ card, theme, index }: { card: Card; theme: Theme | null; index: number }) {
  const t = useT();
  const board = useBoard();
  const { place, busy, error } = usePlaceCards();
  const themeId = theme?.id ?? null;
  const refs = {
    move: useRef<HTMLSelectElement>(null),
    up: useRef<HTMLButtonElement>(null),
    down: useRef<HTMLButtonElement>(null),
  };
  const total = theme?.cardIds.length ?? 0;
  const up = theme === null ? null : stepIndex(theme, card.id, -1);
  const down = theme === null ? null : stepIndex(theme, card.id, 1);
  const here = (w: { cardId: string; themeId: string | null; index?: number }) =>
    w.cardId === card.id && w.themeId === themeId && (w.index === undefined || w.index === index);
  // At the top "up" is disabled and cannot hold focus: its neighbour takes it.
  useTakeFocus(refs.move, (w) => w.kind === 'card' && here(w) && w.control === 'move');
  useTakeFocus(refs.up, (w) => w.kind === 'card' && here(w) && w.control === 'up' && up !== null);
  useTakeFocus(refs.down, (w) => w.kind === 'card' && here(w) && w.control === 'down' && down !== null);
  useTakeFocus(refs.down, (w) => w.kind === 'card' && here(w) && w.control === 'up' && up === null);
  useTakeFocus(refs.up, (w) => w.kind === 'card' && here(w) && w.control === 'down' && down === null);
  useTakeFocus(refs.move, (w) => w.kind === 'card' && here(w) && w.control !== 'move' && up === null && down === null);

  const step = (to: number | null, control: 'up' | 'down') => {
    // Not disabled while busy: a focused button that turns disabled drops the focus.
    if (busy || to === null || themeId === null) return;
    void place([card.id], themeId, { kind: 'card', cardId: card.id, themeId, control, index: to }, to);
  };
  const table = board.state.tables.find((x) => x.id === card.tableId)?.title ?? '';
  const about = shortText(card.text);
  const checked = board.selected.has(card.id);
  return (
    <li
      className={['item', 'tb-card', checked ? 'tb-card-on' : '', board.dragging === card.id ? 'tb-card-dragging' : '']
        .filter(Boolean)
        .join(' ')}
      data-index={index}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(CARD_DRAG_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
        board.setDragging(card.id);
      }}
      onDragEnd={() => board.setDragging(null)}
    >
      <label className="check tb-card-check">
        <input type="checkbox" checked={checked} onChange={(e) => board.setSelected([card.id], e.target.checked)} />
        <span>
          <span className="card-text">{card.text}</span>
          <span className="card-meta tb-card-table">{table}</span>
        </span>
      </label>
      <div className="tb-card-tools">
        <MoveSelect
          cardIds={[card.id]}
          from={themeId}
          focusCard={card.id}
          selectRef={refs.move}
          about={about}
          quiet
          label={
            <>
              {t('harvest.move.label')}
              <span className="visually-hidden">: {about}</span>
            </>
          }
        />
        {theme !== null && total > 1 && (
          <div className="buttons tight tb-steps">
            <button ref={refs.up} type="button" className="small" disabled={up === null} onClick={() => step(up, 'up')}>
              <span aria-hidden="true">↑ </span>
              {t('harvest.move.up')}
              <span className="visually-hidden">: {about}</span>
            </button>
            <button
              ref={refs.down}
              type="button"
              className="small"
              disabled={down === null}
              onClick={() => step(down, 'down')}
            >
              <span aria-hidden="true">↓ </span>
              {t('harvest.move.down')}
              <span className="visually-hidden">: {about}</span>
            </button>
            <span className="visually-hidden">{t('harvest.card.place', { n: index + 1, total })}</span>
          </div>
        )}
      </div>
      <ErrorLine error={error} />
    </li>
  );
}
