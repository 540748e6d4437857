import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/** A programme member on a 360×640 phone: agrees in session 1, is welcomed back in session 2. */

const PHONE = { width: 360, height: 640 };
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

const axe = (page: Page, screen: string) => expectAccessible(page, screen);

const tokenOf = (links: CreateSessionResponse) => links.facilitator.split('#')[1] ?? '';

test('a phone agrees in session 1, and session 2 welcomes it back', async ({ page, browser, server }) => {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  const s1 = (await created.json()) as CreateSessionResponse;
  const fac1 = new TestClient(server.url, { kind: 'facilitator', token: tokenOf(s1) });
  const clients = [fac1];
  try {
    await fac1.ready();
    await fac1.ok({ type: 'phase.jump', phaseId: 'wrap-up' });

    const context = await browser.newContext({ baseURL: server.url, viewport: PHONE, isMobile: true, hasTouch: true });
    const p = await context.newPage();
    await p.goto(s1.participant);
    const remember = p.getByRole('checkbox', { name: nl['participant.member.remember'] });
    await expect(remember).not.toBeChecked();
    await remember.check();
    await expect(p.getByText(`${nl['participant.member.code']}:`)).toBeVisible();
    await expect(remember).toBeChecked();
    await fac1.until((s) => Object.values(s.participants).some((x) => typeof x.memberId === 'string'), 'a member');
    await remember.scrollIntoViewIfNeeded();
    await axe(p, 'session 1, remembered');
    if (SHOTS !== null) await p.screenshot({ path: `${SHOTS}/member-remembered-360.png` });

    // The next session of the series; the same phone opens it.
    const next = await page.request.post(`/api/sessions/${s1.sessionId}/next`, {
      data: {},
      headers: { authorization: `Bearer ${tokenOf(s1)}` },
    });
    expect(next.status()).toBe(201);
    const s2 = (await next.json()) as CreateSessionResponse;
    const fac2 = new TestClient(server.url, { kind: 'facilitator', token: tokenOf(s2) });
    clients.push(fac2);
    await fac2.ready();
    await p.goto(s2.participant);
    const welcome = p.getByRole('status').filter({ hasText: nl['participant.member.welcomeBack'] });
    await expect(welcome).toBeVisible();
    await expect(p.getByRole('checkbox', { name: nl['participant.member.remember'] })).toBeChecked();
    const memberId = fac1.state!.participants[Object.keys(fac1.state!.participants)[0]!]!.memberId;
    await fac2.until((s) => Object.values(s.participants).some((x) => x.memberId === memberId), 'recognised');
    await welcome.scrollIntoViewIfNeeded();
    await axe(p, 'session 2, welcomed back');
    if (SHOTS !== null) await p.screenshot({ path: `${SHOTS}/member-welcome-back-360.png` });

    // Another phone, a code typed wrong: said plainly, nothing changes.
    const other = await (
      await browser.newContext({ baseURL: server.url, viewport: PHONE, isMobile: true, hasTouch: true })
    ).newPage();
    await other.goto(s2.participant);
    const field = other.getByLabel(nl['participant.member.claimLabel']);
    await field.fill('ABCD EFGH JKMN');
    await other.getByRole('button', { name: nl['participant.member.claim'] }).click();
    await expect(other.getByRole('alert').filter({ hasText: nl['participant.member.unknownCode'] })).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await field.scrollIntoViewIfNeeded();
    await axe(other, 'session 2, unknown code');
    if (SHOTS !== null) await other.screenshot({ path: `${SHOTS}/member-unknown-code-360.png` });
  } finally {
    for (const c of clients) c.close();
  }
});
