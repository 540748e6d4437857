import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/*
 * Issue 17, points 13 and 14: a phone asks the info point, the desk answers with the card's one
 * status control, the answered card leaves "still to do" for "answered", and the phone says
 * "your question has been answered" at the top, in view at 360×640, with a button that takes
 * focus to the answer; after a reload the same answer is not announced again.
 */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const axe = (page: Page, screen: string) => expectAccessible(page, screen, { everyImpact: true, sideways: false });

async function inViewport(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const view = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width;
}

test('the desk answers with one control, the card leaves "still to do", the phone says so at the top', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(90_000);
  const created = await page.request.post('/api/sessions', { data: { template: 'world-cafe-evening' } });
  const links = (await created.json()) as CreateSessionResponse;
  // The evening has begun: a question of the day (before it, it would be one for the panel).
  const fac = new TestClient(server.url, {
    kind: 'facilitator',
    token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
  });
  await fac.ready();
  await fac.ok({ type: 'phase.advance' });
  fac.close();
  const phoneContext = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    // The phone asks a question at the info point.
    const phone = await phoneContext.newPage();
    await phone.goto(links.participant);
    const question = 'Wie beslist over de verordening?';
    await phone.getByLabel(nl['participant.ask.text']).fill(question);
    await phone.getByRole('button', { name: nl['participant.ask.send'] }).click();
    const mine = phone.getByRole('list', { name: nl['participant.ask.mine'] });
    await expect(mine.getByText(nl['participant.qstatus.new'])).toBeAttached();
    await expect(phone.getByText(nl['participant.notice.answered'])).toHaveCount(0);

    // The resident goes back to the top of the page (the phone in a pocket, the programme read).
    await phone.evaluate(() => window.scrollTo(0, 0));

    // The desk: one status control on the card.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(links.desk.link);
    const queue = page.getByRole('region', { name: new RegExp(`^${nl['desk.queue']}`) });
    const card = queue.getByRole('listitem').filter({ has: page.getByRole('heading', { name: question }) });
    await expect(card).toBeVisible();
    await expect(card.getByRole('combobox', { name: nl['desk.status'] })).toHaveCount(0);
    const control = card.getByRole('group', { name: nl['desk.status'] });
    await expect(control).toHaveCount(1);
    await expect(control.getByRole('button')).toHaveText([
      nl['qstatus.answered'],
      nl['qstatus.answered-on-spot'],
      nl['qstatus.follow-up'],
    ]);
    await shoot(page, 'desk-1366-card');
    await axe(page, 'desk with a question');

    // "Answered" without an answer: the desk is asked for the text first, nothing is sent.
    await control.getByRole('button', { name: nl['qstatus.answered'], exact: true }).click();
    await expect(card.getByLabel(nl['desk.answer'], { exact: true })).toBeFocused();
    await expect(card.getByRole('status')).toContainText(nl['desk.needAnswer'].split('.')[0]!);

    // Answer by keyboard: type, Tab to "answered", Enter.
    const answer = 'De gemeenteraad, na advies van de wijk.';
    await card.getByLabel(nl['desk.answer'], { exact: true }).fill(answer);
    await control.getByRole('button', { name: nl['qstatus.answered'], exact: true }).focus();
    await page.keyboard.press('Enter');

    // The card leaves "still to do" and waits under "answered"; focus stays in the list.
    await expect(card).toHaveCount(0);
    await expect(queue.getByText(nl['desk.empty'])).toBeVisible();
    await expect(queue.getByRole('heading', { level: 2 })).toBeFocused();
    await queue.getByRole('radio', { name: nl['desk.filter.done'] }).check();
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: nl['qstatus.answered'], exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await shoot(page, 'desk-1366-answered');
    await axe(page, 'desk, answered list');

    // The phone: the news at the top, in view without scrolling, politely announced.
    const notice = phone.getByRole('status').filter({ hasText: nl['participant.notice.answered'] });
    await expect(notice).toBeVisible();
    expect(await inViewport(phone, notice)).toBe(true);
    await expect(mine.getByText(nl['participant.qstatus.answered'])).toBeAttached();
    await shoot(phone, 'phone-360-answered');
    await axe(phone, 'phone with the news');
    // It stays at the top of the screen while the page scrolls.
    await phone.evaluate(() => window.scrollTo(0, 250));
    expect(await inViewport(phone, notice)).toBe(true);
    await shoot(phone, 'phone-360-answered-scrolled');

    // A reload before reading it: still news.
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.reload();
    await expect(notice).toBeVisible();

    // The button takes focus to the answer; the notice goes.
    await notice.getByRole('button', { name: nl['participant.notice.read'] }).click();
    const item = mine.getByRole('listitem').filter({ hasText: question });
    await expect(item).toBeFocused();
    await expect(item).toContainText(answer);
    expect(await inViewport(phone, item.getByText(answer))).toBe(true);
    await expect(phone.getByText(nl['participant.notice.answered'])).toHaveCount(0);
    await shoot(phone, 'phone-360-at-the-answer');

    // Seen on this device: a reload does not say it again.
    await phone.reload();
    await expect(mine.getByText(answer)).toBeAttached();
    await expect(phone.getByText(nl['participant.notice.answered'])).toHaveCount(0);

    // A changed answer is news again.
    const better = 'De gemeenteraad beslist, na advies van de wijkraad.';
    await card.getByLabel(nl['desk.answer'], { exact: true }).fill(better);
    await card.getByRole('button', { name: nl['qstatus.answered'], exact: true }).click();
    await expect(card.getByRole('status')).toHaveText(nl['desk.saved'].replace('{status}', nl['qstatus.answered']));
    await expect(notice).toBeVisible();
    // Read where it stands, by scrolling to it: not told again after a reload.
    const stored = () =>
      phone.evaluate(() =>
        Object.entries(localStorage)
          .filter(([k]) => k.startsWith('tafelronde:seen-answers:'))
          .map(([, v]) => v)
          .join(),
      );
    const before = await stored();
    await item.scrollIntoViewIfNeeded();
    await expect(item.getByText(better)).toBeVisible();
    await expect.poll(stored).not.toBe(before);
    await phone.reload();
    await expect(mine.getByText(better)).toBeAttached();
    await expect(phone.getByText(nl['participant.notice.answered'])).toHaveCount(0);
  } finally {
    await phoneContext.close();
  }
});
