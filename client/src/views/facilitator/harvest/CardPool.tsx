import { useId } from 'react';
import { useT } from '../../../i18n';
import { ErrorLine } from '../ErrorLine';
import { poolCards } from './board';
import { useBoard, useDropZone } from './boardContext';
import { CardItem } from './CardItem';

/** Every table's cards that are in no theme yet: where the work starts, and where cards go back to. */
export function CardPool() {
  const t = useT();
  const { state } = useBoard();
  const drop = useDropZone(null);
  const titleId = useId();
  const cards = poolCards(state);
  const any = Object.values(state.cards).some((card) => !card.hidden && card.mergedInto === null);
  return (
    <section
      className={['tb-pool', drop.over ? 'tb-drop-over' : ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      {...drop.props}
    >
      <h3 id={titleId}>
        {t('harvest.pool.title')} <span className="muted">({cards.length})</span>
      </h3>
      <ErrorLine error={drop.error} />
      {cards.length === 0 ? (
        <p className="muted tb-empty">{any ? t('harvest.pool.allPlaced') : t('harvest.pool.none')}</p>
      ) : (
        <ul className="list tb-cards">
          {cards.map((card, i) => (
            <CardItem key={card.id} card={card} theme={null} index={i} />
          ))}
        </ul>
      )}
    </section>
  );
}
