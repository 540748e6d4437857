import { useCallback, useMemo, useRef, useState } from 'react';
import type { SessionState } from '../../../../../shared/model/session';
import { useT } from '../../../i18n';
import { splitThemes } from './board';
import { type Board, BoardContext, type FocusWant, useTakeFocusIn } from './boardContext';
import { CardPool } from './CardPool';
import { NewThemeForm } from './NewThemeForm';
import { SelectionBar } from './SelectionBar';
import { ThemeCard } from './ThemeCard';

/**
 * The facilitator's themes board: the cards of every table in no theme yet, the themes of the
 * evening, and hosts' proposals apart. Every move works by keyboard (a select per card, up and
 * down within a theme, ticks for many at once); dragging is an extra for the mouse.
 */
export function ThemesBoard({ state }: { state: SessionState }) {
  const t = useT();
  const [selected, setSelectedSet] = useState<ReadonlySet<string>>(new Set());
  const [said, setSaid] = useState('');
  const [want, setWant] = useState<FocusWant | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const setSelected = useCallback((cardIds: string[], on: boolean) => {
    setSelectedSet((was) => {
      const next = new Set(was);
      for (const id of cardIds) on ? next.add(id) : next.delete(id);
      return next;
    });
  }, []);
  const clearSelection = useCallback(() => setSelectedSet(new Set()), []);
  // The same words twice in a row are not spoken again by every screen reader: alternate a space.
  const announce = useCallback((text: string) => setSaid((was) => (was === text ? `${text}\u00a0` : text)), []);
  const board: Board = useMemo(
    () => ({ state, selected, setSelected, clearSelection, announce, want, setWant, dragging, setDragging }),
    [state, selected, setSelected, clearSelection, announce, want, dragging],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useTakeFocusIn(board, heading, (w) => w.kind === 'board');
  const { evening, proposals } = splitThemes(state);
  return (
    <BoardContext.Provider value={board}>
      <section className="panel tb" aria-labelledby="tb-title">
        <h2 id="tb-title" ref={heading} tabIndex={-1}>
          {t('harvest.title')}
        </h2>
        <p className="muted">{t('harvest.intro')}</p>
        <p className="visually-hidden" role="status" aria-live="polite" data-testid="tb-live">
          {said}
        </p>
        <NewThemeForm />
        <SelectionBar />
        <div className="tb-layout">
          <CardPool />
          <div className="tb-themes-col">
            <section aria-labelledby="tb-evening">
              <h3 id="tb-evening" className="tb-list-title">
                {t('harvest.evening.title')} <span className="muted">({evening.length})</span>
              </h3>
              {evening.length === 0 ? (
                <p className="muted">{t('harvest.evening.none')}</p>
              ) : (
                <div className="tb-themes">
                  {evening.map((theme) => (
                    <ThemeCard key={theme.id} theme={theme} />
                  ))}
                </div>
              )}
            </section>
            {proposals.length > 0 && (
              <section aria-labelledby="tb-proposals">
                <h3 id="tb-proposals" className="tb-list-title">
                  {t('harvest.proposals.title')} <span className="muted">({proposals.length})</span>
                </h3>
                <p className="muted">{t('harvest.proposals.intro')}</p>
                <div className="tb-themes">
                  {proposals.map((theme) => (
                    <ThemeCard key={theme.id} theme={theme} />
                  ))}
                </div>
              </section>
            )}
          </div>
        </div>
      </section>
    </BoardContext.Provider>
  );
}
