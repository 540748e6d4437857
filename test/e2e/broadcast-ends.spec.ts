import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

async function shoot(target: Page | Locator, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png` });
}

const axe = (page: Page, screen: string, include?: string) =>
  expectAccessible(page, screen, { include, sideways: false });

/**
 * Issue 17, point 10: a broadcast sent "until the next phase" leaves the projector and the phones
 * when the facilitator moves on; one sent for some minutes outlives that phase change. That it
 * then ends on time is tested on a manual clock (test/integration/broadcast-ends.test.ts).
 */
test('a broadcast until the next phase leaves projector and phone at the phase change; a timed one stays', async ({
  page,
  browser,
  server,
}) => {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  const screenContext = await browser.newContext({ baseURL: server.url, viewport: { width: 1920, height: 1080 } });
  const phoneContext = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  try {
    await fac.ready();
    const state = () => fac.state as SessionState;
    await fac.ok({ type: 'phase.advance', expectedPhaseId: null }); // the walk-in

    const screen = await screenContext.newPage();
    await screen.goto(links.screen);
    const phone = await phoneContext.newPage();
    await phone.goto(links.participant);
    await fac.until((s) => Object.keys(s.participants).length === 1, 'the phone joined');

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(links.facilitator);
    const form = page.getByRole('region', { name: nl['fac.broadcast'] });
    const ends = form.getByLabel(nl['cockpit.broadcastEnds']);
    await expect(ends).toHaveValue('phase');

    // Until the next phase.
    const coffee = 'Koffie en thee staan achterin';
    await form.getByLabel(nl['cockpit.broadcastLabel']).fill(coffee);
    await ends.selectOption({ label: nl['cockpit.broadcastUntilPhase'] });
    await form.getByRole('button', { name: nl['fac.broadcastSend'] }).click();
    await expect(form.getByText(coffee)).toBeVisible();
    // The cockpit says how long what shows now stays.
    await expect(form.locator('.broadcast-now-until')).toHaveText(nl['cockpit.broadcastUntilPhase']);
    await expect(screen.getByText(coffee)).toBeVisible();
    await expect(phone.getByText(coffee)).toBeVisible();
    await fac.until((s) => s.broadcast?.text === coffee && s.broadcast.endsAt === null, 'until the next phase');
    await axe(page, 'cockpit broadcast form', 'section[aria-labelledby="broadcast-title"]');
    await shoot(form, 'cockpit-broadcast-1366');
    await shoot(page, 'cockpit-broadcast-page-1366');
    await shoot(screen, 'screen-broadcast-1920');
    await shoot(phone, 'phone-broadcast-360');

    await page.getByRole('button', { name: nl['fac.next'] }).click();
    const opening = state().agenda[1]!.title;
    await expect(screen.getByRole('heading', { name: opening })).toBeVisible();
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(opening);
    await expect(screen.getByText(coffee)).toHaveCount(0);
    await expect(phone.getByText(coffee)).toHaveCount(0);
    await expect(form.getByText(coffee)).toHaveCount(0);

    // For ten minutes: the next phase change does not take it away.
    const soup = 'Soep bij de bar';
    await form.getByLabel(nl['cockpit.broadcastLabel']).fill(soup);
    await ends.selectOption({ label: translate('nl', 'cockpit.broadcastForMinutes', { count: 10 }) });
    await form.getByRole('button', { name: nl['fac.broadcastSend'] }).click();
    await fac.until((s) => s.broadcast?.text === soup && s.broadcast.endsAt !== null, 'a timed broadcast');
    const endsAt = state().broadcast?.endsAt ?? 0;
    expect(endsAt - (state().broadcast?.at ?? 0)).toBe(10 * 60_000);
    await expect(form.locator('.broadcast-now-until')).toHaveText(/^Tot \d\d:\d\d$/);
    await expect(screen.getByText(soup)).toBeVisible();
    await expect(phone.getByText(soup)).toBeVisible();
    await page.getByRole('button', { name: nl['fac.next'] }).click();
    const next = state().agenda[2]!.title;
    await expect(screen.getByRole('heading', { name: next })).toBeVisible();
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(next);
    await expect(screen.getByText(soup)).toBeVisible();
    await expect(phone.getByText(soup)).toBeVisible();
    await shoot(form, 'cockpit-broadcast-timed-1366');
  } finally {
    fac.close();
    await screenContext.close();
    await phoneContext.close();
  }
});
