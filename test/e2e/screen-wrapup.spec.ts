import { nanoid } from 'nanoid';
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
