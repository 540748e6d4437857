import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

/** What a phone's camera would read: the QR image as the browser drew it, decoded. */
async function scan(image: Locator): Promise<string | null> {
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty('complete', true);
  const png = PNG.sync.read(await image.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

async function createSession(url: string, language: 'nl' | 'en' = 'nl'): Promise<CreateSessionResponse> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateSessionResponse;
}

test.describe('with PUBLIC_URL set', () => {
  const PUBLIC = 'https://cafe.example.org';
  test.use({ serverOptions: { publicUrl: PUBLIC }, viewport: { width: 1366, height: 768 } });

  test('the screen, the poster, the table cards and the host slips point at PUBLIC_URL', async ({ page, server }) => {
    const links = await createSession(server.url);

    // The facilitator opens the screen on the laptop itself (127.0.0.1); the QR still names PUBLIC_URL.
    await page.goto(links.screen);
    const screenQr = page.getByRole('img', { name: nl['screen.qrAlt'] });
    expect(await scan(screenQr)).toBe(`${PUBLIC}/join/${links.joinCode}`);
    await expect(page.getByText(nl['screen.goTo'].replace('{host}', 'cafe.example.org'))).toBeVisible();
    await expect(page.getByText(nl['venue.unreachable.title'])).toHaveCount(0);

    await page.goto(links.facilitator);
    await page.getByRole('button', { name: nl['cockpit.tab.print'] }).click();
    const poster = page.getByRole('region', { name: nl['print.posterTitle'] });
    expect(await scan(poster.getByRole('img'))).toBe(`${PUBLIC}/join/${links.joinCode}`);
    const table = links.hosts[0]!;
    const card = page.getByRole('region', { name: nl['print.card'].replace('{title}', table.title) });
    expect(await scan(card.getByRole('img'))).toBe(`${PUBLIC}/join/${links.joinCode}`);
    const slipQr = page.getByRole('img', { name: nl['print.hostQrAlt'].replace('{title}', table.title) });
    expect(await scan(slipQr)).toBe(`${PUBLIC}/host#${table.code}`);
    await expect(page.getByText(nl['venue.unreachable.title'])).toHaveCount(0);
  });
});

test.describe('on a server only this computer can reach', () => {
  // The fixture's server listens on 127.0.0.1 and has no PUBLIC_URL: no phone could open its address.
  for (const language of ['nl', 'en'] as const) {
    test(`the cockpit, the print tab and the screen say phones cannot join (${language})`, async ({ page, server }) => {
      const links = await createSession(server.url, language);
      const warning = page.getByRole('alert').filter({ hasText: translate(language, 'venue.unreachable.title') });

      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(links.facilitator);
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(translate(language, 'venue.unreachable.why', { url: server.url }));
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/venue-cockpit-${language}-1366.png` });

      await page.getByRole('button', { name: translate(language, 'cockpit.tab.print') }).click();
      await expect(warning).toBeVisible();

      for (const [width, height] of [
        [1920, 1080],
        [1366, 768],
        [360, 640],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(links.screen);
        await expect(warning).toBeVisible();
        if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/venue-screen-${language}-${width}.png` });
      }
    });
  }
});
