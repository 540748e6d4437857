import { assertNever } from '../../../../../shared/assert-never';
import type { QualityFact } from '../../../../../shared/rotation/describe';
import type { Translate } from '../../../i18n';

/** One fact about a plan in the facilitator's language; rounds shown from 1. */
export function factWords(t: Translate, fact: QualityFact, table: (id: string) => string): string {
  switch (fact.kind) {
    case 'revisits':
      return t('plan.fact.revisits', { count: fact.visits });
    case 'capacity':
      return t('plan.fact.capacity', { count: fact.seats });
    case 'crowded':
      return t('plan.fact.crowded', {
        round: fact.round + 1,
        table: table(fact.tableId),
        people: fact.people,
        max: fact.max,
      });
    case 'empty':
      return t('plan.fact.empty', {
        round: fact.round + 1,
        table: table(fact.tableId),
        count: fact.people,
        min: fact.min,
      });
    case 'prefHit':
      return t('plan.fact.prefHit', { percent: fact.percent });
    case 'repeats':
      return t('plan.fact.repeats', { count: fact.pairs });
    case 'mix':
      return fact.off === 0 ? t('plan.fact.mixGood') : t('plan.fact.mix');
    case 'seats':
      return fact.min === fact.max
        ? t('plan.fact.seatsEven', { round: fact.round + 1, count: fact.min })
        : t('plan.fact.seats', { round: fact.round + 1, min: fact.min, max: fact.max });
    default:
      return assertNever(fact);
  }
}

/** Broken rules are what a facilitator must act on: shown as warnings. */
export function isBreak(fact: QualityFact): boolean {
  return fact.kind === 'revisits' || fact.kind === 'capacity' || fact.kind === 'crowded' || fact.kind === 'empty';
}
