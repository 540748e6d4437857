import type { Locator } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

// An address phones can open, as at a real venue: on a loopback-only server the screen shows no QR.
test.use({ viewport: { width: 1920, height: 1080 }, serverOptions: { publicUrl: 'http://192.168.1.23:3000' } });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function createSession(server: { url: string }) {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  return (await res.json()) as CreateSessionResponse;
}

/** The text of the biggest type in each tile: what the room reads first from the back. */
const biggestText = (tiles: Locator) =>
  tiles.evaluateAll((items) =>
    items.map((li) => {
      let best = { size: 0, text: '' };
      for (const el of [li, ...li.querySelectorAll('*')]) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (own && size > best.size) best = { size, text: el.textContent?.trim() ?? '' };
      }
      return best.text;
    }),
  );

async function fits(page: import('@playwright/test').Page, what: string) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    inner: window.innerHeight,
  }));
  expect(scroll, `page height (${what})`).toBeLessThanOrEqual(inner);
}

/**
 * The big number on a table's tile is the table, in the break and in the rounds alike; the head
 * count is a smaller line that says what it counts ("2 mensen").
 */
test('the big tile number is the table in the break and in the round, the head count is labelled', async ({
  page,
  server,
}) => {
  const links = await createSession(server);
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const phones = [0, 1, 2].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
  const clients = [fac, ...phones];
  try {
    await Promise.all(clients.map((c) => c.ready()));
    await phones[0]!.ok({ type: 'tables.pick', picks: ['wijkhub', 'wijkstem'] });
    await phones[1]!.ok({ type: 'tables.pick', picks: ['wijkhub', 'wijksamenwerking'] });
    await phones[2]!.ok({ type: 'tables.pick', picks: ['wijkstem', 'wijkhub'] });
    const tables = fac.state!.tables.map((t) => t.title);
    const numbers = tables.map((_, i) => String(i + 1));
    const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    for (let i = 0; i < 3; i++) await advance(); // walk-in, plenary, the break before round 1

    await page.goto(links.screen);
    const goTiles = page.getByRole('region', { name: nl['screen.goToTable'] }).getByRole('listitem');
    await expect(goTiles).toHaveCount(3);
    expect(await biggestText(goTiles)).toEqual(numbers);

    await advance(); // round 1
    const tiles = page.getByRole('region', { name: nl['screen.perTable'] }).getByRole('listitem');
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(tiles).toHaveCount(3);
    expect(await biggestText(tiles)).toEqual(numbers);
    const people = (n: number) => translate('nl', 'screen.people', { count: n });
    await expect(tiles.nth(0)).toContainText(tables[0]!);
    await expect(tiles.nth(0)).toContainText(people(2));
    await expect(tiles.nth(1)).toContainText(people(0));
    await expect(tiles.nth(2)).toContainText(people(1));
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await fits(page, `round at ${size.width}`);
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-round-tiles-${size.width}.png` });
    }
  } finally {
    for (const c of clients) c.close();
  }
});

/**
 * A paused timer says so in words where the count was: big on the projector, in a box on the
 * phone, and in the timer's own text for a screen reader; resuming takes the word away again.
 */
test('a paused timer reads "Gepauzeerd" on the projector and on the phone', async ({ page, browser, server }) => {
  const links = await createSession(server);
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const phone = await browser.newPage({ viewport: { width: 360, height: 640 } });
  try {
    await fac.ready();
    const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    for (let i = 0; i < 4; i++) await advance(); // … round 1, its timer running
    await page.goto(links.screen);
    await phone.goto(links.participant);
    const screenTimer = page.getByRole('timer');
    const phoneTimer = phone.getByRole('timer');
    await expect(screenTimer).toHaveText(/^\d+:\d\d$/);
    await expect(phoneTimer).toHaveText(/^\d+:\d\d$/);

    await fac.ok({ type: 'timer.pause' });
    for (const timer of [screenTimer, phoneTimer]) {
      await expect(timer).toContainText(nl['timer.paused']);
      await expect(timer.getByText(nl['timer.paused'], { exact: true })).toBeVisible();
    }
    // On the projector the word is the biggest thing on screen bar the title: bigger than the frozen time.
    const sizes = await screenTimer.evaluate((el) => {
      const px = (sel: string) => Number.parseFloat(getComputedStyle(el.querySelector(sel)!).fontSize);
      return { word: px('.timer-paused'), time: px('.timer-paused + *') };
    });
    expect(sizes.word).toBeGreaterThan(sizes.time);
    expect(sizes.word, 'paused word on the projector, px').toBeGreaterThanOrEqual(60);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await fits(page, `paused at ${size.width}`);
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-paused-${size.width}.png` });
    }
    if (SHOTS !== null) await phone.screenshot({ path: `${SHOTS}/phone-paused-360.png` });

    await fac.ok({ type: 'timer.resume' });
    await expect(screenTimer).not.toContainText(nl['timer.paused']);
    await expect(phoneTimer).not.toContainText(nl['timer.paused']);
  } finally {
    await phone.close();
    fac.close();
  }
});
