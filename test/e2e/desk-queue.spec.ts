import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/*
 * The info point at work, in Chromium: questions from phones arrive live, the desk logs one
 * asked in person, answers (the asker's phone gets it), merges a duplicate and hides abuse —
 * all by labelled controls, at 360 px wide, with no axe violations.
 */

async function create(url: string): Promise<CreateSessionResponse> {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening' }),
  });
  return (await res.json()) as CreateSessionResponse;
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the desk triages, answers, merges and hides questions live', async ({ page, server }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const links = await create(server.url);
  const ann = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
  const bob = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
  const fac = new TestClient(server.url, {
    kind: 'facilitator',
    token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
  });
  try {
    await Promise.all([ann.ready(), bob.ready(), fac.ready()]);
    // The evening has begun: these are questions of the day (before it, they are for the panel).
    await fac.ok({ type: 'phase.advance' });
    await page.goto(links.desk.link);
    const queue = page.getByRole('region', { name: new RegExp(`^${nl['desk.queue']}`) });
    await expect(queue.getByText(nl['desk.empty'])).toBeVisible();

    // A question from a phone arrives live, and is announced.
    await ann.ok({
      type: 'question.ask',
      questionId: 'q-ann',
      categoryId: 'bylaw',
      text: 'Wie beslist over de verordening?',
    });
    const annItem = queue
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Wie beslist over de verordening?' }) });
    await expect(annItem).toBeVisible();
    await expect(annItem.getByText(nl['desk.onPhone'])).toBeVisible();
    await expect(page.getByText('Nieuwe vraag: Wie beslist over de verordening?')).toBeAttached();

    // Someone asks at the desk in person.
    const log = page.getByRole('region', { name: nl['desk.log'] });
    await log.getByLabel(nl['desk.category']).selectOption({ label: 'Financiering (geld)' });
    await log.getByLabel(nl['desk.logText']).fill('Is er geld voor een buurtfeest?');
    await log.getByRole('button', { name: nl['desk.logButton'] }).click();
    await expect(log.getByRole('status')).toHaveText(nl['desk.logged']);
    const inPerson = queue
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Is er geld voor een buurtfeest?' }) });
    await expect(inPerson.getByText(nl['desk.inPerson'])).toBeVisible();

    // Triage by keyboard: Ann's question is to be found out and answered later; it stays to do.
    const status = (item: typeof annItem, s: 'answered' | 'answered-on-spot' | 'follow-up') =>
      item
        .getByRole('group', { name: nl['desk.status'] })
        .getByRole('button', { name: nl[`qstatus.${s}`], exact: true });
    await status(annItem, 'follow-up').focus();
    await page.keyboard.press('Enter');
    await ann.until((s) => s.questions['q-ann']?.status === 'follow-up', 'the triage on the phone');
    await expect(status(annItem, 'follow-up')).toHaveAttribute('aria-pressed', 'true');

    // Answer the in-person question on the spot: it leaves "still to do" for "answered".
    await inPerson.getByLabel(nl['desk.answer'], { exact: true }).fill('Ja, uit het wijkbudget.');
    await status(inPerson, 'answered-on-spot').click();
    await expect(inPerson).toHaveCount(0);
    await queue.getByRole('radio', { name: nl['desk.filter.done'] }).check();
    await expect(inPerson.locator('.desk-meta')).toContainText(nl['qstatus.answered-on-spot']);
    await queue.getByRole('radio', { name: nl['desk.filter.all'] }).check();
    await expect(inPerson).toHaveCount(1);
    await queue.getByRole('radio', { name: nl['desk.filter.open'] }).check();

    // Bob asks the same thing: the desk merges it into Ann's.
    await bob.ok({
      type: 'question.ask',
      questionId: 'q-bob',
      categoryId: 'bylaw',
      text: 'Wie gaat over de verordening?',
    });
    const bobItem = queue
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Wie gaat over de verordening?' }) });
    await bobItem.getByLabel(nl['desk.merge']).selectOption({ label: 'Wie beslist over de verordening?' });
    await bobItem.getByRole('button', { name: nl['desk.mergeButton'] }).click();
    await expect(bobItem).toHaveCount(0);
    await expect(annItem.getByRole('heading', { name: 'Ook gesteld (1)' })).toBeVisible();
    await bob.until((s) => s.questions['q-bob']?.mergedInto === 'q-ann', 'the merge on the phone');

    // An answer reaches the asker's phone.
    await annItem.getByLabel(nl['desk.answer'], { exact: true }).fill('De gemeenteraad, na advies van de wijk.');
    await status(annItem, 'answered').click();
    await ann.until(
      (s) => s.questions['q-ann']?.answer === 'De gemeenteraad, na advies van de wijk.',
      'the answer on the phone',
    );

    // Abuse is hidden; it waits under "hidden", where it can be shown again.
    await bob.ok({ type: 'question.ask', questionId: 'q-rude', categoryId: 'other', text: 'Een grove vraag' });
    const rude = queue.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Een grove vraag' }) });
    await rude.getByRole('button', { name: nl['desk.hide'] }).click();
    await expect(rude).toHaveCount(0);
    await queue.getByRole('radio', { name: nl['desk.filter.hidden'] }).check();
    await expect(rude.getByText(nl['desk.hiddenNote'])).toBeVisible();
    await expect(rude.getByRole('button', { name: nl['desk.unhide'] })).toBeVisible();

    // Keyboard: the filter radios and every control are reachable; the focused one shows it.
    await queue.getByRole('radio', { name: nl['desk.filter.all'] }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toBeVisible();

    // Usable at 360 px: nothing wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await axe(page);
  } finally {
    ann.close();
    bob.close();
    fac.close();
  }
});
