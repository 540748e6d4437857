import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/**
 * Issue 19, recommendations: a host adds one on the tablet with who takes it on and by when, and
 * edits it; the cockpit's card feed shows it and the facilitator changes the date; the report
 * from the cockpit lists it in its own section.
 */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const TEXT = 'Een vast spreekuur van de wijkagent in het buurthuis';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 360, height: 640 },
]) {
  test(`a host adds a recommendation with owner and date, the cockpit and its report show it (${viewport.width}×${viewport.height})`, async ({
    browser,
    server,
  }) => {
    // A tablet, the cockpit, axe three times and a download: slow on a loaded two-core machine.
    test.setTimeout(180_000);
    const response = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
    });
    const links = (await response.json()) as CreateSessionResponse;
    const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1]! });
    const context = await browser.newContext({ baseURL: server.url, viewport });
    try {
      await fac.ready();
      while (currentRound(fac.state as SessionState) !== 1) await fac.ok({ type: 'phase.advance' });

      const page = await context.newPage();
      await page.goto(links.hosts[0]!.link);
      const capture = page.getByRole('region', { name: nl['host.addLabel'] });
      // The owner and date fields come with the kind, not before.
      await expect(capture.getByLabel(nl['host.rec.owner'])).toHaveCount(0);
      await capture.getByRole('radio', { name: nl['host.kind.recommendation'] }).check();
      await capture.getByLabel(nl['host.addLabel']).fill(TEXT);
      await capture.getByLabel(nl['host.rec.owner']).fill('Wijkteam Noord');
      await capture.getByLabel(nl['host.rec.due']).fill('2026-06-30');
      await axe(page);
      if (SHOTS !== null)
        await page.screenshot({ path: `${SHOTS}/host-recommendation-${viewport.width}.png`, fullPage: true });
      await capture.getByRole('button', { name: nl['host.add'] }).click();
      await fac.until((s) => Object.values(s.cards).some((c) => c.text === TEXT), 'the recommendation at the server');
      const cardId = Object.values(fac.state!.cards).find((c) => c.text === TEXT)!.id;
      expect(fac.state!.cards[cardId]).toMatchObject({
        kind: 'recommendation',
        owner: 'Wijkteam Noord',
        due: '2026-06-30',
      });
      // The form starts fresh: an idea again, without the fields.
      await expect(capture.getByLabel(nl['host.rec.owner'])).toHaveCount(0);

      const stream = page.getByRole('region', { name: new RegExp(nl['host.stream.title']) });
      const item = stream.getByRole('listitem').filter({ hasText: TEXT });
      await expect(item).toContainText('Wie: Wijkteam Noord');
      await expect(item).toContainText('Klaar op: 30 juni 2026');

      // The host edits who takes it on.
      await item.getByRole('button', { name: `${nl['host.card.edit']}: ${TEXT}` }).click();
      await item.getByLabel(nl['host.rec.owner']).fill('Gemeente, afdeling Veiligheid');
      await item.getByRole('button', { name: nl['host.card.save'] }).click();
      await fac.until((s) => s.cards[cardId]?.owner === 'Gemeente, afdeling Veiligheid', 'the host’s edit');
      await expect(item).toContainText('Wie: Gemeente, afdeling Veiligheid');
      await axe(page);

      // The cockpit is a laptop's: it and its report are checked at the laptop size only.
      if (viewport.width < 1024) return;

      // The cockpit: the feed shows it; the facilitator changes the date.
      const cockpit = await context.newPage();
      await cockpit.goto(links.facilitator);
      const feed = cockpit.getByRole('region', { name: nl['fac.liveCards'] });
      const card = feed.getByRole('listitem').filter({ hasText: TEXT });
      await expect(card).toContainText(nl['cockpit.kind.recommendation']);
      await expect(card).toContainText('Klaar op: 30 juni 2026');
      await card.getByRole('button', { name: new RegExp(`^${nl['cockpit.rec.edit']}`) }).click();
      await card.getByLabel(nl['host.rec.due']).fill('2026-04-15');
      await card.getByRole('button', { name: nl['cockpit.rec.save'] }).click();
      await expect(card).toContainText('Klaar op: 15 april 2026');
      await expect(item).toContainText('Klaar op: 15 april 2026');
      await axe(cockpit);

      // The report from the cockpit: its own section, before the tables.
      await cockpit.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
      const download = cockpit.waitForEvent('download');
      await cockpit.getByRole('button', { name: nl['report.download'].replace('{format}', 'Markdown') }).click();
      const md = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
      const section = md.indexOf('## Aanbevelingen');
      expect(section).toBeGreaterThan(-1);
      expect(md.indexOf('## Thematafels')).toBeGreaterThan(section);
      expect(md.slice(section, md.indexOf('## Thematafels'))).toContain(
        `| ${TEXT} | Gemeente, afdeling Veiligheid | 15 april 2026 |`,
      );
    } finally {
      fac.close();
      await context.close();
    }
  });
}
