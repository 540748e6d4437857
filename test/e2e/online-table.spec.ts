import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { secretOf } from '../../harness/server';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/**
 * An online table end to end: the facilitator makes Wijkhub online with its video link in the
 * cockpit's tables editor, and a phone seated there gets "Open het videogesprek" when its round
 * starts (in the break before it).
 */
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const LINK = 'https://meet.jit.si/Tafelronde-wijkhub-7Qx2';

const axe = (page: Page, where: string) => expectAccessible(page, where);

test.setTimeout(180_000);

test('the facilitator makes a table online; the phone seated there opens its video call at the round', async ({
  browser,
  server,
}) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;

  // The cockpit, 1366×768: Wijkhub becomes an online table with its link.
  const cockpit = await (
    await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 768 } })
  ).newPage();
  await cockpit.goto(links.facilitator);
  await cockpit.getByRole('button', { name: nl['cockpit.tab.prepare'] }).click();
  const tables = cockpit.getByRole('region', { name: nl['prep.tables'] });
  const wijkhub = tables.getByRole('group', { name: 'Tafel 1: Wijkhub' });
  await expect(wijkhub.getByLabel(nl['prep.videoUrl'])).toHaveCount(0);
  await wijkhub.getByLabel(nl['prep.online']).check();
  const link = wijkhub.getByLabel(nl['prep.videoUrl']);
  // A link that is not https is said while typing, and the server refuses it next to the field.
  await link.fill('http://meet.jit.si/wijkhub');
  await expect(wijkhub.getByText(nl['prep.videoUrlBad'])).toBeVisible();
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await tables.getByRole('button', { name: nl['prep.save'] }).click();
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await link.fill(LINK);
  await expect(wijkhub.getByText(nl['prep.videoUrlBad'])).toHaveCount(0);
  await tables.getByRole('button', { name: nl['prep.save'] }).click();
  await expect(tables.getByRole('status')).toHaveText(nl['prep.saved']);
  await expect(link).toHaveAttribute('aria-invalid', 'false');
  await axe(cockpit, 'cockpit tables editor');
  if (SHOTS !== null) {
    await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await cockpit.screenshot({ path: `${SHOTS}/online-cockpit-editor-1366.png` });
  }

  // The facilitator's own socket sees what was saved.
  const facilitator = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  await facilitator.until((s) => s.tables[0]?.videoUrl === LINK, 'the saved link');

  // The host tablet of Wijkhub has its call all evening, to open it before its people arrive.
  const tablet = await (
    await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } })
  ).newPage();
  await tablet.goto(links.hosts[0]!.link);
  const hostCall = tablet.getByRole('link', { name: nl['online.open'] });
  await expect(hostCall).toHaveAttribute('href', LINK);
  await expect(hostCall).toHaveAttribute('rel', 'noopener noreferrer');
  await axe(tablet, 'host tablet of an online table');

  // A phone, 360×640: it may say it takes part from home, and picks Wijkhub for round 1.
  const phone = await (
    await browser.newContext({
      baseURL: server.url,
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
    })
  ).newPage();
  await phone.goto(links.participant);
  await expect(phone.getByLabel(nl['participant.profile.remote'])).toBeVisible();
  await phone.getByRole('checkbox', { name: /Wijkhub/ }).check();
  await phone.getByRole('checkbox', { name: /Wijkstem/ }).check();
  const picks = phone.getByRole('region', { name: nl['participant.picks.title'] });
  await picks.getByRole('button', { name: nl['participant.picks.save'] }).click();
  await expect(picks.getByText(nl['participant.saved'])).toBeVisible();
  // Before the round the phone holds no link; the break before round 1 brings it, without a reload.
  await facilitator.ok({ type: 'phase.jump', phaseId: 'plenary-1' });
  await expect(phone.getByText(nl['online.title'])).toBeVisible();
  await expect(phone.getByText(nl['online.later'])).toBeVisible();
  await expect(phone.getByRole('link', { name: nl['online.open'] })).toHaveCount(0);
  await facilitator.ok({ type: 'phase.jump', phaseId: 'round-1' });
  const call = phone.getByRole('link', { name: nl['online.open'] });
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', LINK);
  await expect(call).toHaveAttribute('target', '_blank');
  await expect(call).toHaveAttribute('rel', 'noopener noreferrer');
  await axe(phone, 'phone at an online table');
  if (SHOTS !== null) {
    await call.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SHOTS}/online-phone-360.png` });
  }
  // Round 2 seats the phone at Wijkstem, in the room: the link goes.
  await facilitator.ok({ type: 'phase.jump', phaseId: 'round-2' });
  await expect(phone.getByRole('link', { name: nl['online.open'] })).toHaveCount(0);
  await expect(phone.getByText(nl['online.title'])).toHaveCount(0);
  facilitator.close();
});
