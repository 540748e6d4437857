import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { connectError, TestClient } from '../../harness/client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { expect, test } from './fixtures';

/**
 * Issue 17, points 7 and 26: the table card is for everyone at the table (number, question, the
 * participants' QR) and holds no host code; host codes are on slips apart, and a leaked one is
 * replaced from the cockpit.
 */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

test.use({ viewport: { width: 1366, height: 768 }, serverOptions: { publicUrl: 'https://cafe.example.org' } });

async function printTab(page: Page): Promise<CreateSessionResponse> {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  expect(created.status()).toBe(201);
  const links = (await created.json()) as CreateSessionResponse;
  await page.goto(links.facilitator);
  await page.getByRole('button', { name: nl['cockpit.tab.print'] }).click();
  return links;
}

test('the table card shows its number, question and the join QR, and no host code', async ({ page }) => {
  const links = await printTab(page);
  for (const [i, host] of links.hosts.entries()) {
    const card = page.getByRole('region', { name: fill(nl['print.card'], { title: host.title }) });
    await expect(card.getByText(fill(nl['print.tableN'], { n: i + 1 }), { exact: true })).toBeVisible();
    await expect(card.getByRole('img', { name: /QR/ })).toHaveCount(1);
    await expect(card.getByText(links.joinCode)).toBeVisible();
    await expect(card).not.toContainText(host.code);
    await expect(card.getByRole('img', { name: fill(nl['print.hostQrAlt'], { title: host.title }) })).toHaveCount(0);
    // Readable standing at the table: the table's name at least 40 px on screen.
    const size = await card
      .getByRole('heading', { level: 2 })
      .evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(40);
  }
  const slips = page.getByRole('region', { name: nl['print.slipsTitle'] });
  for (const host of links.hosts) {
    const slip = slips.getByRole('article', { name: new RegExp(host.title) });
    await expect(slip.getByText(nl['print.slipOnly'])).toBeVisible();
    await expect(slip.getByText(host.code)).toBeVisible();
  }
  if (SHOTS !== null) {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/print-cards-1366.png`, fullPage: true });
  }
});

test('a leaked host code is replaced from the print tab: the tablet with the old code is out', async ({
  page,
  server,
}) => {
  const links = await printTab(page);
  const table = links.hosts[0]!;
  const tablet = new TestClient(server.url, { kind: 'host', code: table.code });
  try {
    await tablet.ready();
    tablet.socket.io.opts.reconnection = false;
    const dropped = new Promise<string>((resolve) => tablet.socket.once('disconnect', resolve));

    const slip = page.getByRole('article', { name: new RegExp(table.title) });
    await slip.getByRole('button', { name: nl['print.newCode'] }).click();
    // Asked first: a new code unpairs the tablet, a slip of the hand must not do that.
    await slip.getByRole('button', { name: nl['print.newCodeNo'] }).click();
    await expect(slip.getByText(table.code)).toBeVisible();
    await slip.getByRole('button', { name: nl['print.newCode'] }).click();
    await slip.getByRole('button', { name: nl['print.newCodeYes'] }).click();
    await expect(slip.getByRole('status')).toHaveText(nl['print.newCodeDone']);
    await expect(slip.getByText(table.code)).toHaveCount(0);
    expect(await dropped).toBe('io server disconnect');
    const refused = await connectError(server.url, {
      protocol: PROTOCOL_VERSION,
      credential: { kind: 'host', code: table.code },
      lastVersion: null,
    });
    expect(refused.code).toBe('UNAUTHORIZED');
    if (SHOTS !== null) await slip.screenshot({ path: `${SHOTS}/print-slip-replaced.png` });
  } finally {
    tablet.close();
  }
});
