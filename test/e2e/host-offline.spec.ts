import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../integration/support/client';
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
  while (facilitator.state !== null && currentRound(facilitator.state) !== 1) await facilitator.ok({ type: 'phase.advance' });
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

test('offline capture: 20 cards, offline, 5 more and a reload, online again — the server has all 25 once, in order', async ({ browser, server }) => {
  const { created, facilitator } = await liveSession(server.url);
  const table = created.hosts[0];
  if (table === undefined) throw new Error('the template has tables');
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    await page.goto(table.link);
    const status = page.getByRole('status').filter({ hasText: nl['hostApp.status.online'] });
    // The page's files are in the service worker's cache: it can reload without a network.
    await expect(page.getByText(nl['hostApp.status.offlineReady'])).toBeVisible();

    await capture(page, cardsSaid(1, 20));
    await facilitator.until((s) => serverTexts(s, table.tableId).length === 20, '20 cards on the server');
    await expect(status).toBeVisible();

    await context.setOffline(true);
    const offline = page.getByRole('status').filter({ hasText: nl['hostApp.status.offline'] });
    await expect(offline).toBeVisible();
    await capture(page, cardsSaid(21, 25));
    const waiting = `${nl['hostApp.status.offline']} — ${nl['hostApp.status.waitingCards'].replace('{count}', '5')}`;
    await expect(offline).toContainText(waiting);
    // Shown at once, marked unsent, and saved on the device before we reload.
    await expect(page.getByText(nl['hostApp.card.unsent'])).toHaveCount(5);
    await expect(offline).toContainText(nl['hostApp.status.saved']);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(table.title);
    await expect(offline).toContainText(waiting);
    await expect(page.getByText(nl['hostApp.card.unsent'])).toHaveCount(5);
    await expect(page.getByRole('list').filter({ hasText: 'Kaartje 25' }).getByRole('listitem')).toHaveCount(25);
    expect(serverTexts(facilitator.state as SessionState, table.tableId)).toHaveLength(20);

    // Back online: no action by the host.
    await context.setOffline(false);
    await facilitator.until((s) => serverTexts(s, table.tableId).length >= 25, '25 cards on the server');
    await expect(status).toBeVisible();
    await expect(page.getByText(nl['hostApp.card.unsent'])).toHaveCount(0);
    expect(serverTexts(facilitator.state as SessionState, table.tableId)).toEqual(cardsSaid(1, 25));
  } finally {
    facilitator.close();
    await context.close();
  }
});
