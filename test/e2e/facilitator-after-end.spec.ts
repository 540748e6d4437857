import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
test.use({ viewport: { width: 1366, height: 768 } });

/** Issue 17, point 32: after the end, the cockpit points the facilitator to the report. */
test('after the end the cockpit leads to the report, at the top of the page', async ({ page, server }) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  try {
    await fac.ready();
    await page.goto(links.facilitator);
    const next = page.getByRole('region', { name: nl['cockpit.ended.title'] });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(next).toHaveCount(0);

    await fac.ok({ type: 'phase.advance' });
    await fac.ok({ type: 'session.end' });
    await expect(next).toBeVisible();
    await expect(next).toBeInViewport();
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/cockpit-ended-1366.png` });
    await next.getByRole('button', { name: nl['cockpit.ended.toReport'] }).click();
    await expect(page.getByRole('button', { name: nl['cockpit.tab.report'] })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: nl['report.title'] })).toBeVisible();
  } finally {
    fac.close();
  }
});
