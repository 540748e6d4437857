import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { secretOf } from '../../harness/server';
import { expect, test } from './fixtures';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function axe(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

/** A dated session with its sign-up page open and 20 places. */
async function openSession(url: string): Promise<{ links: CreateSessionResponse; facilitator: TestClient }> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const facilitator = new TestClient(url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  await facilitator.ready();
  await facilitator.ok({ type: 'session.update', date: '2099-01-15', venue: 'Buurthuis De Linde' });
  await facilitator.ok({ type: 'signupPage.set', open: true, capacity: 20, closesAt: null, askSandwich: true });
  return { links, facilitator };
}

test('sign up on the page at 360×640, see the confirmation, open the personal link: the phone greets them', async ({
  browser,
  server,
}) => {
  const { links, facilitator } = await openSession(server.url);
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/signup/${links.joinCode}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(facilitator.state!.title);
    await expect(page.getByText(fill(nl['signupPage.places'].other, { count: 20 }))).toBeVisible();
    await expect(page.getByText(/donderdag 15 januari 2099/)).toBeVisible();
    await axe(page, 'sign-up form');
    await shoot(page, 'signup-form-360');

    // Without a name: the error sits at the name, and the focus is there.
    await page.getByRole('button', { name: nl['signupPage.submit'] }).click();
    const name = page.getByLabel(nl['signupPage.name']);
    await expect(name).toBeFocused();
    await expect(name).toHaveAccessibleDescription(nl['signupPage.error.name']);

    await name.fill('Anna de Vries');
    await page.getByLabel(nl['signupPage.email']).fill('anna@example.org');
    await page.getByLabel(nl['signupPage.sandwich']).check();
    await page.getByLabel(fill(nl['signupPage.pick'], { rank: 1 })).selectOption({ index: 2 });
    await expect(page.getByLabel(nl['signupPage.consent'])).not.toBeChecked();
    await page.getByRole('button', { name: nl['signupPage.submit'] }).click();

    const done = page.getByRole('heading', { name: nl['signupPage.done.registered'] });
    await expect(done).toBeFocused();
    await expect(page.getByRole('link', { name: nl['signupPage.done.calendar'] })).toHaveAttribute(
      'href',
      `/api/signup/${links.joinCode}/calendar.ics`,
    );
    await expect(page.getByRole('img', { name: nl['signupPage.done.qr'] })).toBeVisible();
    await axe(page, 'sign-up confirmation');
    await shoot(page, 'signup-done-360');

    // The personal link, opened on the phone: that registered person, greeted by name.
    const personal = page.locator('a.signup-link');
    const href = await personal.getAttribute('href');
    expect(href).toMatch(/^\/p#[A-Z2-9]{12}$/);
    const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'nl-NL' });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${server.url}${href}`);
    await expect(phonePage.getByText(fill(nl['personal.hello'], { name: 'Anna de Vries' }))).toBeVisible();
    await expect(phonePage.getByRole('link', { name: nl['personal.calendar'] })).toBeVisible();
    await axe(phonePage, 'phone by personal link');
    await shoot(phonePage, 'signup-phone-360');
    // The join page of that session is them too, now the code is kept.
    await phonePage.goto(`${server.url}/join/${links.joinCode}`);
    await expect(phonePage.getByText(fill(nl['personal.hello'], { name: 'Anna de Vries' }))).toBeVisible();
    await facilitator.until((s) => Object.keys(s.participants).length === 1, 'one participant, not two');

    // At 1366×768 too.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url}/signup/${links.joinCode}`);
    await expect(page.getByText(fill(nl['signupPage.places'].other, { count: 19 }))).toBeVisible();
    await shoot(page, 'signup-form-1366');
    await context.close();
    await phone.close();
  } finally {
    facilitator.close();
  }
});

test('a closed sign-up page says so plainly', async ({ browser, server }) => {
  const { links, facilitator } = await openSession(server.url);
  try {
    await facilitator.ok({ type: 'signupPage.set', open: false, capacity: 20, closesAt: null, askSandwich: true });
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${server.url}/signup/${links.joinCode}`);
    await expect(page.getByRole('heading', { name: nl['signupPage.closed'] })).toBeVisible();
    await expect(page.getByRole('button', { name: nl['signupPage.submit'] })).toHaveCount(0);
    await axe(page, 'closed page');
    await shoot(page, 'signup-closed-360');
    await context.close();
  } finally {
    facilitator.close();
  }
});

test('the cockpit sets the sign-up page: places, the closing moment as the laptop reads it, the public link', async ({
  browser,
  server,
}) => {
  const { links, facilitator } = await openSession(server.url);
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${links.facilitator}`);
    await page.getByRole('button', { name: nl['cockpit.tab.registrations'] }).click();
    const panel = page.getByRole('region', { name: nl['signup.settings.title'] });
    await expect(panel.getByLabel(nl['signup.settings.open'])).toBeChecked();
    await expect(panel.getByLabel(nl['signup.settings.capacity'])).toHaveValue('20');
    await panel.getByLabel(nl['signup.settings.capacity']).fill('0');
    await panel.getByRole('button', { name: nl['signup.settings.save'] }).click();
    await expect(panel.getByLabel(nl['signup.settings.capacity'])).toBeFocused();
    await expect(panel.getByText(nl['signup.settings.badCapacity'])).toBeVisible();

    await panel.getByLabel(nl['signup.settings.capacity']).fill('');
    await panel.getByLabel(nl['signup.settings.closesDate']).fill('2099-01-10');
    await panel.getByLabel(nl['signup.settings.closesTime']).fill('12:00');
    await panel.getByLabel(nl['signup.settings.sandwich']).uncheck();
    await panel.getByRole('button', { name: nl['signup.settings.save'] }).click();
    await expect(panel.getByText(nl['signup.settings.saved'])).toBeVisible();
    await facilitator.until((s) => s.signupPage?.capacity === null, 'the new settings');
    // Noon in Amsterdam in winter is 11:00 UTC.
    expect(facilitator.state!.signupPage).toEqual({
      open: true,
      capacity: null,
      closesAt: Date.parse('2099-01-10T11:00:00Z'),
      askSandwich: false,
    });
    await expect(panel.getByRole('link', { name: /\/signup\// })).toHaveAttribute(
      'href',
      new RegExp(`/signup/${links.joinCode}$`),
    );
    await expect(panel.getByRole('img', { name: nl['signup.settings.qr'] })).toBeVisible();
    await axe(page, 'cockpit sign-up settings');
    await shoot(page, 'signup-cockpit-1366');
    await context.close();
  } finally {
    facilitator.close();
  }
});
