import type { Browser } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const SIZES = [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
] as const;

async function open(browser: Browser, baseURL: string, viewport: (typeof SIZES)[number]) {
  const context = await browser.newContext({ baseURL, viewport, locale: 'nl-NL' });
  return context.newPage();
}

/**
 * One voice in Dutch: the start page, the desk and the error pages say "je", as the phones do.
 * The words checked are the ones that said "u" before.
 */
for (const size of SIZES) {
  test(`the start page, the desk and the error pages say "je" (${size.width})`, async ({ browser, server }) => {
    const page = await open(browser, server.url, size);
    await page.goto('/');
    await expect(page.getByText(nl['start.intro'])).toContainText('Daarna krijg je alle links');
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/register-start-${size.width}.png`, fullPage: true });

    // A role page opened without its link's code.
    await page.goto('/desk');
    await expect(page.getByText(nl['conn.noSecret'])).toContainText('Open de link die je hebt gekregen.');
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/register-no-secret-${size.width}.png` });

    // A join code that does not exist.
    await page.goto('/join/ZZZZZZ');
    await expect(page.getByText(nl['conn.refused.participant'])).toContainText('Kijk of je de code goed hebt ingetypt');
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/register-refused-${size.width}.png` });

    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
    });
    const links = (await res.json()) as CreateSessionResponse;
    await page.goto(links.desk.link);
    await expect(page.getByRole('region', { name: new RegExp(`^${nl['desk.queue']}`) })).toBeVisible();
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/register-desk-${size.width}.png`, fullPage: true });
    await page.context().close();
  });
}
