import type { BrowserContext, Page } from '@playwright/test';
import { nanoid } from 'nanoid';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/*
 * Hostile text is text. Cards, a participant's name, a question and a broadcast written as HTML
 * and script go in through real clients (a phone in Chromium, a host's and the facilitator's
 * sockets); the cockpit, the screen, a host tablet, the desk, the phone and the printable report
 * show them verbatim, nothing runs (window.__xss stays unset), and the Content-Security-Policy
 * reports no violation while all these pages load and work — so it does not break the app either.
 * The two layers are checked apart: markup rendered as markup would lose its tags from the text
 * the assertions look for, and a handler that got in would be blocked and reported by the CSP.
 */

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);

const HOSTILE = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  link: 'javascript:void(window.__xss=1)',
  anchor: '<a href="javascript:window.__xss=1">klik hier</a>',
  name: '<svg onload="window.__xss=1">Eva',
  question: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> Waar is het toilet?',
  broadcast: '<b onmouseover="window.__xss=1">Nog 5 minuten</b>',
};

/** Collects every CSP report of the context's pages (and their popups), from their first script on. */
async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  context.on('console', (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text()))
      violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
}

async function nothingRan(page: Page, what: string): Promise<void> {
  expect(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    `${what}: a hostile script ran`,
  ).toBeUndefined();
}

test.use({ viewport: { width: 1280, height: 900 } });

