import { useId, useRef } from 'react';
import type { Theme } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';
import { ErrorLine } from '../ErrorLine';
import { sourceTables, themeCards } from './board';
import { useBoard, useDropZone, useTakeFocus } from './boardContext';
import { CardItem } from './CardItem';
import { DeleteTheme, MergeTheme, RenameTheme, SplitTheme } from './ThemeTools';

/**
 * A theme: its name, where its cards come from, the cards in order, and what the facilitator can
 * do with it. A host's proposal says whose it is and can be accepted.
 */
export function ThemeCard({ theme }: { theme: Theme }) {
  const t = useT();
  const board = useBoard();
  const { state } = board;
  const heading = useRef<HTMLHeadingElement>(null);
  useTakeFocus(heading, (w) => w.kind === 'theme' && w.themeId === theme.id);
  const drop = useDropZone(theme.id);
  const cards = themeCards(state, theme);
  const from = sourceTables(state, theme);
  const titleId = useId();
  const ticked = cards.filter((card) => board.selected.has(card.id)).map((card) => card.id);
  return (
    <section
      className={['tb-theme', theme.proposedBy !== null ? 'tb-theme-proposal' : '', drop.over ? 'tb-drop-over' : '']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={titleId}
      {...drop.props}
    >
      <div className="tb-theme-head">
        <h3 id={titleId} ref={heading} tabIndex={-1}>
          {theme.label}
        </h3>
        <RenameTheme theme={theme} />
      </div>
      {theme.proposedBy !== null && <Proposal theme={theme} />}
      <p className="card-meta">
        {t('harvest.theme.cards', { count: cards.length })}
        {from.length > 0 && <> · {t('harvest.theme.from', { tables: from.join(', ') })}</>}
      </p>
      <ErrorLine error={drop.error} />
      {cards.length === 0 ? (
        <p className="muted tb-empty">{t('harvest.theme.empty')}</p>
      ) : (
        <ul className="list tb-cards">
          {cards.map((card, i) => (
            <CardItem key={card.id} card={card} theme={theme} index={i} />
          ))}
        </ul>
      )}
      {ticked.length > 0 && <SplitTheme theme={theme} cardIds={ticked} />}
      <div className="tb-theme-tools">
        <MergeTheme theme={theme} />
        <DeleteTheme theme={theme} />
      </div>
    </section>
  );
}

function Proposal({ theme }: { theme: Theme }) {
  const t = useT();
  const board = useBoard();
  const { run, busy, error } = useCommand();
  const table = board.state.tables.find((x) => x.id === theme.proposedBy)?.title ?? '';
  const accept = async () => {
    if (busy) return;
    const ack = await run({ type: 'theme.accept', themeId: theme.id });
    if (!ack.ok) return;
    board.announce(t('harvest.accepted', { theme: theme.label }));
    // The theme moves to the evening's list, drawn anew there: its heading takes the focus.
    board.setWant({ kind: 'theme', themeId: theme.id });
  };
  return (
    <div className="tb-proposal">
      <p className="tb-proposal-by">{t('harvest.proposal.by', { table })}</p>
      <button type="button" className="small primary" onClick={() => void accept()}>
        {t('harvest.accept')}
        <span className="visually-hidden">: {theme.label}</span>
      </button>
      <ErrorLine error={error} />
    </div>
  );
}
