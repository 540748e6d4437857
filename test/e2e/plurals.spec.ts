import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { MessageKey } from '../../client/src/i18n/messages';
import { translate, type VarsFor } from '../../client/src/i18n/every-language';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const t = <K extends MessageKey>(key: K, ...vars: VarsFor<K>) => translate('nl', key, ...vars);

// Every context is closed at the end: an open page keeps its socket, and the server's teardown waits for it.
const contexts: BrowserContext[] = [];
async function open(browser: Browser, baseURL: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width, height }, locale: 'nl-NL' });
  contexts.push(context);
  return context.newPage();
}

/**
 * Nobody, one and more, where a count meets a noun: the projector, a phone with one dot left,
 * the cockpit and the follow-up page. One is the number a hand-made plural gets wrong
 * ("1 stippen", "1 aanmeldingen"), and nobody is a sentence of its own ("Nog niemand doet mee").
 */
test('counts read right on the screen, a phone, the cockpit and the follow-up page', async ({ browser, server }) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
  // Ann joins as soon as her client exists: after the screen has shown that nobody is in yet.
  const clients = [fac, host];
  const screen = await open(browser, server.url, 1366, 768);
  try {
    await Promise.all([fac.ready(), host.ready()]);
    await screen.goto(links.screen);
    await expect(screen.getByText(t('screen.joined', { count: 0 }))).toHaveText('Nog niemand doet mee');
    if (SHOTS !== null) await screen.screenshot({ path: `${SHOTS}/plural-screen-nobody-1366.png` });
    const ann = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    clients.push(ann);
    await ann.ready();
    await expect(screen.getByText(t('screen.joined', { count: 1 }))).toHaveText('1 persoon doet al mee');

    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    await host.ok({ type: 'card.add', cardId: 'c1', text: 'Een vaste plek met koffie', tags: [] });
    await host.ok({ type: 'card.highlight', cardId: 'c1', on: true });
    for (let i = 0; i < 3; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    await fac.ok({ type: 'voting.open', dots: 2 });
    await ann.ok({ type: 'vote.cast', cardId: 'c1' });

    // Ann's phone, with the device token the participant app keeps.
    const phone = await open(browser, server.url, 360, 640);
    const annToken = ann.credential.kind === 'participant' ? ann.credential.deviceToken! : '';
    await phone.addInitScript(([code, token]) => localStorage.setItem(`tafelronde:device:${code}`, token), [
      links.joinCode,
      annToken,
    ] as const);
    await phone.goto(links.participant);
    await expect(phone.getByText(t('participant.vote.left', { count: 1, dots: 2 }))).toHaveText(
      'Je hebt nog 1 stip over, van de 2.',
    );
    if (SHOTS !== null) {
      await phone.getByText(t('participant.vote.left', { count: 1, dots: 2 })).scrollIntoViewIfNeeded();
      await phone.screenshot({ path: `${SHOTS}/plural-phone-one-dot-left-360.png` });
    }
    await expect(screen.getByText(t('screen.dots', { count: 1 }), { exact: true })).toBeVisible();
    if (SHOTS !== null) await screen.screenshot({ path: `${SHOTS}/plural-screen-one-dot-1366.png` });

    const cockpit = await open(browser, server.url, 1366, 768);
    await cockpit.goto(links.facilitator);
    await expect(cockpit.getByText(t('fac.votingIsOpen', { count: 2 }))).toHaveText(
      'Stemmen is open (2 stippen per persoon)',
    );
    if (SHOTS !== null) {
      await cockpit.screenshot({ path: `${SHOTS}/plural-cockpit-1366.png`, fullPage: true });
      await cockpit.setViewportSize({ width: 360, height: 640 });
      await cockpit.screenshot({ path: `${SHOTS}/plural-cockpit-360.png`, fullPage: true });
    }

    await fac.ok({ type: 'voting.close' });
    await expect(phone.getByText(t('participant.results.dots', { count: 1 }), { exact: true })).toHaveText('1 stip');
    const groupId = fac.state!.workingGroups[0]!.id;
    await ann.ok({ type: 'signup.add', signupId: 's1', groupId, consent: false, contact: null });
    await fac.ok({ type: 'session.end' });
    await fac.ok({ type: 'followup.publish', published: true });

    const followup = await open(browser, server.url, 360, 640);
    await followup.goto(`/followup/${links.joinCode.toLowerCase()}`);
    await expect(followup.getByText(t('followup.signups', { count: 1 }))).toHaveText('(1 aanmelding)');
    await expect(followup.getByText(t('followup.dots', { count: 1 }), { exact: false })).toContainText('1 stip)');
    if (SHOTS !== null) await followup.screenshot({ path: `${SHOTS}/plural-followup-360.png`, fullPage: true });
  } finally {
    for (const c of clients) c.close();
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  }
});
