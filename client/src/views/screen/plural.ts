import type { Translate } from '../../i18n';

type Counted = 'screen2.joined' | 'screen2.people' | 'screen2.dots';

/** "1 stip" / "3 stippen": a count with its own word for one. */
export function plural(t: Translate, key: Counted, count: number): string {
  return count === 1 ? t(`${key}One`) : t(key, { count });
}
