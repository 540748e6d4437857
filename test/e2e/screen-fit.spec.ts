import { nanoid } from 'nanoid';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

// An address phones can open, as at a real venue: on a loopback-only server the screen shows no QR.
test.use({ viewport: { width: 1920, height: 1080 }, serverOptions: { publicUrl: 'http://192.168.1.23:3000' } });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * Latecomers can still join in a round (a corner QR and code), and a full vote with a broadcast
 * fits the projector: no scrolling, the last bar in view.
 */
test('the screen keeps a corner join code in the rounds and fits a full vote with a broadcast', async ({
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
  const hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
  const phones = [0, 1, 2].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
  const clients = [fac, ...hosts, ...phones];
  try {
    await Promise.all(clients.map((c) => c.ready()));
    const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    for (let i = 0; i < 4; i++) await advance(); // … round 1

    await page.goto(links.screen);
    await expect(page.getByRole('timer')).toBeVisible();
    const corner = page.getByRole('complementary', { name: nl['screen.corner'] });
    await expect(corner.getByRole('img', { name: nl['screen.qrAlt'] })).toBeVisible();
    await expect(corner.getByText(links.joinCode, { exact: true })).toBeVisible();
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-round-corner-1920.png` });

    // 15 highlighted cards with long texts, spread over the tables.
    const cards: string[] = [];
    for (let i = 0; i < 15; i++) {
      const host = hosts[i % hosts.length]!;
      const id = nanoid();
      cards.push(id);
      await host.ok({
        type: 'card.add',
        cardId: id,
        text: `Idee ${i + 1}: een plek in de wijk waar je elkaar ontmoet, met koffie, een moestuin en ruimte voor kinderen`,
      });
      await host.ok({ type: 'card.highlight', cardId: id, on: true });
    }
    for (let i = 0; i < 3; i++) await advance(); // round 2, break, wrap-up
    await fac.ok({ type: 'voting.open', dots: 5 });
    for (const [i, id] of cards.entries()) await phones[i % phones.length]!.ok({ type: 'vote.cast', cardId: id });
    await fac.ok({ type: 'broadcast.send', text: 'De bus naar het station vertrekt om 22:15 vanaf de hoofdingang' });

    const bars = page.getByRole('region', { name: nl['screen.votesLive'] }).getByRole('listitem');
    await expect(bars).toHaveCount(10);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect(page.getByText('De bus naar het station')).toBeVisible();
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        inner: window.innerHeight,
      }));
      expect(scroll, `page height at ${size.width}×${size.height}`).toBeLessThanOrEqual(inner);
      await expect(bars.last()).toBeInViewport({ ratio: 1 });
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-votes-full-${size.width}.png` });
    }
  } finally {
    for (const c of clients) c.close();
  }
});
