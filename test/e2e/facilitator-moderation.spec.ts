import { nanoid } from 'nanoid';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
/** "Verberg: Spreekuur": the visible word and the card it is about (said to screen readers only). */
const about = (action: string, card: string) =>
  new RegExp(`^${action}\\s*: ${card.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test.use({ viewport: { width: 1366, height: 768 } });

test('the cockpit moderates cards, broadcasts to the screen, and says calmly when someone else already moved on', async ({
  page,
  browser,
  context,
  server,
}) => {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const [wijkhub] = links.hosts;
  if (wijkhub === undefined) throw new Error('the template has tables');

  // A co-facilitator's socket (same token) and a host's tablet, as real socket.io clients.
  const cofac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const host = new TestClient(server.url, { kind: 'host', code: wijkhub.code });
  try {
    await Promise.all([cofac.ready(), host.ready()]);
    for (let i = 0; i < 4; i++)
      await cofac.ok({ type: 'phase.advance', expectedPhaseId: cofac.state?.currentPhaseId ?? null });
    const ids = { hall: nanoid(), hall2: nanoid(), hours: nanoid() };
    await host.ok({ type: 'card.add', cardId: ids.hall, text: 'Een buurthuis' });
    await host.ok({ type: 'card.add', cardId: ids.hall2, text: 'Een buurthuis!' });
    await host.ok({ type: 'card.add', cardId: ids.hours, text: 'Spreekuur' });

    await page.goto(links.facilitator);
    const feed = page.getByRole('region', { name: nl['fac.liveCards'] });
    await expect(feed.getByText('Spreekuur', { exact: true })).toBeVisible();

    // Hide: the host's tablet keeps only that it was hidden, not its words; the cockpit still shows it, marked.
    await feed.getByRole('button', { name: about('Verberg', 'Spreekuur') }).click();
    await host.until(
      (s) => s.cards[ids.hours]?.hidden === true && s.cards[ids.hours]?.text === '',
      'the hidden card without its words on the host',
    );
    await expect(feed.getByRole('button', { name: about('Toon weer', 'Spreekuur') })).toBeVisible();

    // Merge a duplicate into the card it repeats.
    await feed.getByRole('button', { name: about('Dubbel', 'Een buurthuis!') }).click();
    await feed.getByRole('button', { name: about('Voeg hierbij', 'Een buurthuis') }).click();
    await cofac.until((s) => s.cards[ids.hall2]?.mergedInto === ids.hall, 'the merge');
    await expect(feed.getByText('1 samengevoegd')).toBeVisible();
    await expect(feed.getByText('Een buurthuis!', { exact: true })).toHaveCount(0);

    // Broadcast: the projector shows it as a banner.
    const projector = await browser.newContext({ baseURL: server.url });
    try {
      const screen = await projector.newPage();
      await screen.goto(links.screen);
      await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Tafelronde 1');
      await page.getByLabel(nl['cockpit.broadcastLabel']).fill('Nog 5 minuten');
      await page.getByRole('button', { name: nl['fac.broadcastSend'] }).click();
      await expect(screen.getByRole('status').filter({ hasText: 'Nog 5 minuten' })).toBeVisible();
    } finally {
      await projector.close();
    }

    // Move one person to another table for this round; the seat counts follow.
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    try {
      await phone.ready();
      const tables = cofac.state!.tables;
      await phone.ok({ type: 'tables.pick', picks: [tables[0]!.id, tables[1]!.id] });
      const seats = page.getByRole('table', { name: nl['cockpit.seatsCaption'] });
      await expect(
        seats
          .getByRole('row', { name: /^Wijkhub/ })
          .getByRole('cell')
          .nth(1),
      ).toHaveText('1 / 40');
      await page.getByLabel(nl['cockpit.movePerson']).selectOption({ label: 'Deelnemer 1' });
      await expect(page.getByText('Zit nu aan: Wijkhub')).toBeVisible();
      await page.getByLabel(nl['cockpit.moveTo']).selectOption({ label: 'Wijkstem' });
      await page.getByRole('button', { name: nl['cockpit.moveButton'] }).click();
      await expect(page.getByText('Deelnemer 1 is verplaatst.')).toBeVisible();
      await expect(
        seats
          .getByRole('row', { name: /^Wijkstem/ })
          .getByRole('cell')
          .nth(1),
      ).toHaveText('1 / 40');
      await expect(
        seats
          .getByRole('row', { name: /^Wijkhub/ })
          .getByRole('cell')
          .nth(1),
      ).toHaveText('0 / 40');
      const pid = phone.welcome!.actor.role === 'participant' ? phone.welcome!.actor.participantId : '';
      await cofac.until((s) => s.assignments[pid]?.['1'] === tables[2]!.id, 'the assignment');
    } finally {
      phone.close();
    }

    // Two facilitators press "next" at once: the cockpit's press arrives second (it was offline),
    // gets CONFLICT, and says so without skipping a phase.
    await context.setOffline(true);
    await page.getByRole('button', { name: nl['fac.next'] }).click();
    await cofac.ok({ type: 'phase.advance', expectedPhaseId: cofac.state?.currentPhaseId ?? null });
    await context.setOffline(false);
    await expect(
      page.getByText('Iemand anders ging net al verder. Er is niets overgeslagen. Nu bezig: Tafelronde 2.'),
    ).toBeVisible();
    expect(cofac.state?.agenda.find((p) => p.id === cofac.state?.currentPhaseId)?.title).toBe('Tafelronde 2');
  } finally {
    cofac.close();
    host.close();
  }
});
