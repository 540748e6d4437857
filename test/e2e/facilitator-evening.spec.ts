import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { translate } from '../../client/src/i18n/every-language';
import { nl } from '../../client/src/i18n/nl';
import { TEMPLATES, templateSetup } from '../../shared/templates';
import { expect, test } from './fixtures';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

// An address phones can open, as at a real venue: on a loopback-only server the screen shows no QR.
test.use({ serverOptions: { publicUrl: 'http://192.168.1.23:3000' } });

/** The minute part of the timer a page shows ("44:58" → 44). */
async function timerMinute(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').first().textContent()) ?? '';
  return Number(text.split(':')[0]);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

test('a facilitator prepares and runs the reference evening while the screen follows every phase', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const template = TEMPLATES.find((x) => x.id === 'world-cafe-evening');
  if (template === undefined) throw new Error('the world-café template is missing');
  const agenda = templateSetup('world-cafe-evening', 'nl').agenda;
  const width = Number(process.env.COCKPIT_WIDTH ?? 1366);
  const height = width >= 1920 ? 1080 : 768;
  await page.setViewportSize({ width, height });

  // Create the evening from the template.
  await page.goto('/');
  await page.getByRole('radio', { name: new RegExp(escapeRegExp(template.title.nl)) }).check();
  await page.getByRole('button', { name: nl['start.create'] }).click();
  const screenPath = await page.getByRole('link', { name: nl['start.link.screen'], exact: true }).getAttribute('href');
  expect(screenPath).toMatch(/^\/screen#/);
  await page.getByRole('link', { name: nl['start.link.facilitator'], exact: true }).click();
  await expect(page).toHaveURL(/\/facilitator#/);

  // Prepare: a new key question for the first table, saved through tables.set.
  const keyQuestion = 'Wat heeft jouw wijk nodig om samen te werken?';
  await page.getByRole('button', { name: nl['cockpit.tab.prepare'] }).click();
  const tables = page.getByRole('region', { name: nl['prep.tables'] });
  const firstTable = tables.getByRole('group', { name: 'Tafel 1: Wijkhub' });
  await firstTable.getByLabel(nl['prep.keyQuestion']).fill(keyQuestion);
  await expect(tables.getByRole('status')).toHaveText(nl['prep.unsaved']);
  await tables.getByRole('button', { name: nl['prep.save'] }).click();
  await expect(tables.getByRole('status')).toHaveText(nl['prep.saved']);
  await expect(firstTable.getByLabel(nl['prep.keyQuestion'])).toHaveValue(keyQuestion);
  await shoot(page, `prepare-${width}`);

  // The projector, in its own browser context, before the start.
  const projector = await browser.newContext({ baseURL: server.url, viewport: { width, height } });
  try {
    const screen = await projector.newPage();
    await screen.goto(screenPath ?? '');
    const screenTitle = screen.getByRole('heading', { level: 1 });
    await expect(screenTitle).toHaveText(nl['screen.welcome']);
    await expect(screen.getByRole('img', { name: nl['screen.qrAlt'] })).toBeVisible();

    await page.getByRole('button', { name: nl['cockpit.tab.live'] }).click();
    const cockpitTitle = page.locator('#cockpit-phase-title');
    await expect(cockpitTitle).toHaveText(nl['phase.none']);

    for (const [i, phase] of agenda.entries()) {
      // Advance: the first by the button, the rest by the keyboard shortcut and the button in turn.
      if (i % 2 === 1) await page.keyboard.press('Alt+KeyN');
      else await page.getByRole('button', { name: i === 0 ? nl['fac.start'] : nl['fac.next'] }).click();
      await expect(cockpitTitle).toHaveText(phase.title);
      const next = agenda[i + 1];
      // "Next (20:25): …": the planned time, moved with the start when the test runs hours away
      // from the plan (schedule-agree.spec.ts checks which time).
      await expect(
        page.getByText(
          next === undefined
            ? nl['fac.lastPhase']
            : new RegExp(`^Hierna \\(\\d{2}:\\d{2}\\): ${escapeRegExp(next.title)}$`),
        ),
      ).toBeVisible();

      // The screen follows by itself, with what the room needs in this kind of phase.
      switch (phase.kind) {
        case 'walk-in':
          await expect(screenTitle).toHaveText(phase.title);
          await expect(screen.getByText(translate('nl', 'screen.joined', { count: 0 }))).toBeVisible();
          await expect(screen.getByRole('img', { name: nl['screen.qrAlt'] })).toBeVisible();
          break;
        case 'plenary':
          await expect(screenTitle).toHaveText(phase.title);
          await expect(screen.getByRole('listitem').filter({ hasText: phase.title })).toHaveAttribute(
            'aria-current',
            'step',
          );
          break;
        case 'break':
          await expect(screenTitle).toHaveText(phase.title);
          if (agenda[i + 1]?.kind === 'table-round') {
            await expect(screen.getByRole('heading', { name: nl['screen.goToTable'] })).toBeVisible();
            // The key question edited before the evening is what the room reads.
            await expect(screen.getByText(keyQuestion)).toBeVisible();
          }
          break;
        case 'table-round': {
          await expect(screenTitle).toHaveText(phase.title);
          await expect(screen.getByRole('timer')).toBeVisible();
          if (phase.round === 1) {
            // The facilitator pauses the phase's timer, then starts one of 12 minutes: both show the same minute.
            await page.getByRole('button', { name: nl['fac.timerPause'] }).click();
            await expect(screen.getByRole('timer')).toContainText(nl['timer.paused']);
            await page.getByLabel(nl['cockpit.timerOwn']).fill('12');
            await page.getByRole('button', { name: nl['cockpit.timerOwnStart'], exact: true }).click();
            await expect(screen.getByRole('timer')).not.toContainText(nl['timer.paused']);
            // Both count down to the same end instant: the same minute (11:59… or 12:00 at the very start).
            await expect
              .poll(async () => [await timerMinute(page), await timerMinute(screen)].join('|'))
              .toMatch(/^(11\|11|12\|12)$/);
            await shoot(page, `cockpit-${width}`);
            await shoot(screen, `screen-round-${width}`);
          }
          break;
        }
        case 'wrap-up':
          await expect(screenTitle).toHaveText(phase.title);
          await expect(screen.getByRole('heading', { name: nl['screen.highlights'] })).toBeVisible();
          break;
        case 'closing':
          await expect(screenTitle).toHaveText(phase.title);
          await expect(screen.getByRole('heading', { name: nl['screen.groups'] })).toBeVisible();
          break;
        case 'social':
          await expect(screenTitle).toHaveText(phase.title);
          await expect(screen.getByText(nl['screen.report'])).toBeVisible();
          break;
      }
      await shoot(screen, `screen-${i}-${phase.kind}-${width}`);
    }
    // The last phase: nothing further to advance to.
    await expect(page.getByRole('button', { name: nl['fac.next'] })).toBeDisabled();
    await page.getByRole('button', { name: nl['cockpit.tab.print'] }).click();
    await expect(page.getByRole('heading', { name: nl['print.posterTitle'] })).toBeVisible();
    await expect(
      page.getByRole('region', { name: nl['print.card'].replace('{title}', 'Wijkhub') }).getByText(keyQuestion),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: nl['print.hostQrAlt'].replace('{title}', 'Wijkhub') })).toBeVisible();
    await shoot(page, `print-${width}`);
  } finally {
    await projector.close();
  }
});
