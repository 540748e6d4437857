import { nanoid } from 'nanoid';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

// An address phones can open, as at a real venue: on a loopback-only server the screen shows no QR.
test.use({ viewport: { width: 1920, height: 1080 }, serverOptions: { publicUrl: 'http://192.168.1.23:3000' } });

/**
 * The projector through the end of an evening: highlights, then the dot-vote live and final,
 * a closing phase with the working groups and a QR, and the thanks after the end. The room is
 * driven by real socket.io clients (facilitator, host, two phones).
 */
test('the screen shows highlights, the live and final dot-vote, the working groups and the thanks', async ({
  page,
  server,
}) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
  const phones = [0, 1].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
  const clients = [fac, host, ...phones];
  try {
    await Promise.all(clients.map((c) => c.ready()));
    const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    // A closing phase after the wrap-up (the template has none): working groups with a QR.
    const agenda = fac.state!.agenda;
    const wrapUp = agenda.findIndex((p) => p.kind === 'wrap-up');
    const closing = {
      id: 'closing',
      kind: 'closing' as const,
      title: 'Doe mee!',
      plannedStart: '21:28',
      durationMin: 2,
      instruction: '',
      round: null,
    };
    await fac.ok({
      type: 'agenda.set',
      phases: [...agenda.slice(0, wrapUp + 1), closing, ...agenda.slice(wrapUp + 1)],
    });
    for (let i = 0; i < 4; i++) await advance(); // … round 1
    const ideas = { hall: nanoid(), hours: nanoid() };
    await host.ok({ type: 'card.add', cardId: ideas.hall, text: 'Een buurthuis met koffie' });
    await host.ok({ type: 'card.add', cardId: ideas.hours, text: 'Een vast spreekuur' });
    for (const id of Object.values(ideas)) await host.ok({ type: 'card.highlight', cardId: id, on: true });
    for (let i = 0; i < 3; i++) await advance(); // round 2, break, wrap-up

    await page.goto(links.screen);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat hebben we gehoord?');
    const wijkhub = page.getByRole('region', { name: 'Wijkhub' });
    await expect(wijkhub.getByText('Een buurthuis met koffie')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Wijkstem' }).getByText(nl['screen.noHighlights'])).toBeVisible();

    // Voting opens: the screen counts every dot as it comes.
    await fac.ok({ type: 'voting.open', dots: 3 });
    await expect(page.getByRole('heading', { name: nl['screen.votesLive'] })).toBeVisible();
    await phones[0]!.ok({ type: 'vote.cast', cardId: ideas.hours });
    await phones[1]!.ok({ type: 'vote.cast', cardId: ideas.hours });
    await phones[1]!.ok({ type: 'vote.cast', cardId: ideas.hall });
    const results = page.getByRole('region', { name: nl['screen.votesLive'] }).getByRole('listitem');
    await expect(results).toHaveCount(2);
    await expect(results.first()).toContainText(translate('nl', 'screen.dots', { count: 2 }));
    await expect(results.first()).toContainText('Een vast spreekuur');
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-votes-1920.png` });

    // Closed: the final count, from the results counted at closing.
    await fac.ok({ type: 'voting.close' });
    const final = page.getByRole('region', { name: nl['screen.votesFinal'] }).getByRole('listitem');
    await expect(final).toHaveCount(2);
    await expect(final.last()).toContainText(translate('nl', 'screen.dots', { count: 1 }));

    await advance();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doe mee!');
    await expect(page.getByRole('heading', { name: nl['screen.groups'] })).toBeVisible();
    for (const group of fac.state!.workingGroups)
      await expect(page.getByText(group.title, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: nl['screen.qr.groups'] })).toBeVisible();
    await expect(page.getByRole('img', { name: nl['screen.qrAlt'] })).toBeVisible();
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-closing-1920.png` });

    // A broadcast shows as a banner over any phase, and goes again.
    await fac.ok({ type: 'broadcast.send', text: 'De bus vertrekt om 22:15' });
    await expect(page.getByText('De bus vertrekt om 22:15')).toBeVisible();
    await fac.ok({ type: 'broadcast.clear' });
    await expect(page.getByText('De bus vertrekt om 22:15')).toHaveCount(0);

    await fac.ok({ type: 'session.end' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl['screen.thanks']);
  } finally {
    for (const c of clients) c.close();
  }
});