test('hostile card text, name, question and broadcast are shown as text everywhere, and the CSP stays silent', async ({
  page,
  context,
  browser,
  server,
}) => {
  test.setTimeout(90_000);
  const violations: string[] = [];
  await watchCsp(context, violations);
  const links = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
    })
  ).json()) as CreateSessionResponse;
  const [wijkhub] = links.hosts;
  if (wijkhub === undefined) throw new Error('the template has tables');
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const host = new TestClient(server.url, { kind: 'host', code: wijkhub.code });
  // The other views, each in its own browser context as on its own device.
  const devices: BrowserContext[] = [];
  const open = async (url: string, viewport = { width: 1280, height: 900 }) => {
    const device = await browser.newContext({ baseURL: server.url, viewport });
    devices.push(device);
    await watchCsp(device, violations);
    const view = await device.newPage();
    await view.goto(url);
    return view;
  };

  try {
    await Promise.all([fac.ready(), host.ready()]);

    // The phone, through its own forms: a name, tables (Wijkhub first) and a question.
    const phone = await open(links.participant, { width: 360, height: 640 });
    // Before the start the phone's heading is the session's title (BeforeStart).
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(fac.state!.title);
    const about = phone.getByRole('region', { name: nl['participant.profile.title'] });
    await about.getByLabel(nl['participant.profile.name']).fill(HOSTILE.name);
    await about.getByRole('button', { name: nl['participant.profile.save'] }).click();
    await expect(about.getByText(nl['participant.saved'])).toBeVisible();
    const picks = phone.getByRole('region', { name: nl['participant.picks.title'] });
    for (const title of ['Wijkhub', 'Wijkstem']) await phone.getByRole('checkbox', { name: new RegExp(title) }).check();
    await picks.getByRole('button', { name: nl['participant.picks.save'] }).click();
    await expect(picks.getByText(nl['participant.saved'])).toBeVisible();
    await phone.getByLabel(nl['participant.ask.category']).selectOption({ label: 'Financiering (geld)' });
    await phone.getByLabel(nl['participant.ask.text']).fill(HOSTILE.question);
    await phone.getByRole('button', { name: nl['participant.ask.send'] }).click();
    await expect(phone.getByText(nl['participant.ask.sent'])).toBeVisible();
    await fac.until(
      (s) =>
        Object.values(s.participants).some((x) => x.name === HOSTILE.name) && Object.values(s.questions).length === 1,
      'name and question',
    );

    // Round 1 at Wijkhub: the phone adds a card by its form, the host's tablet socket the others.
    for (let i = 0; i < 4; i++)
      await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Tafelronde 1');
    await phone.getByLabel(nl['participant.card.label']).fill(HOSTILE.link);
    await phone.getByRole('button', { name: nl['participant.card.send'] }).click();
    await expect(phone.getByText(nl['participant.card.sent'])).toBeVisible();
    for (const text of [HOSTILE.img, HOSTILE.script, HOSTILE.anchor]) {
      const cardId = nanoid();
      await host.ok({ type: 'card.add', cardId, text });
      await host.ok({ type: 'card.highlight', cardId, on: true });
    }
    await fac.ok({ type: 'broadcast.send', text: HOSTILE.broadcast });
    const cards = [HOSTILE.img, HOSTILE.script, HOSTILE.anchor, HOSTILE.link];

    // The phone: its table's cards, its own question, the broadcast.
    const phoneCards = phone.getByRole('list', { name: nl['participant.cards.title'] });
    // (Not exact: the phone's own card says "(van jou)" after its text.)
    for (const text of cards) await expect(phoneCards.getByText(text)).toBeVisible();
    await expect(
      phone.getByRole('list', { name: nl['participant.ask.mine'] }).getByText(HOSTILE.question),
    ).toBeVisible();
    await expect(phone.getByText(HOSTILE.broadcast)).toBeVisible();

    // The cockpit: the cards, the question, the name among the people to move, the broadcast.
    await page.goto(links.facilitator);
    const feed = page.getByRole('region', { name: nl['fac.liveCards'] });
    for (const text of cards) await expect(feed.getByText(text, { exact: true })).toBeVisible();
    await expect(page.getByText(HOSTILE.question).first()).toBeVisible();
    await expect(
      page.getByLabel(nl['cockpit.movePerson']).locator('option').filter({ hasText: HOSTILE.name }),
    ).toHaveCount(1);
    await expect(page.getByText(HOSTILE.broadcast).first()).toBeVisible();

    // The host's tablet: the cards and who is at the table.
    const tablet = await open(wijkhub.link);
    for (const text of cards) await expect(tablet.getByText(text, { exact: true }).first()).toBeVisible();
    await expect(tablet.getByRole('region', { name: nl['host.atTable.title'] }).getByText(HOSTILE.name)).toBeVisible();
    await expect(tablet.getByText(HOSTILE.broadcast)).toBeVisible();

    // The desk: the question and the broadcast.
    const desk = await open(links.desk.link);
    await expect(desk.getByRole('heading', { name: HOSTILE.question })).toBeVisible();
    await expect(desk.getByText(HOSTILE.broadcast)).toBeVisible();

    // The screen: the broadcast now; the highlighted cards in the wrap-up.
    const screen = await open(links.screen, { width: 1920, height: 1080 });
    await expect(screen.getByRole('status').filter({ hasText: HOSTILE.broadcast })).toBeVisible();
    for (let i = 0; i < 3; i++)
      await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Wat hebben we gehoord?');
    const highlights = screen.getByRole('region', { name: 'Wijkhub' });
    for (const text of [HOSTILE.img, HOSTILE.script, HOSTILE.anchor])
      await expect(highlights.getByText(text, { exact: true })).toBeVisible();

    // The printable report the cockpit opens: the cards as text, and its own styles applied.
    await page.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: nl['report.printable'] }).click();
    const report = await popup;
    await expect(report.getByRole('heading', { level: 1 })).toHaveText(fac.state!.title);
    for (const text of cards) await expect(report.getByText(text).first()).toBeVisible();
    const heading = report.getByRole('heading', { level: 2 }).first();
    await expect(heading).toHaveCSS('color', 'rgb(31, 78, 121)');

    // None of it is a link, nothing ran, and the policy had nothing to block.
    for (const view of [phone, page, tablet, desk, screen, report]) {
      await expect(view.getByRole('link', { name: /javascript|klik hier/ })).toHaveCount(0);
      await nothingRan(view, view.url());
    }
    expect(violations).toEqual([]);
  } finally {
    fac.close();
    host.close();
    for (const device of devices) await device.close();
  }
});
