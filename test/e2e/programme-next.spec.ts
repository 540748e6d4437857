import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  Object.entries(vars).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), text);

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .include('section.next-meeting')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/* The Leerkring: the start session's themes become the tables of session 2, made in the cockpit. */
test('the facilitator creates session 2 from session 1 with its themes as tables, and opens it', async ({
  page,
  server,
  browser,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const links = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
    })
  ).json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, {
    kind: 'facilitator',
    token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
  });
  try {
    await fac.ready();
    await fac.ok({ type: 'theme.create', themeId: 'ontmoeten', label: 'Elkaar ontmoeten', cardIds: [] });
    await fac.ok({ type: 'theme.create', themeId: 'veilig', label: 'Veilig over straat', cardIds: [] });

    await page.goto(links.facilitator);
    await page.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
    const panel = page.locator('section.next-meeting');
    await expect(panel.getByRole('heading', { name: nl['next.title'] })).toBeVisible();
    // Not in a series yet: no "Bijeenkomst 1 van …" line, and the series' name to give.
    await expect(page.locator('.programme-line')).toHaveCount(0);
    const series = panel.getByRole('textbox', { name: nl['next.seriesName'] });
    await expect(series).toHaveValue(fac.state!.title);
    await series.fill('Leerkring Noord');

    // By keyboard: from the first table choice to the themes with an arrow, then to the button.
    const same = panel.getByRole('radio', { name: nl['next.tables.same'] });
    const themes = panel.getByRole('radio', { name: nl['next.tables.themes'] });
    await expect(same).toBeChecked();
    await same.focus();
    await page.keyboard.press('ArrowDown');
    await expect(themes).toBeChecked();
    await expect(themes).toHaveAccessibleDescription(fill(nl['next.tables.themesHint'].other, { count: 2 }));
    expect(await axe(page)).toEqual([]);
    if (SHOTS !== null) await panel.screenshot({ path: `${SHOTS}/next-meeting-form-1366.png` });

    await panel.getByRole('button', { name: nl['next.create'] }).focus();
    await page.keyboard.press('Enter');
    const done = panel.getByRole('heading', { name: fill(nl['next.done'], { number: 2, title: 'Leerkring Noord' }) });
    await expect(done).toBeFocused();
    await expect(panel.getByText(nl['next.keep'])).toBeVisible();
    await expect(
      panel.getByRole('button', { name: fill(nl['start.copyLink'], { name: nl['next.facilitator'] }) }),
    ).toBeVisible();
    await expect(panel.getByRole('link', { name: new RegExp(`/join/`) })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    if (SHOTS !== null) await panel.screenshot({ path: `${SHOTS}/next-meeting-made-1366.png` });

    const popup = page.waitForEvent('popup');
    await panel.getByRole('link', { name: nl['next.open'] }).click();
    const second = await popup;
    await second.setViewportSize({ width: 1366, height: 768 });
    const line = fill(nl['programme.of'], { number: 2, title: 'Leerkring Noord' });
    await expect(second.getByText(line)).toBeVisible();
    // The themes of the first evening are the tables of the second: a host link for each.
    for (const title of ['Elkaar ontmoeten', 'Veilig over straat'])
      await expect(second.getByRole('link', { name: fill(nl['start.link.host'], { title }) })).toBeVisible();
    if (SHOTS !== null) await second.screenshot({ path: `${SHOTS}/next-meeting-opened-1366.png` });

    // In a series now: the report tab offers the programme report, and "bijeenkomst 3" next.
    await second.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
    await expect(second.getByRole('heading', { name: nl['programmeReport.title'] })).toBeVisible();
    await expect(second.getByText(fill(nl['next.becomes'], { number: 3, title: 'Leerkring Noord' }))).toBeVisible();
    const download = second.waitForEvent('download');
    await second
      .getByRole('region', { name: nl['programmeReport.title'] })
      .getByRole('button', { name: fill(nl['report.download'], { format: 'Markdown' }) })
      .click();
    const file = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
    expect(file).toMatch(/^# Leerkring Noord$/m);
    expect(file).toMatch(/^## Bijeenkomst 1: /m);
    expect(file).toMatch(/^## Bijeenkomst 2: /m);

    // On a phone: the same panel fits 360 px.
    const phoneContext = await browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 640 } });
    const phone = await phoneContext.newPage();
    await phone.goto(second.url());
    await expect(phone.getByText(line)).toBeVisible();
    if (SHOTS !== null) await phone.screenshot({ path: `${SHOTS}/next-meeting-header-360.png` });
    await phone.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
    const phonePanel = phone.locator('section.next-meeting');
    await phonePanel.scrollIntoViewIfNeeded();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axe(phone)).toEqual([]);
    if (SHOTS !== null) await phonePanel.screenshot({ path: `${SHOTS}/next-meeting-form-360.png` });
    await phoneContext.close();
  } finally {
    fac.close();
  }
});
