import { useT } from '../../../i18n';
import { liveSelection } from './board';
import { useBoard } from './boardContext';
import { MoveSelect } from './MoveSelect';

/** Shown while cards are ticked: move them all at once, or untick them. */
export function SelectionBar() {
  const t = useT();
  const board = useBoard();
  const cardIds = liveSelection(board.state, board.selected);
  const first = cardIds[0];
  if (first === undefined) return null;
  return (
    <div className="tb-selection" role="group" aria-label={t('harvest.bulk.group')}>
      <p className="tb-selection-count">{t('harvest.bulk.count', { count: cardIds.length })}</p>
      <MoveSelect
        cardIds={cardIds}
        focusCard={first}
        label={t('harvest.bulk.label')}
        onMoved={board.clearSelection}
        about={t('harvest.bulk.count', { count: cardIds.length })}
      />
      <button
        type="button"
        className="small"
        onClick={() => {
          board.clearSelection();
          // The bar goes with the selection: the board's heading keeps the place.
          board.setWant({ kind: 'board' });
        }}
      >
        {t('harvest.bulk.clear')}
      </button>
    </div>
  );
}
