import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/** Issue 17, point 19 (a, b): merging duplicates offers only one table's cards, and a merge can be undone. */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
/** "Voeg hierbij: Een buurthuis": the visible word and the card it is about. */
const about = (action: string, card: string) =>
  new RegExp(`^${action}\\s*: ${card.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function evening(url: string) {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await response.json()) as CreateSessionResponse;
  const fac = new TestClient(url, { kind: 'facilitator', token: links.facilitator.split('#')[1]! });
  const host = new TestClient(url, { kind: 'host', code: links.hosts[0]!.code });
  const other = new TestClient(url, { kind: 'host', code: links.hosts[1]!.code });
  await Promise.all([fac.ready(), host.ready(), other.ready()]);
  while (currentRound(fac.state as SessionState) !== 1) await fac.ok({ type: 'phase.advance' });
  await host.ok({ type: 'card.add', cardId: 'hall', text: 'Een buurthuis' });
  await host.ok({ type: 'card.add', cardId: 'hall2', text: 'Een buurthuis!' });
  // Another table's highlight: every tablet holds it (for the vote), none may merge with it.
  await other.ok({ type: 'card.add', cardId: 'elsewhere', text: 'Een buurthuis graag' });
  await other.ok({ type: 'card.highlight', cardId: 'elsewhere', on: true });
  await host.until((s) => s.cards.elsewhere !== undefined, 'the other highlight on the tablet');
  return {
    links,
    fac,
    host,
    other,
    close: () => {
      for (const c of [fac, host, other]) c.close();
    },
  };
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 360, height: 640 },
]) {
  test(`a host merges a duplicate of their own table and undoes it (${viewport.width}×${viewport.height})`, async ({
    browser,
    server,
  }) => {
    const e = await evening(server.url);
    const context = await browser.newContext({ baseURL: server.url, viewport });
    try {
      const page = await context.newPage();
      await page.goto(e.links.hosts[0]!.link);
      await page.getByRole('button', { name: nl['host.view.harvest'] }).click();
      const harvest = page.getByRole('region', { name: nl['host.harvest.title'] });
      await harvest.getByRole('button', { name: about(nl['host.merge.start'], 'Een buurthuis!') }).click();
      await expect(harvest.getByText(fill(nl['host.merge.pick'], { text: 'Een buurthuis!' }))).toBeVisible();
      // Offered: this table's other card, and nothing of another table.
      const into = harvest.getByRole('button', { name: new RegExp(`^${nl['host.merge.into']}`) });
      await expect(into).toHaveCount(1);
      await expect(into).toHaveAccessibleName(about(nl['host.merge.into'], 'Een buurthuis'));
      await into.click();
      await e.fac.until((s) => s.cards.hall2?.mergedInto === 'hall', 'the merge');

      const undo = harvest.getByRole('button', { name: about(nl['host.merge.undo'], 'Een buurthuis!') });
      await expect(undo).toBeVisible();
      await expect(harvest.getByText(nl['host.merge.merged'])).toBeVisible();
      await axe(page);
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/host-merged-${viewport.width}.png`, fullPage: true });

      await undo.click();
      await e.fac.until((s) => s.cards.hall2?.mergedInto === null, 'the undo');
      await expect(undo).toHaveCount(0);
      await expect(
        harvest.getByRole('button', { name: about(nl['host.merge.start'], 'Een buurthuis!') }),
      ).toBeVisible();
    } finally {
      e.close();
      await context.close();
    }
  });
}

test('the cockpit offers a duplicate only its own table to merge into, and undoes a merge', async ({
  browser,
  server,
}) => {
  const e = await evening(server.url);
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(e.links.facilitator);
    const feed = page.getByRole('region', { name: nl['fac.liveCards'] });
    await feed.getByRole('button', { name: about(nl['cockpit.duplicate'], 'Een buurthuis!') }).click();
    const into = feed.getByRole('button', { name: new RegExp(`^${nl['cockpit.mergeHere']}`) });
    await expect(into).toHaveCount(1);
    await expect(into).toHaveAccessibleName(about(nl['cockpit.mergeHere'], 'Een buurthuis'));
    await into.click();
    await e.host.until((s) => s.cards.hall2?.mergedInto === 'hall', 'the merge on the tablet');
    await feed.getByRole('button', { name: about(nl['cockpit.unmerge'], 'Een buurthuis!') }).click();
    await e.host.until((s) => s.cards.hall2?.mergedInto === null, 'the undo on the tablet');
    await expect(feed.getByRole('button', { name: about(nl['cockpit.duplicate'], 'Een buurthuis!') })).toBeVisible();
  } finally {
    e.close();
    await context.close();
  }
});
