import { createContext, type DragEvent, type RefObject, useContext, useEffect, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { themesOf } from '../../../../../shared/model/session';
import { themeOfCard } from '../../../../../shared/rules/themes';
import { useT } from '../../../i18n';
import { useCommand } from '../../../net/useCommand';

/**
 * Where focus goes once a command is acked. The card or theme it names is often drawn anew in
 * another list (a moved card), so the element that matches takes it when it appears.
 */
export type FocusWant =
  | { kind: 'card'; cardId: string; themeId: string | null; control: 'move' | 'up' | 'down'; index?: number }
  | { kind: 'theme'; themeId: string }
  | { kind: 'board' };

export type Board = {
  state: SessionState;
  /** Ticked cards (pool and themes alike): bulk moves, a new theme, a split. */
  selected: ReadonlySet<string>;
  setSelected: (cardIds: string[], on: boolean) => void;
  clearSelection: () => void;
  announce: (text: string) => void;
  want: FocusWant | null;
  setWant: (want: FocusWant | null) => void;
  /** The card being dragged, if any (drop zones only light up then). */
  dragging: string | null;
  setDragging: (cardId: string | null) => void;
};

export const BoardContext = createContext<Board | null>(null);

export function useBoard(): Board {
  const board = useContext(BoardContext);
  if (board === null) throw new Error('useBoard outside the themes board');
  return board;
}

/** Focuses `ref` when the wanted focus matches this element, then forgets the wish. */
export function useTakeFocus(ref: RefObject<HTMLElement | null>, matches: (want: FocusWant) => boolean) {
  useTakeFocusIn(useBoard(), ref, matches);
}

/** The same, for the board itself (it holds the context rather than reading it). */
export function useTakeFocusIn(
  { want, setWant }: Pick<Board, 'want' | 'setWant'>,
  ref: RefObject<HTMLElement | null>,
  matches: (want: FocusWant) => boolean,
) {
  // Runs after every render: the element may only now be in its new place.
  useEffect(() => {
    if (want === null || !matches(want) || ref.current === null) return;
    ref.current.focus();
    setWant(null);
  });
}

export function themeName(state: SessionState, themeId: string): string {
  const themes = themesOf(state);
  return Object.hasOwn(themes, themeId) ? themes[themeId]!.label : '';
}

/**
 * theme.place from one control: its own busy state and error (shown next to it), and on success
 * a spoken line and focus where the card went.
 */
export function usePlaceCards() {
  const t = useT();
  const board = useBoard();
  const { run, busy, error } = useCommand();
  const place = async (cardIds: string[], themeId: string | null, focus: FocusWant | null, index?: number) => {
    const ack = await run({ type: 'theme.place', cardIds, themeId, ...(index === undefined ? {} : { index }) });
    if (!ack.ok) return false;
    const theme = themeId === null ? '' : themeName(board.state, themeId);
    if (index !== undefined && themeId !== null) {
      const others = (themesOf(board.state)[themeId]?.cardIds ?? []).filter((id) => !cardIds.includes(id));
      const total = others.length + cardIds.length;
      board.announce(t('harvest.moved.place', { n: Math.min(index, others.length) + 1, total, theme }));
    } else if (cardIds.length === 1) {
      board.announce(themeId === null ? t('harvest.moved.pool') : t('harvest.moved.theme', { theme }));
    } else {
      board.announce(
        themeId === null
          ? t('harvest.moved.manyPool', { count: cardIds.length })
          : t('harvest.moved.many', { count: cardIds.length, theme }),
      );
    }
    if (focus !== null) board.setWant(focus);
    return true;
  };
  return { place, busy, error };
}

/** Dragged cards carry their id under a type of our own, so a dropped file or text is ignored. */
export const CARD_DRAG_TYPE = 'application/x-tafelronde-card';

/**
 * A list cards can be dropped on: the pool (null) or a theme. Dropped on a card of a theme, the
 * card takes that one's place; anywhere else in the theme it goes to the end.
 */
export function useDropZone(themeId: string | null) {
  const board = useBoard();
  const { place, error } = usePlaceCards();
  const [over, setOver] = useState(false);
  const ours = (e: DragEvent) => e.dataTransfer.types.includes(CARD_DRAG_TYPE);
  const props = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!ours(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (!over) setOver(true);
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      setOver(false);
      if (!ours(e)) return;
      e.preventDefault();
      const cardId = e.dataTransfer.getData(CARD_DRAG_TYPE);
      board.setDragging(null);
      const item = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-index]') : null;
      const index =
        themeId !== null && item !== null && e.currentTarget.contains(item) ? Number(item.dataset.index) : undefined;
      const now = themeOfCard(board.state, cardId)?.id ?? null;
      if (cardId === '' || (now === themeId && index === undefined)) return;
      void place([cardId], themeId, { kind: 'card', cardId, themeId, control: 'move' }, index);
    },
  };
  return { props, over, error };
}
