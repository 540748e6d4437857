import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { en } from '../../client/src/i18n/en';
import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/** Issue 18: the facilitator accepts, renames and drops the server's theme suggestions. */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);

const CARDS = {
  nl: [
    'Een buurthuis waar iedereen binnen kan lopen',
    'Het buurthuis moet vaker open zijn',
    'Meer activiteiten in het buurthuis voor ouderen',
    'Te weinig parkeerplekken in de straat',
    'Parkeerplekken voor bewoners, niet voor bezoekers',
    'Betaald parkeren in de hele wijk, minder parkeerplekken',
    'Meer groen en bomen in de wijk',
    'Bomen planten op het plein, meer groen',
  ],
  en: [
    'A community centre where anyone can walk in',
    'The community centre should open more often',
    'More activities in the community centre for older people',
    'Too few parking spaces in our street',
    'Parking spaces for residents, not for visitors',
    'Paid parking in the whole area, fewer parking spaces',
    'More trees and green in the neighbourhood',
    'Plant trees on the square, more green',
  ],
};

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function evening(url: string, language: 'nl' | 'en') {
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language }),
  });
  const links = (await res.json()) as CreateSessionResponse;
  const fac = new TestClient(url, { kind: 'facilitator', token: secretOf(links.facilitator) });
  await fac.ready();
  await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
  for (const [i, text] of CARDS[language].entries())
    await fac.ok({ type: 'card.add', cardId: `card-${i}`, tableId: links.hosts[i % 3]!.tableId, text });
  return { links, fac };
}

async function openHarvest(page: Page, texts: typeof nl) {
  await page
    .getByRole('navigation', { name: texts['cockpit.tabs'] })
    .getByRole('button', { name: texts['cockpit.tab.harvest'] })
    .click();
  const panel = page.getByRole('region', { name: texts['suggest.title'] });
  await expect(panel.getByRole('status')).not.toHaveText(texts['suggest.asking']);
  return panel;
}

test('the facilitator renames and accepts a suggestion, and a dropped one stays dropped after a reload', async ({
  page,
  server,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { links, fac } = await evening(server.url, 'nl');
  try {
    await page.goto(links.facilitator);
    const panel = await openHarvest(page, nl);
    const items = panel.locator('.suggest-item');
    await expect(items.first()).toBeVisible();
    await expect(panel.getByRole('status')).toContainText(/\d voorstel/);
    await axe(page);

    // Rename the first suggestion and make it a theme.
    const first = items.first();
    await first.getByText(/kaartjes$/).click();
    const firstCards = await first.locator('.suggest-cards li').allTextContents();
    await first.getByRole('textbox', { name: nl['suggest.label'] }).fill('Een plek in de wijk');
    await first.getByRole('button', { name: nl['suggest.accept'] }).click();
    await expect(panel.getByRole('status')).toContainText('Thema gemaakt: Een plek in de wijk');
    await fac.until(
      (s) => Object.values(s.themes ?? {}).some((t) => t.label === 'Een plek in de wijk'),
      'the accepted theme',
    );
    const theme = Object.values(fac.state!.themes ?? {}).find((t) => t.label === 'Een plek in de wijk')!;
    expect(theme.proposedBy).toBeNull();
    expect(theme.cardIds.map((id) => fac.state!.cards[id]!.text).sort()).toEqual([...firstCards].sort());
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/suggest-nl-accepted-1366.png`, fullPage: true });

    // Drop another: it is gone, also after a reload.
    const other = items.first();
    const otherName = (await other.getByRole('heading').textContent()) ?? '';
    expect(otherName).not.toBe('');
    await other.getByRole('button', { name: nl['suggest.drop'] }).click();
    await expect(panel.getByRole('status')).toContainText(nl['suggest.dropped']);
    await expect(panel.getByRole('heading', { name: otherName, exact: true })).toHaveCount(0);

    await page.reload();
    const again = await openHarvest(page, nl);
    await expect(again.getByRole('status')).toContainText(/voorstel/i);
    await expect(again.getByRole('heading', { name: otherName, exact: true })).toHaveCount(0);
    await axe(page);
  } finally {
    fac.close();
  }
});

for (const language of ['nl', 'en'] as const) {
  test(`the suggestions at a phone's, a laptop's and a projector's size (${language})`, async ({ page, server }) => {
    const texts = language === 'nl' ? nl : (en as unknown as typeof nl);
    const { links, fac } = await evening(server.url, language);
    try {
      for (const [width, height] of [
        [360, 640],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(links.facilitator);
        const panel = await openHarvest(page, texts);
        await expect(panel.locator('.suggest-item').first()).toBeVisible();
        await panel.locator('.suggest-item summary').first().click();
        await panel.scrollIntoViewIfNeeded();
        if (SHOTS === null) continue;
        await page.screenshot({ path: `${SHOTS}/suggest-${language}-${width}.png` });
        await panel.screenshot({ path: `${SHOTS}/suggest-${language}-${width}-panel.png` });
      }
    } finally {
      fac.close();
    }
  });
}
