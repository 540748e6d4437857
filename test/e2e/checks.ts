import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 AA by axe on what the page shows now, and nothing sticking out sideways (a page people
 * would have to pan at 360 px). `include` narrows axe to one part; `everyImpact` fails on minor and
 * moderate findings too, not only serious and critical ones; `sideways: false` skips the width check
 * (a projector layout that scrolls on purpose).
 */
export async function expectAccessible(
  page: Page,
  screen: string,
  options: { include?: string; everyImpact?: boolean; sideways?: boolean } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  const result = await (options.include === undefined ? builder : builder.include(options.include)).analyze();
  const bad = result.violations
    .filter((v) => options.everyImpact === true || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
  if (options.sideways === false) return;
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
}
