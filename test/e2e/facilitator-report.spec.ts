import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/* The facilitator's report tab: download the public Markdown report and publish the follow-up. */
test('the cockpit downloads the report and publishes the follow-up after the end', async ({
  page,
  server,
  browser,
}) => {
  const links = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening' }),
    })
  ).json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, {
    kind: 'facilitator',
    token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
  });
  try {
    await fac.ready();
    await fac.ok({ type: 'phase.advance' });
    await page.goto(links.facilitator);
    await page.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
    await expect(page.getByRole('heading', { name: nl['report.title'] })).toBeVisible();
    await expect(page.getByText(nl['report.publishAfterEnd'])).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl['report.download'].replace('{format}', 'Markdown') }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8')).toContain(fac.state!.title);

    const phoneContext = await browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 640 } });
    const phone = await phoneContext.newPage();
    await phone.goto(links.participant);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(fac.state!.agenda[0]!.title);

    await fac.ok({ type: 'session.end' });
    // The phone points to the follow-up once the evening has ended.
    await expect(phone.getByRole('link', { name: nl['participant.followup.link'] })).toHaveAttribute(
      'href',
      `/followup/${links.joinCode}`,
    );
    await phoneContext.close();
    await page.getByRole('button', { name: nl['report.publish'] }).click();
    await expect(page.getByText(nl['report.published'])).toBeVisible();
  } finally {
    fac.close();
  }
});

/* Deleting the whole session from the report tab: a tick first, then everything goes, the facilitator's link too. */
test('the facilitator deletes the evening after keeping the report', async ({ page, server }) => {
  const links = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening' }),
    })
  ).json()) as CreateSessionResponse;
  await page.goto(links.facilitator);
  await page.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
  const button = page.getByRole('button', { name: nl['deleteSession.button'] });
  await expect(button).toBeDisabled();
  await page.getByRole('checkbox', { name: nl['deleteSession.sure'] }).check();
  await button.click();
  await expect(page.getByRole('status')).toHaveText(nl['start.deleted']);
  expect(new URL(page.url()).pathname).toBe('/');
  // Nothing answers to the session's links any more.
  const token = links.facilitator.slice(links.facilitator.indexOf('#') + 1);
  expect(
    (
      await fetch(`${server.url}/api/sessions/${links.sessionId}/links`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).status,
  ).toBe(401);
});
