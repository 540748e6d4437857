import type { Browser, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/** Joining, language, erasing and a lost connection, on a 360×640 phone. */

const PHONE = { width: 360, height: 640 };

const axe = (page: Page, screen: string) => expectAccessible(page, screen);

async function phone(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function evening(
  page: Page,
  server: { url: string },
): Promise<{ links: CreateSessionResponse; facilitator: TestClient }> {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  expect(created.status()).toBe(201);
  const links = (await created.json()) as CreateSessionResponse;
  const facilitator = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  await facilitator.ready();
  return { links, facilitator };
}

test('a typed code: a wrong one is explained, a good one opens the evening', async ({ page, browser, server }) => {
  const { links, facilitator } = await evening(page, server);
  try {
    const p = await phone(browser, server.url);
    await p.goto('/');
    const code = p.getByLabel(nl['start.joinLabel']);
    await code.fill('K7P');
    await p.getByRole('button', { name: nl['start.joinButton'] }).click();
    await expect(p.getByRole('alert').filter({ hasText: nl['start.joinInvalid'] })).toBeVisible();
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await axe(p, 'start page, wrong code');

    // Six characters of the right alphabet, but no such evening: the server refuses it, plainly.
    const unknown = links.joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    await code.fill(unknown);
    await p.getByRole('button', { name: nl['start.joinButton'] }).click();
    await expect(p.getByRole('alert')).toHaveText(nl['conn.refused.participant']);
    await axe(p, 'unknown code');

    await p.goto('/');
    await p.getByLabel(nl['start.joinLabel']).fill(links.joinCode.toLowerCase());
    await p.getByLabel(nl['start.joinLabel']).press('Enter');
    await expect(p).toHaveURL(new RegExp(`/join/${links.joinCode}$`));
    await expect(p.getByRole('heading', { name: nl['participant.welcome.title'] })).toBeVisible();
    await facilitator.until((s) => Object.keys(s.participants).length === 1, 'one participant');
  } finally {
    facilitator.close();
  }
});

test('English on the phone, kept after a reload, while the evening is Dutch', async ({ page, browser, server }) => {
  const { links, facilitator } = await evening(page, server);
  try {
    const p = await phone(browser, server.url);
    await p.goto(links.participant);
    await expect(p.getByRole('heading', { name: nl['participant.welcome.title'] })).toBeVisible();
    await p.getByRole('button', { name: 'English' }).click();
    await expect(p.getByRole('heading', { name: translate('en', 'participant.welcome.title') })).toBeVisible();
    await expect(p.locator('html')).toHaveAttribute('lang', 'en');
    await axe(p, 'English, before the evening');
    await p.reload();
    await expect(p.getByRole('heading', { name: translate('en', 'participant.privacy.title') })).toBeVisible();
    await expect(p.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    // Still the same person: the device token brought them back.
    expect(Object.keys(facilitator.state?.participants ?? {})).toHaveLength(1);
  } finally {
    facilitator.close();
  }
});

test('erase my data: it is gone on the server, the phone forgets its token, and says so', async ({
  page,
  browser,
  server,
}) => {
  const { links, facilitator } = await evening(page, server);
  try {
    const p = await phone(browser, server.url);
    await p.goto(links.participant);
    const about = p.getByRole('region', { name: nl['participant.profile.title'] });
    await about.getByLabel(nl['participant.profile.name']).fill('Dirk');
    await about.getByRole('button', { name: nl['participant.profile.save'] }).click();
    await facilitator.until((s) => Object.values(s.participants).some((x) => x.name === 'Dirk'), 'Dirk');
    const tokenKey = `tafelronde:device:${links.joinCode}`;
    expect(await p.evaluate((k) => localStorage.getItem(k), tokenKey)).not.toBeNull();

    const data = p.getByRole('region', { name: nl['participant.privacy.title'] });
    await data.getByRole('button', { name: nl['participant.privacy.erase'] }).click();
    // Asking first; "no" keeps everything, and focus starts on "no".
    await expect(data.getByRole('button', { name: nl['participant.privacy.eraseNo'] })).toBeFocused();
    await axe(p, 'erase, asking');
    await data.getByRole('button', { name: nl['participant.privacy.eraseYes'] }).click();
    await expect(p.getByRole('status').filter({ hasText: nl['participant.privacy.erased'] })).toBeVisible();
    await facilitator.until((s) => Object.keys(s.participants).length === 0, 'Dirk erased');
    expect(await p.evaluate((k) => localStorage.getItem(k), tokenKey)).toBeNull();
    await axe(p, 'erased');

    // Joining again makes a new, empty participant.
    await p.getByRole('link', { name: nl['participant.privacy.joinAgain'] }).click();
    await expect(p.getByRole('heading', { name: nl['participant.welcome.title'] })).toBeVisible();
    await expect(p.getByLabel(nl['participant.profile.name'])).toHaveValue('');
    await facilitator.until((s) => Object.keys(s.participants).length === 1, 'a new participant');
  } finally {
    facilitator.close();
  }
});

test('a lost connection: the phone says so calmly and catches up with what it missed', async ({
  page,
  browser,
  server,
}) => {
  const { links, facilitator } = await evening(page, server);
  try {
    const p = await phone(browser, server.url);
    await p.goto(links.participant);
    // Before the start the page's heading is the session's title (BeforeStart).
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(facilitator.state!.title);
    await p.context().setOffline(true);
    await expect(p.getByText(nl['conn.offline'])).toBeVisible();
    await axe(p, 'offline');
    await facilitator.ok({ type: 'phase.advance' });
    await facilitator.ok({ type: 'broadcast.send', text: 'Welkom allemaal' });
    await p.context().setOffline(false);
    await expect(p.getByText(nl['conn.offline'])).toHaveCount(0);
    const walkIn = facilitator.state?.agenda[0]?.title ?? '';
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(walkIn);
    await expect(p.getByText('Welkom allemaal')).toBeVisible();
    // Still the same person, and the one tap works after the reconnect.
    await p.getByRole('button', { name: nl['participant.checkin.button'] }).click();
    await facilitator.until((s) => Object.values(s.participants).every((x) => x.checkedInAt !== null), 'checked in');
    expect(Object.keys(facilitator.state?.participants ?? {})).toHaveLength(1);
  } finally {
    facilitator.close();
  }
});
