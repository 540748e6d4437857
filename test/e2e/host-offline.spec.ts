import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/**
 * The table host on bad Wi-Fi, in Chromium against the real server. The server side is counted
 * by a facilitator's socket.io client, which holds the facilitator's full view of the session.
 */

async function liveSession(url: string): Promise<{ created: CreateSessionResponse; facilitator: TestClient }> {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const created = (await response.json()) as CreateSessionResponse;
  const token = created.facilitator.split('#')[1] ?? '';
  const facilitator = new TestClient(url, { kind: 'facilitator', token });
  await facilitator.ready();
  await facilitator.until(() => true, 'snapshot');
  // Start the evening and move on to the first table round.
  while (facilitator.state !== null && currentRound(facilitator.state) !== 1)
    await facilitator.ok({ type: 'phase.advance' });
  return { created, facilitator };
}

/** The texts of a table's cards on the server, in the order the server applied them. */
function serverTexts(state: SessionState, tableId: string): string[] {
  return Object.values(state.cards)
    .filter((c) => c.tableId === tableId)
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((c) => c.text);
}

const cardsSaid = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Kaartje ${from + i}`);

async function capture(page: Page, texts: string[]): Promise<void> {
  const field = page.getByRole('textbox', { name: nl['host.addLabel'] });
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
    // Enter adds the card and leaves the field empty and focused for the next one.
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
  }
}

test('offline capture: 20 cards, offline, 5 more and a reload, online again — the server has all 25 once, in order', async ({
  browser,
  server,
}) => {
  const { created, facilitator } = await liveSession(server.url);
  const table = created.hosts[0];
  if (table === undefined) throw new Error('the template has tables');
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(table.link);
    const status = page.getByRole('status').filter({ hasText: nl['host.status.online'] });
    // The page's files are in the service worker's cache: it can reload without a network.
    await expect(page.getByText(nl['host.status.offlineReady'])).toBeVisible();

    await capture(page, cardsSaid(1, 20));
    await facilitator.until((s) => serverTexts(s, table.tableId).length === 20, '20 cards on the server');
    await expect(status).toBeVisible();

    await context.setOffline(true);
    const offline = page.getByRole('status').filter({ hasText: nl['host.status.offline'] });
    await expect(offline).toBeVisible();
    await capture(page, cardsSaid(21, 25));
    const waiting = `${nl['host.status.offline']} — ${translate('nl', 'host.status.waitingCards', { count: 5 })}`;
    await expect(offline).toContainText(waiting);
    // Shown at once, marked unsent, and saved on the device before we reload.
    await expect(page.getByText(nl['host.card.unsent'])).toHaveCount(5);
    await expect(offline).toContainText(nl['host.status.saved']);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(table.title);
    await expect(offline).toContainText(waiting);
    await expect(page.getByText(nl['host.card.unsent'])).toHaveCount(5);
    await expect(page.getByRole('list').filter({ hasText: 'Kaartje 25' }).getByRole('listitem')).toHaveCount(25);
    expect(serverTexts(facilitator.state as SessionState, table.tableId)).toHaveLength(20);

    // Back online: no action by the host.
    await context.setOffline(false);
    await facilitator.until((s) => serverTexts(s, table.tableId).length >= 25, '25 cards on the server');
    await expect(status).toBeVisible();
    await expect(page.getByText(nl['host.card.unsent'])).toHaveCount(0);
    expect(serverTexts(facilitator.state as SessionState, table.tableId)).toEqual(cardsSaid(1, 25));
  } finally {
    facilitator.close();
    await context.close();
  }
});

test('browser restart: cards captured offline (one edited while unsent) are sent by the next browser, once, as their final text', async ({
  playwright,
  server,
}, testInfo) => {
  const { created, facilitator } = await liveSession(server.url);
  const table = created.hosts[0];
  if (table === undefined) throw new Error('the template has tables');
  const profile = testInfo.outputPath('profile');
  // The same Chromium and flags as the other tests (playwright.config.ts), with a profile on disk.
  const launchOptions = testInfo.project.use.launchOptions ?? {};
  const open = () =>
    playwright.chromium.launchPersistentContext(profile, {
      ...launchOptions,
      headless: true,
      baseURL: server.url,
      viewport: { width: 768, height: 1024 },
    });
  try {
    const first = await open();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(table.link);
    await expect(page.getByText(nl['host.status.offlineReady'])).toBeVisible();
    await first.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: nl['host.status.offline'] })).toBeVisible();
    await capture(page, cardsSaid(1, 3));
    // Edited while unsent: the queued add is rewritten, so the server gets the final words at once.
    await page.getByRole('button', { name: `${nl['host.card.edit']}: Kaartje 2` }).click();
    const edit = page.getByRole('textbox', { name: nl['host.card.editLabel'] });
    await edit.fill('Kaartje 2, beter gezegd');
    await edit.press('Enter');
    await expect(page.getByRole('listitem').filter({ hasText: 'Kaartje 2, beter gezegd' })).toContainText(
      nl['host.card.unsent'],
    );
    await expect(page.getByRole('status').filter({ hasText: nl['host.status.saved'] })).toBeVisible();
    await first.close(); // the browser quits with three cards unsent

    expect(serverTexts(facilitator.state as SessionState, table.tableId)).toEqual([]);
    const second = await open();
    try {
      const again = second.pages()[0] ?? (await second.newPage());
      // Opened without the link's code: the device remembers it.
      await again.goto('/host');
      await facilitator.until((s) => serverTexts(s, table.tableId).length >= 3, '3 cards on the server');
      await expect(again.getByRole('status').filter({ hasText: nl['host.status.online'] })).toBeVisible();
      await expect(again.getByText(nl['host.card.unsent'])).toHaveCount(0);
      const state = facilitator.state as SessionState;
      expect(serverTexts(state, table.tableId)).toEqual(['Kaartje 1', 'Kaartje 2, beter gezegd', 'Kaartje 3']);
      // Never edited on the server: the words went out as one card.add.
      expect(Object.values(state.cards).every((c) => c.editedAt === null)).toBe(true);
    } finally {
      await second.close();
    }
  } finally {
    facilitator.close();
  }
});

test('a card the server refuses (the evening ended while offline) is kept: the host sees it, copies it, then lets it go', async ({
  browser,
  server,
}) => {
  const { created, facilitator } = await liveSession(server.url);
  const table = created.hosts[0];
  if (table === undefined) throw new Error('the template has tables');
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    const page = await context.newPage();
    await page.goto(table.link);
    await expect(page.getByRole('status').filter({ hasText: nl['host.status.online'] })).toBeVisible();
    await context.setOffline(true);
    // Wait until the page knows: Chromium's offline mode does not cut an open WebSocket, the page closes it.
    await expect(page.getByRole('status').filter({ hasText: nl['host.status.offline'] })).toBeVisible();
    await capture(page, ['Te laat gezegd']);
    await facilitator.ok({ type: 'session.end' });
    await context.setOffline(false);

    const refused = page.getByRole('region', { name: nl['host.refused.title'] });
    await expect(refused).toContainText('Te laat gezegd');
    await expect(refused).toContainText(nl['error.WRONG_PHASE']);
    await refused.getByRole('button', { name: nl['host.refused.copy'] }).click();
    await expect(refused.getByText(nl['host.refused.copied'])).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Te laat gezegd');
    // Kept across a reload until the host lets it go.
    await page.reload();
    await expect(refused).toContainText('Te laat gezegd');
    await refused.getByRole('button', { name: nl['host.refused.dismiss'] }).click();
    await expect(refused).toHaveCount(0);
    // The closed capture field says why it is closed (issue 17, point 25).
    const field = page.getByRole('textbox', { name: nl['host.addLabel'] });
    await expect(field).toBeDisabled();
    await expect(field).toHaveAccessibleDescription(nl['host.closed.ended']);
    expect(serverTexts(facilitator.state as SessionState, table.tableId)).toEqual([]);
  } finally {
    facilitator.close();
    await context.close();
  }
});
