import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/** Issue 17, point 22: at a round change the host tablet prompts the briefing of the earlier rounds. */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

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
  test(`round 2 opens with the earlier round's key points at the top, focused, and closes for good (${viewport.width}×${viewport.height})`, async ({
    browser,
    server,
  }) => {
    const response = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
    });
    const created = (await response.json()) as CreateSessionResponse;
    const table = created.hosts[0]!;
    const facilitator = new TestClient(server.url, { kind: 'facilitator', token: created.facilitator.split('#')[1]! });
    const host = new TestClient(server.url, { kind: 'host', code: table.code });
    const context = await browser.newContext({ baseURL: server.url, viewport });
    try {
      await Promise.all([facilitator.ready(), host.ready()]);
      const toRound = async (round: number) => {
        while (currentRound(facilitator.state as SessionState) !== round)
          await facilitator.ok({ type: 'phase.advance' });
      };
      await toRound(1);
      await host.ok({ type: 'card.add', cardId: 'r1-a', text: 'Een vaste plek voor de buurt' });
      await host.ok({ type: 'card.add', cardId: 'r1-b', text: 'Niet alles digitaal' });
      await host.ok({ type: 'card.add', cardId: 'r1-c', text: 'Een los idee zonder ster' });
      await host.ok({ type: 'card.highlight', cardId: 'r1-a', on: true });
      await host.ok({ type: 'card.highlight', cardId: 'r1-b', on: true });
      await host.ok({ type: 'summary.set', tableId: table.tableId, text: 'De tafel wil een plek in de wijk.' });

      const page = await context.newPage();
      await page.goto(table.link);
      const prompt = page.getByRole('region', { name: fill(nl['host.prompt.title'], { round: 2 }) });
      await expect(page.getByRole('textbox', { name: nl['host.addLabel'] })).toBeVisible();
      // Round 1 itself has nothing to brief on.
      await expect(prompt).toHaveCount(0);

      // The round changes while the tablet is open: the prompt comes up and takes the focus.
      await toRound(2);
      await expect(prompt).toBeVisible();
      await expect(prompt).toBeFocused();
      await expect(prompt).toContainText('De tafel wil een plek in de wijk.');
      const round1 = prompt.getByRole('region', { name: fill(nl['host.briefing.round'], { round: 1 }) });
      await expect(round1.getByRole('listitem')).toHaveCount(2);
      await expect(round1).toContainText('Een vaste plek voor de buurt');
      await expect(round1).not.toContainText('Een los idee zonder ster');
      // At the top of the work: above the capture field, in view without scrolling.
      const promptBox = (await prompt.boundingBox())!;
      const fieldBox = (await page.getByRole('textbox', { name: nl['host.addLabel'] }).boundingBox())!;
      expect(promptBox.y).toBeLessThan(fieldBox.y);
      expect(promptBox.y).toBeLessThan(viewport.height);
      await axe(page);
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/host-prompt-${viewport.width}.png` });

      // Closed, the focus goes back to the capture field; a reload does not bring it back.
      await prompt.getByRole('button', { name: nl['host.prompt.done'] }).click();
      await expect(prompt).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: nl['host.addLabel'] })).toBeFocused();
      await page.reload();
      await expect(page.getByRole('textbox', { name: nl['host.addLabel'] })).toBeVisible();
      await expect(prompt).toHaveCount(0);
    } finally {
      host.close();
      facilitator.close();
      await context.close();
    }
  });
}

test('from the prompt, "all cards" opens the earlier rounds with the focus on them', async ({ browser, server }) => {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const created = (await response.json()) as CreateSessionResponse;
  const table = created.hosts[0]!;
  const facilitator = new TestClient(server.url, { kind: 'facilitator', token: created.facilitator.split('#')[1]! });
  const host = new TestClient(server.url, { kind: 'host', code: table.code });
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } });
  try {
    await Promise.all([facilitator.ready(), host.ready()]);
    while (currentRound(facilitator.state as SessionState) !== 1) await facilitator.ok({ type: 'phase.advance' });
    // No highlights: the prompt shows the round's cards themselves.
    await host.ok({ type: 'card.add', cardId: 'r1-a', text: 'Meer bankjes' });
    while (currentRound(facilitator.state as SessionState) !== 2) await facilitator.ok({ type: 'phase.advance' });

    // Opened in round 2 (a new tablet, a reload): the prompt is there too.
    const page = await context.newPage();
    await page.goto(table.link);
    const prompt = page.getByRole('region', { name: fill(nl['host.prompt.title'], { round: 2 }) });
    await expect(prompt).toBeFocused();
    await expect(prompt).toContainText('Meer bankjes');
    await prompt.getByRole('button', { name: nl['host.prompt.all'] }).click();
    await expect(prompt).toHaveCount(0);
    await expect(page.getByRole('region', { name: nl['host.briefing.title'] })).toBeFocused();
  } finally {
    host.close();
    facilitator.close();
    await context.close();
  }
});
