import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const MIN = 60_000;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** "19:40" in Amsterdam, computed here on its own: the expectation, not the code under test. */
const amsterdam = (at: number) =>
  new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(at);

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/**
 * An evening started hours away from its plan (a rehearsal): the plan moves to the real start,
 * and the cockpit's phase list, its "next" line, the projector's programme and the report all
 * show the same moved time for a phase. The cockpit says once, plainly, that the plan moved.
 */
test('the cockpit, the projector and the report show the same planned time for a phase', async ({
  page,
  browser,
  server,
}) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  try {
    await fac.ready();
    // The plan six hours from now, whenever the test runs: always far from the real start.
    const agenda = fac.state!.agenda;
    const planStart = Math.floor((Date.now() + 6 * 60 * MIN) / MIN) * MIN;
    let offset = 0;
    const phases = agenda.map((p) => {
      const plannedStart = amsterdam(planStart + offset * MIN);
      offset += p.durationMin;
      return { ...p, plannedStart };
    });
    await fac.ok({ type: 'session.update', date: null });
    await fac.ok({ type: 'agenda.set', phases });
    await fac.ok({ type: 'phase.advance', expectedPhaseId: null }); // walk-in
    await fac.ok({ type: 'phase.advance', expectedPhaseId: agenda[0]!.id }); // the opening: the programme
    const started = fac.state!.phaseLog[0]!.startedAt;
    // Round 1 is 70 minutes after the walk-in in the plan, so 70 minutes after the real start.
    const round1 = agenda.find((p) => p.id === 'round-1')!;
    const expected = amsterdam(Math.floor(started / MIN) * MIN + 70 * MIN);
    const opening = amsterdam(Math.floor(started / MIN) * MIN + 30 * MIN);
    const round1Written = phases.find((p) => p.id === 'round-1')!.plannedStart;
    expect(expected).not.toBe(round1Written);

    await page.setViewportSize(SIZES[0]!);
    await page.goto(links.facilitator);
    const option = page.getByRole('combobox', { name: nl['cockpit.jumpLabel'] }).getByRole('option', {
      name: round1.title,
    });
    await expect(option).toHaveText(`${expected} · ${round1.title}`);
    // Said once, in plain words; the minutes then count from the real start.
    const moved = page.getByText(`Je begon om ${amsterdam(started)} in plaats van om ${phases[0]!.plannedStart}.`);
    await expect(moved).toHaveCount(1);
    await expect(page.locator('.cockpit-schedule')).toContainText(`Gepland om ${opening}`);
    await expect(page.locator('.cockpit-schedule')).toContainText(
      /Je loopt (precies op tijd|\d+ minuut|\d+ minuten) (voor|achter)?/,
    );
    await expect(page.locator('.cockpit-schedule')).not.toContainText(/uren|min voor|min achter/);

    const projector = await browser.newContext({ baseURL: server.url, viewport: SIZES[0] });
    try {
      const screen = await projector.newPage();
      await screen.goto(links.screen);
      const item = screen.getByRole('region', { name: nl['screen.agenda'] }).getByRole('listitem').filter({
        hasText: round1.title,
      });
      await expect(item.locator('.time')).toHaveText(expected);
      // The walk-in reads the minute the cockpit said the evening began.
      const walkIn = screen.getByRole('region', { name: nl['screen.agenda'] }).getByRole('listitem').first();
      await expect(walkIn.locator('.time')).toHaveText(amsterdam(started));

      for (const size of SIZES) {
        await page.setViewportSize(size);
        await screen.setViewportSize(size);
        await expect(option).toHaveText(`${expected} · ${round1.title}`);
        await expect(item.locator('.time')).toHaveText(expected);
        await shoot(page, `schedule-cockpit-${size.width}`);
        await shoot(screen, `schedule-screen-${size.width}`);
      }
    } finally {
      await projector.close();
    }

    // The report's programme: the same planned time, and the move said once.
    const md = await (
      await fetch(`${server.url}/api/sessions/${links.sessionId}/report.md?version=internal`, {
        headers: { authorization: `Bearer ${secretOf(links.facilitator)}` },
      })
    ).text();
    expect(md).toContain(`| ${round1.title} | ${expected} |`);
    expect(md.split('in plaats van').length - 1).toBe(1);
  } finally {
    fac.close();
  }
});
