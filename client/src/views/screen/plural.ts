import type { Translate } from '../../i18n';

type Counted = 'screen.joined' | 'screen.people' | 'screen.dots';

/** "1 stip" / "3 stippen": a count with its own word for one. */
export function plural(t: Translate, key: Counted, count: number): string {
  return count === 1 ? t(`${key}One`) : t(key, { count });
}
