import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { templateSetup } from '../../shared/templates';
import { expect, test } from './fixtures';

async function createEvening(url: string): Promise<CreateSessionResponse> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateSessionResponse;
}

async function noSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('preparing: the server refuses a bad value next to its field, and template files are checked before use', async ({
  page,
  server,
}) => {
  const links = await createEvening(server.url);
  await page.goto(links.facilitator);
  await page.getByRole('button', { name: nl['cockpit.tab.prepare'] }).click();
  await noSeriousAxeViolations(page, 'prepare');

  // Zero places at a table: the server's VALIDATION lands at that very field.
  const tables = page.getByRole('region', { name: nl['prep.tables'] });
  const wijkhub = tables.getByRole('group', { name: 'Tafel 1: Wijkhub' });
  const places = wijkhub.getByLabel(nl['prep.capacity']);
  await places.fill('0');
  await tables.getByRole('button', { name: nl['prep.save'] }).click();
  await expect(places).toHaveAttribute('aria-invalid', 'true');
  await expect(wijkhub.getByText(nl['error.VALIDATION'])).toBeVisible();
  // Fixed, it saves, and the error goes.
  await places.fill('12');
  await tables.getByRole('button', { name: nl['prep.save'] }).click();
  await expect(tables.getByRole('status')).toHaveText(nl['prep.saved']);
  await expect(places).toHaveAttribute('aria-invalid', 'false');

  // A template file with a wrong time: nothing is sent, the message says what and where.
  const template = page.getByRole('region', { name: nl['prep.template'] });
  const bad = templateSetup('world-cafe-evening', 'nl') as unknown as { agenda: { plannedStart: string }[] };
  bad.agenda[2]!.plannedStart = '7 uur';
  await template
    .getByLabel(nl['prep.templateLoad'])
    .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(template.getByRole('alert')).toContainText(nl['prep.templateBad']);
  await expect(template.getByRole('alert')).toContainText('agenda → 3 → plannedStart: time as HH:MM');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(templateSetup('world-cafe-evening', 'nl').title);

  // A good file replaces the setup.
  const good = { ...templateSetup('world-cafe-evening', 'nl'), title: 'Wijkavond Noord', venue: 'Buurthuis De Linde' };
  await template
    .getByLabel(nl['prep.templateLoad'])
    .setInputFiles({ name: 'noord.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(template.getByText(nl['prep.templateLoaded'])).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijkavond Noord');
  await expect(page.getByRole('region', { name: nl['prep.general'] }).getByLabel(nl['prep.venue'])).toHaveValue(
    'Buurthuis De Linde',
  );

  await page.getByRole('button', { name: nl['cockpit.tab.live'] }).click();
  await noSeriousAxeViolations(page, 'cockpit');

  // Usable on a phone too (a facilitator walking the room): nothing scrolls sideways at 360 px.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const tab of [nl['cockpit.tab.live'], nl['cockpit.tab.prepare'], nl['cockpit.tab.print']]) {
    await page.getByRole('button', { name: tab }).click();
    if (process.env.SCREENSHOTS_DIR !== undefined)
      await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/360-${tab}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${tab} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
  }
});
