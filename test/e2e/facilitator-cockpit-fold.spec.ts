import type { Locator, Page } from '@playwright/test';
import { TestClient } from '../../harness/client';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { expect, test } from './fixtures';

/**
 * Issue 17 point 28: at 1366×768 (the facilitator's laptop) the controls of the evening —
 * the next phase, the timer, voting and ending — are on screen without scrolling, in every phase
 * of the reference evening, before it starts and with voting open.
 */

test.use({ viewport: { width: 1366, height: 768 } });

/** Wholly on screen, with the page scrolled to the top as the facilitator left it. */
async function onScreen(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  // A click scrolls its button into view: the page must still be at its top.
  expect(await page.evaluate(() => window.scrollY), `${what}: the page scrolled`).toBe(0);
  await expect(locator, `${what}: below the fold`).toBeInViewport({ ratio: 1 });
}

test('the phase controls stay above the fold at 1366×768 in every phase', async ({ page, server }) => {
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  const phones: TestClient[] = [];
  try {
    await fac.ready();
    // A room with people in it, so the side panels are as full as on the night.
    for (let i = 0; i < 6; i++) {
      const p = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
      phones.push(p);
      await p.ready();
      await p.ok({ type: 'profile.set', name: `Gast ${i + 1}`, group: 'resident' });
    }
    await page.goto(links.facilitator);
    const main = page.getByRole('main');
    const next = main.getByRole('button', { name: nl['fac.next'] });
    const shot = async (name: string) => {
      if (process.env.SCREENSHOTS_DIR !== undefined)
        await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/cockpit-1366-${name}.png` });
    };

    await onScreen(page, main.getByRole('button', { name: nl['fac.start'] }), 'draft: start');
    await shot('0-draft');

    const agenda = fac.state!.agenda;
    for (const [i, phase] of agenda.entries()) {
      await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
      await expect(page.getByRole('heading', { level: 2, name: phase.title, exact: true })).toBeVisible();
      const where = `${i + 1}. ${phase.title}`;
      await onScreen(page, next, `${where}: next phase`);
      await onScreen(page, main.getByRole('timer'), `${where}: timer`);
      await onScreen(page, main.getByRole('button', { name: nl['fac.timerPause'] }), `${where}: pause`);
      await onScreen(page, main.getByRole('button', { name: nl['fac.votingOpen'] }), `${where}: open voting`);
      await onScreen(page, main.getByRole('button', { name: nl['fac.end'] }), `${where}: end`);
      await shot(`${i + 1}-${phase.kind}`);
      if (phase.kind === 'wrap-up') {
        await main.getByRole('button', { name: nl['fac.votingOpen'] }).click();
        await onScreen(page, main.getByRole('button', { name: nl['fac.votingClose'] }), `${where}: close voting`);
        await onScreen(page, next, `${where}, voting open: next phase`);
        await shot(`${i + 1}-${phase.kind}-voting`);
        await main.getByRole('button', { name: nl['fac.votingClose'] }).click();
        await onScreen(page, main.getByRole('button', { name: nl['fac.votingOpen'] }), `${where}: open voting again`);
      }
    }

    // Ending asks first; the question and its answer are on screen too.
    await main.getByRole('button', { name: nl['fac.end'] }).click();
    await onScreen(page, main.getByRole('button', { name: nl['fac.endConfirm'] }), 'end: confirm');
    await onScreen(page, main.getByRole('button', { name: nl['fac.endCancel'] }), 'end: cancel');
    await shot('9-end-ask');
    await main.getByRole('button', { name: nl['fac.endConfirm'] }).click();
    await onScreen(page, main.getByRole('button', { name: nl['cockpit.ended.toReport'] }), 'ended: to the report');
    await shot('10-ended');
  } finally {
    fac.close();
    for (const p of phones) p.close();
  }
});
