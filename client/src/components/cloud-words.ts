import type { Card } from '../../../shared/model/session';
import type { Keyword } from '../../../shared/harvest';

/** How many font sizes the cloud uses: few enough that each step is clearly bigger than the last. */
export const CLOUD_STEPS = 5;

export type CloudWord = Keyword & { step: number };

/**
 * The cards a word cloud is made of: those the room may see (not hidden, not merged away), of
 * the evening or of one table.
 */
export function cloudCards(cards: Record<string, Card>, tableId: string | null): Card[] {
  return Object.values(cards).filter(
    (c) => !c.hidden && c.mergedInto === null && (tableId === null || c.tableId === tableId),
  );
}

/**
 * Each word with its size step, 1 (smallest) to `steps`: linear in the weight between the
 * lightest and heaviest word, so one word on every card is biggest and words said once are
 * smallest. When every word weighs the same there is nothing to stress: all get the middle step.
 */
export function cloudSteps(words: readonly Keyword[], steps = CLOUD_STEPS): CloudWord[] {
  if (words.length === 0) return [];
  const weights = words.map((w) => w.weight);
  const min = Math.min(...weights);
  const max = Math.max(...weights);
  return words.map((w) => ({
    ...w,
    step: max === min ? Math.ceil(steps / 2) : 1 + Math.round(((w.weight - min) / (max - min)) * (steps - 1)),
  }));
}

/**
 * The order the cloud lays words out in: heaviest in the middle, lighter ones alternately
 * before and after, so the big words are not all on the first line and the eye starts in the
 * centre. Stable: the same words always give the same picture, so it does not jump on each card.
 */
export function cloudLayout<T>(byWeight: readonly T[]): T[] {
  const before: T[] = [];
  const after: T[] = [];
  byWeight.forEach((w, i) => {
    if (i % 2 === 0) after.push(w);
    else before.push(w);
  });
  return [...before.reverse(), ...after];
}
