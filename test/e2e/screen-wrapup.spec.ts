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

/** A summary as long as a host may type (600 characters), so the clamp is what keeps it on screen. */
const longSummary = (n: number) =>
  `Tafel ${n}: ${'we willen een buurthuis met koffie, een vast spreekuur van de gemeente en een moestuin voor de kinderen. '.repeat(6)}`.slice(
    0,
    600,
  );

async function createSession(server: { url: string }) {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  return (await res.json()) as CreateSessionResponse;
}

/**
 * The wrap-up on the projector: each table's summary, as its host typed it in the harvest, stands
 * in that table's box, with six tables and summaries at the length limit still on one screen.
 */
test('the wrap-up shows each table host’s summary and fits six tables with long summaries', async ({
  page,
  server,
}) => {
  const links = await createSession(server);
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
  const clients = [fac, host];
  try {
    await Promise.all(clients.map((c) => c.ready()));
    const template = fac.state!.tables;
    const extra = [4, 5, 6].map((n) => ({ ...template[0]!, id: `extra-${n}`, title: `Extra tafel ${n}` }));
    await fac.ok({ type: 'tables.set', tables: [...template, ...extra] });
    const tables = fac.state!.tables;
    expect(tables).toHaveLength(6);

    const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    for (let i = 0; i < 4; i++) await advance(); // … round 1
    // The first table's host writes its own summary; the facilitator fills in the others.
    await host.ok({ type: 'summary.set', tableId: tables[0]!.id, text: longSummary(1) });
    for (const [i, table] of tables.entries())
      if (i > 0) await fac.ok({ type: 'summary.set', tableId: table.id, text: longSummary(i + 1) });
    for (let i = 0; i < 2; i++) {
      const id = nanoid();
      await host.ok({
        type: 'card.add',
        cardId: id,
        text: `Idee ${i + 1}: een plek in de wijk waar je elkaar ontmoet`,
      });
      await host.ok({ type: 'card.highlight', cardId: id, on: true });
    }
    for (let i = 0; i < 3; i++) await advance(); // round 2, break, wrap-up

    await page.goto(links.screen);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat hebben we gehoord?');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const [i, table] of tables.entries()) {
        const summary = page.getByRole('region', { name: table.title }).getByText(`Tafel ${i + 1}: we willen`);
        await expect(summary).toBeInViewport({ ratio: 1 });
        // Readable from the back: not shrunk to footnote size to make it fit.
        const px = await summary.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        expect(px, `summary font size at ${size.width}`).toBeGreaterThanOrEqual(20);
      }
      await expect(page.getByRole('region', { name: tables[0]!.title }).getByText('Idee 1:')).toBeVisible();
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        inner: window.innerHeight,
      }));
      expect(scroll, `page height at ${size.width}×${size.height}`).toBeLessThanOrEqual(inner);
      if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-wrapup-summaries-${size.width}.png` });
    }
  } finally {
    for (const c of clients) c.close();
  }
});

/**
 * The reference wrap-up calls people to the working groups, and the template has no closing phase
 * after it: the wrap-up itself shows the groups and the QR to sign up with, beside 15 highlights,
 * then beside a full vote, with a broadcast, on one screen. A session without groups keeps the
 * wrap-up as it was, with the corner code for latecomers.
 */
test('the wrap-up shows the working groups with their QR when the session has them', async ({ page, server }) => {
  const links = await createSession(server);
  const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  const hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
  const phones = [0, 1, 2].map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
  const clients = [fac, ...hosts, ...phones];
  try {
    await Promise.all(clients.map((c) => c.ready()));
    const groups = fac.state!.workingGroups;
    expect(groups.length).toBeGreaterThan(0);
    const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
    for (let i = 0; i < 4; i++) await advance(); // … round 1
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
    for (const [i, host] of hosts.entries())
      await host.ok({ type: 'summary.set', tableId: fac.state!.tables[i]!.id, text: longSummary(i + 1) });
    for (let i = 0; i < 3; i++) await advance(); // round 2, break, wrap-up
    await fac.ok({ type: 'broadcast.send', text: 'De bus naar het station vertrekt om 22:15 vanaf de hoofdingang' });

    await page.goto(links.screen);
    const side = page.getByRole('region', { name: nl['screen.groups'] });
    const join = page.getByRole('complementary', { name: nl['screen.qr.groups'] });
    const check = async (what: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await expect(page.getByText('De bus naar het station')).toBeVisible();
        for (const g of groups) await expect(side.getByText(g.title, { exact: true })).toBeInViewport({ ratio: 1 });
        await expect(join.getByRole('img', { name: nl['screen.qrAlt'] })).toBeInViewport({ ratio: 1 });
        await expect(join.getByText(links.joinCode, { exact: true })).toBeInViewport({ ratio: 1 });
        const { scroll, inner } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollHeight,
          inner: window.innerHeight,
        }));
        expect(scroll, `page height, ${what} at ${size.width}×${size.height}`).toBeLessThanOrEqual(inner);
        if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/screen-wrapup-groups-${what}-${size.width}.png` });
      }
    };
    await expect(page.getByRole('heading', { name: nl['screen.highlights'] })).toBeVisible();
    // The big QR is there: no second, corner one.
    await expect(page.getByRole('complementary', { name: nl['screen.corner'] })).toHaveCount(0);
    await check('highlights');

    await fac.ok({ type: 'voting.open', dots: 5 });
    for (const [i, id] of cards.entries()) await phones[i % phones.length]!.ok({ type: 'vote.cast', cardId: id });
    const bars = page.getByRole('region', { name: nl['screen.votesLive'] }).getByRole('listitem');
    await expect(bars).toHaveCount(10);
    await check('votes');
    await expect(bars.last()).toBeInViewport({ ratio: 1 });

    // Without working groups the wrap-up is the results alone, and latecomers get the corner code.
    await fac.ok({ type: 'workingGroups.set', groups: [] });
    await expect(side).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: nl['screen.corner'] })).toBeVisible();
  } finally {
    for (const c of clients) c.close();
  }
});
