import type { Browser, BrowserContext, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/** Issue 17, points 1, 12 and 30: what a phone and the projector meet once the evening has ended. */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

// Closed after each test: an open page keeps its socket, and the server's teardown waits for it.
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
async function phone(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 }, isMobile: true });
  contexts.push(context);
  return context.newPage();
}

async function evening(page: Page, server: { url: string }) {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  expect(created.status()).toBe(201);
  const links = (await created.json()) as CreateSessionResponse;
  const facilitator = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  await facilitator.ready();
  return { links, facilitator };
}

test('after the end a new phone that scans the join QR lands on the follow-up page', async ({
  page,
  browser,
  server,
}) => {
  const { links, facilitator } = await evening(page, server);
  try {
    await facilitator.ok({ type: 'phase.advance' });
    await facilitator.ok({ type: 'session.end' });
    const p = await phone(browser, server.url);
    await p.goto(links.participant);
    await expect(p).toHaveURL(new RegExp(`/followup/${links.joinCode}$`));
    await expect(p.getByRole('heading', { level: 1, name: nl['followup.title'] })).toBeVisible();
    if (SHOTS !== null) await p.screenshot({ path: `${SHOTS}/ended-new-phone-360.png` });
  } finally {
    facilitator.close();
  }
});

test('after the end a joined phone no longer calls to join a working group it cannot join', async ({
  page,
  browser,
  server,
}) => {
  const { links, facilitator } = await evening(page, server);
  try {
    expect(facilitator.state?.workingGroups.length ?? 0).toBeGreaterThan(0);
    const p = await phone(browser, server.url);
    await p.goto(links.participant);
    const call = p.getByRole('heading', { name: nl['participant.groups.title'] });
    // The call to join shows from the wrap-up on: walk-in, opening, break, two rounds, break, wrap-up.
    for (let i = 0; i < 7; i++) await facilitator.ok({ type: 'phase.advance' });
    await expect(call).toBeVisible();
    await facilitator.ok({ type: 'session.end' });
    await expect(p.getByRole('heading', { name: nl['participant.followup.title'] })).toBeVisible();
    await expect(call).toHaveCount(0);
    if (SHOTS !== null) await p.screenshot({ path: `${SHOTS}/ended-joined-phone-360.png`, fullPage: true });
  } finally {
    facilitator.close();
  }
});

test.describe('with a public address', () => {
  test.use({ serverOptions: { publicUrl: 'https://cafe.example.org' } });
  test('after the end the projector still shows the QR it says to use', async ({ page, server }) => {
    const { links, facilitator } = await evening(page, server);
    try {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(links.screen);
      await facilitator.ok({ type: 'phase.advance' });
      await facilitator.ok({ type: 'session.end' });
      const box = page.getByRole('complementary', { name: nl['screen.qr.report'] });
      await expect(box).toBeVisible();
      await expect(box.getByRole('img', { name: nl['screen.qrAlt'] })).toBeVisible();
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/ended-screen-1920.png` });
    } finally {
      facilitator.close();
    }
  });
});
