import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/*
 * Questions beforehand (issue 19): a phone joins before the start and sends the panel a
 * question; the desk and the cockpit show it in the same list, by topic, apart from the
 * questions of the day; the desk answers it and the phone sees the answer. Axe on the draft
 * phone (Dutch and English) and the desk; screenshots at 360×640 and 1366×768.
 */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

const axe = (page: Page, screen: string) => expectAccessible(page, screen, { everyImpact: true });

test('a phone asks the panel before the start; the desk and the cockpit show it by topic', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  await fac.ready();
  await fac.ok({ type: 'session.update', title: 'Wijklab Noord', date: '2027-03-12', venue: 'Buurthuis De Linde' });
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const phone = await context.newPage();
    await phone.goto(links.participant);
    // The plain screen before the start: what, when, where, and the question form first.
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Wijklab Noord');
    await expect(phone.getByText('vrijdag 12 maart 2027')).toBeVisible();
    await expect(phone.getByText('Buurthuis De Linde')).toBeVisible();
    await expect(phone.getByText(nl['participant.before.notYet'])).toBeVisible();
    const ask = phone.getByRole('region', { name: nl['participant.before.ask'] });
    await expect(ask.getByLabel(nl['participant.ask.text'])).toBeInViewport();
    await fac.until((s) => Object.keys(s.participants).length === 1, 'the phone joined');
    expect(fac.state!.status).toBe('draft');
    await shoot(phone, 'beforehand-phone-360-nl');
    await axe(phone, 'draft phone');

    const question = 'Wie betaalt de huur van het buurthuis?';
    await ask.getByLabel(nl['participant.ask.category']).selectOption({ label: 'Financiering (geld)' });
    await ask.getByLabel(nl['participant.ask.text']).fill(question);
    await ask.getByRole('button', { name: nl['participant.ask.send'] }).click();
    await expect(ask.getByText(nl['participant.ask.sent'])).toBeVisible();
    const mine = ask.getByRole('list', { name: nl['participant.ask.mine'] });
    await expect(mine.getByText(question)).toBeVisible();
    await expect(mine.getByText(nl['participant.ask.beforehand'], { exact: false })).toBeVisible();
    await fac.until(
      (s) => Object.values(s.questions).some((q) => q.text === question && q.beforehand === true),
      'beforehand',
    );
    await ask.getByLabel(nl['participant.ask.category']).selectOption({ label: 'Verordening (regels)' });
    await ask.getByLabel(nl['participant.ask.text']).fill('Mag de wijkraad zelf beslissen?');
    await ask.getByRole('button', { name: nl['participant.ask.send'] }).click();
    await expect(mine.getByRole('listitem')).toHaveCount(2);
    await axe(phone, 'draft phone with questions');

    await phone.getByRole('button', { name: 'English' }).click();
    await expect(phone.getByText(translate('en', 'participant.before.notYet'))).toBeVisible();
    await expect(phone.getByText(/^Friday,? 12 March 2027$/)).toBeVisible();
    await phone.evaluate(() => window.scrollTo(0, 0));
    await shoot(phone, 'beforehand-phone-360-en');
    await axe(phone, 'draft phone, English');

    // The desk: the questions beforehand by topic, with counts, apart from those of the day.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(links.desk.link);
    const beforehand = page.getByRole('region', { name: new RegExp(`^${nl['desk.beforehand.title']}`) });
    await expect(beforehand.getByRole('heading', { level: 2 })).toContainText('(2 vragen)');
    const funding = beforehand.getByRole('region', { name: /^Financiering \(geld\)/ });
    await expect(funding.getByRole('heading', { level: 3 })).toHaveText('Financiering (geld) (1 vraag, 1 nog te doen)');
    const card = funding.getByRole('listitem').filter({ has: page.getByRole('heading', { name: question }) });
    await expect(card).toBeVisible();
    await expect(beforehand.getByRole('region', { name: /^Verordening \(regels\)/ })).toBeVisible();
    const day = page.getByRole('region', { name: new RegExp(`^${nl['desk.onTheDay']}`) });
    await expect(day.getByText(nl['desk.empty'])).toBeVisible();
    await axe(page, 'desk with questions beforehand');

    // Answered as every question; it stays in the list, the phone gets the answer.
    await card.getByLabel(nl['desk.answer'], { exact: true }).fill('De gemeente, tot 2027.');
    await card
      .getByRole('group', { name: nl['desk.status'] })
      .getByRole('button', { name: nl['qstatus.answered'], exact: true })
      .click();
    await expect(funding.getByRole('heading', { level: 3 })).toHaveText('Financiering (geld) (1 vraag, 0 nog te doen)');
    // (The phone reads English now.)
    await expect(
      phone.getByRole('list', { name: translate('en', 'participant.ask.mine') }).getByText('De gemeente, tot 2027.'),
    ).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'beforehand-desk-1366');

    // The cockpit shows the same list (one component).
    const cockpit = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await cockpit.goto(links.facilitator);
    const inCockpit = cockpit.getByRole('region', { name: new RegExp(`^${nl['desk.beforehand.title']}`) });
    await expect(inCockpit.getByRole('heading', { level: 3 })).toHaveText([
      'Verordening (regels) (1 vraag, 1 nog te doen)',
      'Financiering (geld) (1 vraag, 0 nog te doen)',
    ]);
    await inCockpit.scrollIntoViewIfNeeded();
    await shoot(cockpit, 'beforehand-cockpit-1366');
    await cockpit.close();

    // Once it has begun, a new question is one of the day: not in the list beforehand.
    await fac.ok({ type: 'phase.advance' });
    await phone.getByRole('button', { name: 'Nederlands' }).click();
    const dayAsk = phone.getByRole('region', { name: nl['participant.ask.title'] });
    await dayAsk.getByLabel(nl['participant.ask.text']).fill('Waar is de koffie?');
    await dayAsk.getByRole('button', { name: nl['participant.ask.send'] }).click();
    await expect(day.getByRole('heading', { name: 'Waar is de koffie?' })).toBeVisible();
    // (It is offered as a merge target there, but is no question of that list.)
    await expect(beforehand.getByRole('heading', { name: 'Waar is de koffie?' })).toHaveCount(0);
  } finally {
    fac.close();
    await context.close();
  }
});
