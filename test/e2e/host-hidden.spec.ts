import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/** Issue 17, point 19 (c): a host is told when the facilitator hides a card of their table. */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const WORDS = 'Jan van nummer 12 is een oplichter';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 360, height: 640 },
]) {
  test(`a hidden card is marked on its host's tablet and said once, without its words (${viewport.width}×${viewport.height})`, async ({
    browser,
    server,
  }) => {
    const response = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
    });
    const links = (await response.json()) as CreateSessionResponse;
    const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1]! });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    const context = await browser.newContext({ baseURL: server.url, viewport });
    try {
      await Promise.all([fac.ready(), phone.ready()]);
      await phone.ok({ type: 'tables.pick', picks: [links.hosts[0]!.tableId] });
      while (currentRound(fac.state as SessionState) !== 1) await fac.ok({ type: 'phase.advance' });
      await phone.ok({ type: 'card.add', cardId: 'bad', text: WORDS });
      await phone.ok({ type: 'card.add', cardId: 'good', text: 'Meer groen in de straat' });

      const page = await context.newPage();
      await page.goto(links.hosts[0]!.link);
      const stream = page.getByRole('region', { name: new RegExp(nl['host.stream.title']) });
      await expect(stream.getByText(WORDS)).toBeVisible();

      await fac.ok({ type: 'card.hide', cardId: 'bad', hidden: true });
      await expect(page.getByRole('status').filter({ hasText: nl['host.hidden.notice'] })).toBeVisible();
      const marked = stream.getByRole('listitem').filter({ hasText: nl['host.hidden.card'] });
      await expect(marked).toHaveCount(1);
      await expect(marked).toContainText(nl['host.card.byParticipant']);
      await expect(page.getByText(WORDS)).toHaveCount(0);
      await expect(stream.getByText('Meer groen in de straat')).toBeVisible();
      await axe(page);
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/host-hidden-${viewport.width}.png`, fullPage: true });

      // The harvest marks it too; the notice goes when read, the mark stays.
      await page.getByRole('button', { name: nl['host.hidden.ok'] }).click();
      await expect(page.getByText(nl['host.hidden.notice'])).toHaveCount(0);
      await page.getByRole('button', { name: nl['host.view.harvest'] }).click();
      const harvest = page.getByRole('region', { name: nl['host.harvest.title'] });
      await expect(harvest.getByRole('listitem').filter({ hasText: nl['host.hidden.card'] })).toHaveCount(1);

      // Shown again: the card and its words come back.
      await fac.ok({ type: 'card.hide', cardId: 'bad', hidden: false });
      await expect(harvest.getByText(WORDS)).toBeVisible();
      await expect(harvest.getByText(nl['host.hidden.card'])).toHaveCount(0);
    } finally {
      phone.close();
      fac.close();
      await context.close();
    }
  });
}
