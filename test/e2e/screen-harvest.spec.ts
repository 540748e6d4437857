import type { Page } from '@playwright/test';
import { nanoid } from 'nanoid';
import { translate } from '../../client/src/i18n/every-language';
import type { Language } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

const secretOf = (link: string) => link.slice(link.indexOf('#') + 1);
const SHOTS = process.env.SCREENSHOTS_DIR ?? null;

test.use({ viewport: { width: 1920, height: 1080 }, serverOptions: { publicUrl: 'http://192.168.1.23:3000' } });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const axe = (page: Page, what: string, include?: string) => expectAccessible(page, what, { include, sideways: false });

/** Eight themes of the evening, each with sentences a table might write; 64 cards in all. */
const THEMES: Record<Language, { label: string; texts: string[] }[]> = {
  nl: [
    {
      label: 'Groen en spelen',
      texts: ['Meer bomen in de straat', 'Een speeltuin bij de school', 'Groen op het plein'],
    },
    {
      label: 'Verkeer',
      texts: ['De straat is te druk met auto’s', 'Veilig fietsen naar school', 'Drempels tegen hard rijden'],
    },
    {
      label: 'Ontmoeten',
      texts: ['Een buurthuis met koffie', 'Samen eten in het buurthuis', 'Een plek om elkaar te ontmoeten'],
    },
    {
      label: 'Jongeren',
      texts: ['Jongeren hebben geen plek', 'Een sportveld voor jongeren', 'Jongeren helpen bij de moestuin'],
    },
    { label: 'Winkels', texts: ['Winkels op het plein houden', 'Een markt op zaterdag', 'Lege winkels weer open'] },
    {
      label: 'Veiligheid',
      texts: ['Betere verlichting in het park', 'Veilig naar huis in de avond', 'Het park is donker'],
    },
    { label: 'Wonen', texts: ['Betaalbare woningen voor starters', 'Woningen voor ouderen', 'Wonen boven de winkels'] },
    {
      label: 'Gemeente luistert',
      texts: ['De gemeente moet luisteren', 'Spreekuur van de gemeente', 'Antwoord op vragen van bewoners'],
    },
  ],
  en: [
    {
      label: 'Green and play',
      texts: ['More trees in the street', 'A playground by the school', 'Green on the square'],
    },
    {
      label: 'Traffic',
      texts: ['The street is too busy with cars', 'Safe cycling to school', 'Speed bumps against fast driving'],
    },
    {
      label: 'Meeting',
      texts: ['A community centre with coffee', 'Eating together in the centre', 'A place to meet each other'],
    },
    {
      label: 'Young people',
      texts: ['Young people have no place', 'A sports field for young people', 'Young people help in the garden'],
    },
    { label: 'Shops', texts: ['Keep shops on the square', 'A market on Saturday', 'Empty shops open again'] },
    { label: 'Safety', texts: ['Better lights in the park', 'Safe home in the evening', 'The park is dark'] },
    { label: 'Housing', texts: ['Affordable homes for starters', 'Homes for older people', 'Living above the shops'] },
    {
      label: 'Council listens',
      texts: ['The council should listen', 'Council office hours', 'Answers to residents’ questions'],
    },
  ],
};

/** 11 phones: residents and civil servants are big enough to show apart, entrepreneurs (2) and "other" (1) are not. */
const GROUPS = [
  ...Array<'resident'>(5).fill('resident'),
  ...Array<'municipality'>(3).fill('municipality'),
  'entrepreneur',
  'entrepreneur',
  'other',
] as const;

for (const language of ['nl', 'en'] as const) {
  test(`the facilitator puts themes, the word cloud and the votes by group on the screen (${language})`, async ({
    browser,
    server,
  }) => {
    test.setTimeout(120_000);
    const t = (key: Parameters<typeof translate>[1], ...vars: unknown[]) =>
      (translate as (l: Language, k: string, ...v: unknown[]) => string)(language, key, ...vars);
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening', language }),
    });
    const links = (await res.json()) as CreateSessionResponse;
    const fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) });
    const hosts = links.hosts.map((h) => new TestClient(server.url, { kind: 'host', code: h.code }));
    const phones = GROUPS.map(() => new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }));
    const clients = [fac, ...hosts, ...phones];
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: language });
    try {
      await Promise.all(clients.map((c) => c.ready()));
      for (const [i, p] of phones.entries()) await p.ok({ type: 'profile.set', group: GROUPS[i] });
      const advance = () => fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state?.currentPhaseId ?? null });
      for (let i = 0; i < 4; i++) await advance(); // … round 1

      // 8 themes × 8 cards (each text with a number, so no two cards are the same) from every table.
      const themeIds: string[] = [];
      let n = 0;
      for (const theme of THEMES[language]) {
        const cardIds: string[] = [];
        for (let i = 0; i < 8; i++) {
          const id = nanoid();
          cardIds.push(id);
          const host = hosts[n++ % hosts.length]!;
          await host.ok({ type: 'card.add', cardId: id, text: `${theme.texts[i % theme.texts.length]} (${i + 1})` });
        }
        const themeId = nanoid();
        themeIds.push(themeId);
        await fac.ok({ type: 'theme.create', themeId, label: theme.label, cardIds });
      }
      for (let i = 0; i < 3; i++) await advance(); // round 2, break, wrap-up

      const screen = await context.newPage();
      await screen.goto(links.screen);
      const cockpit = await context.newPage();
      await cockpit.goto(links.facilitator);
      await cockpit.getByRole('button', { name: t('cockpit.tab.harvest') }).click();
      const picker = cockpit.getByRole('region', { name: t('wrapup.screen.title') });
      await expect(picker.getByRole('status')).toHaveText(t('wrapup.screen.now', { what: t('wrapup.screen.auto') }));

      const fits = async (what: string) => {
        for (const size of SIZES) {
          await screen.setViewportSize(size);
          const { scroll, inner } = await screen.evaluate(() => ({
            scroll: document.scrollingElement!.scrollHeight,
            inner: window.innerHeight,
          }));
          expect(scroll, `${what} at ${size.width}×${size.height}`).toBeLessThanOrEqual(inner);
          if (SHOTS !== null)
            await screen.screenshot({ path: `${SHOTS}/screen-${what}-${language}-${size.width}.png` });
        }
      };

      // Themes: every theme with the tables its cards came from.
      await picker.getByRole('radio', { name: t('wrapup.screen.themes') }).check();
      await expect(screen.getByRole('heading', { level: 1, name: t('screen.themes') })).toBeVisible();
      for (const theme of THEMES[language])
        await expect(screen.getByRole('region', { name: theme.label, exact: true })).toBeVisible();
      const tables = fac.state!.tables.map((x) => x.title);
      await expect(
        screen
          .getByRole('region', { name: THEMES[language][0]!.label })
          .getByText(t('screen.themeFrom', { tables: tables.join(', ') })),
      ).toBeVisible();
      await fits('themes');
      for (const size of SIZES) {
        await screen.setViewportSize(size);
        for (const theme of THEMES[language])
          await expect(screen.getByRole('heading', { name: theme.label, exact: true })).toBeInViewport({ ratio: 1 });
      }
      await axe(screen, 'screen: themes');

      // The word cloud of the evening, then of one table; stop words of the session's language out.
      await picker.getByRole('radio', { name: t('wrapup.screen.cloud') }).check();
      await expect(screen.getByRole('heading', { level: 1, name: t('screen.cloud') })).toBeVisible();
      const words = screen.getByRole('list', { name: t('wrapup.cloud.list') }).getByRole('listitem');
      await expect(words).toHaveCount(40);
      const listed = (await words.allTextContents()).map((s) => s.slice(0, s.indexOf(':')).toLowerCase());
      for (const stop of language === 'nl' ? ['de', 'het', 'een', 'van', 'op'] : ['the', 'a', 'in', 'of', 'to'])
        expect(listed).not.toContain(stop);
      await fits('cloud');
      await axe(screen, 'screen: cloud');
      const first = fac.state!.tables[0]!;
      await picker.getByRole('combobox', { name: t('wrapup.screen.table') }).selectOption({ label: first.title });
      await expect(
        screen.getByRole('heading', { level: 1, name: t('screen.cloudTable', { table: first.title }) }),
      ).toBeVisible();
      await expect(picker.getByRole('status')).toHaveText(
        t('wrapup.screen.nowTable', { what: t('wrapup.screen.cloud'), table: first.title }),
      );

      // Voting on themes: dots per theme in the wrap-up's own layout.
      await picker.getByRole('radio', { name: t('wrapup.screen.auto') }).check();
      await fac.ok({ type: 'voting.open', dots: 3, on: 'themes' });
      // Residents put their dots on the first theme, civil servants on the last, the rest spread.
      for (const [i, p] of phones.entries()) {
        const g = GROUPS[i];
        const target = g === 'resident' ? 0 : g === 'municipality' ? 7 : (i % 6) + 1;
        await p.ok({ type: 'vote.cast', themeId: themeIds[target]! });
        await p.ok({ type: 'vote.cast', themeId: themeIds[(i % 4) + 2]! });
      }
      const bars = screen.getByRole('region', { name: t('screen.votesLive') }).getByRole('listitem');
      await expect(bars.first()).toContainText(THEMES[language][0]!.label);
      await expect(bars.first()).toContainText(t('screen.dots', { count: 5 }));
      await fits('theme-votes');

      // Votes by group: while open the cockpit follows along; the screen shows the split once closed.
      await picker.getByRole('radio', { name: t('wrapup.screen.groups') }).check();
      await expect(screen.getByText(t('screen.byGroupWait'))).toBeVisible();
      await fac.ok({ type: 'voting.close' });
      const table = screen.getByRole('table');
      await expect(table).toBeVisible();
      const heads = table.getByRole('columnheader');
      await expect(heads.filter({ hasText: t('group.resident') })).toHaveCount(1);
      await expect(heads.filter({ hasText: t('group.municipality') })).toHaveCount(1);
      await expect(heads.filter({ hasText: t('wrapup.groups.rest') })).toHaveCount(1);
      // Two entrepreneurs are two people's votes: never a column of their own.
      await expect(heads.filter({ hasText: t('group.entrepreneur') })).toHaveCount(0);
      // Residents on the first theme, the municipality on the last: marked as where they differ.
      for (const i of [0, 7])
        await expect(table.getByRole('rowheader', { name: THEMES[language][i]!.label })).toContainText(
          t('wrapup.groups.differ', {
            most: t(i === 0 ? 'group.resident' : 'group.municipality'),
            least: t(i === 0 ? 'group.municipality' : 'group.resident'),
          }),
        );
      await fits('groups');
      await axe(screen, 'screen: groups');

      // The cockpit panels: the same split, and the cloud with a table filter.
      const groupsPanel = cockpit.getByRole('region', { name: t('wrapup.groups.title') });
      await expect(groupsPanel.getByRole('columnheader', { name: t('group.entrepreneur') })).toHaveCount(0);
      await expect(groupsPanel.getByRole('columnheader').filter({ hasText: t('group.resident') })).toHaveCount(1);
      const cloudPanel = cockpit.getByRole('region', { name: t('wrapup.cloud.title') });
      await cloudPanel.getByRole('combobox', { name: t('wrapup.cloud.table') }).selectOption({ label: first.title });
      await expect(cloudPanel.getByRole('list', { name: t('wrapup.cloud.list') })).toBeVisible();
      await axe(cockpit, 'cockpit: harvest', '.harvest');
      if (SHOTS !== null)
        await cockpit.screenshot({ path: `${SHOTS}/cockpit-harvest-${language}-1920.png`, fullPage: true });
      // On a phone the panels stay within the width: nothing of the harvest sticks out sideways.
      await cockpit.setViewportSize({ width: 360, height: 640 });
      const wide = await cockpit.evaluate(() =>
        [...document.querySelectorAll('.harvest *')]
          // A wide table scrolls inside its own box (reachable by keyboard); that box must fit.
          .filter((el) => el.closest('.groups-scroll') === null || el.classList.contains('groups-scroll'))
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el) => `${el.tagName}.${el.className}`),
      );
      expect(wide).toEqual([]);
      if (SHOTS !== null)
        await cockpit.screenshot({ path: `${SHOTS}/cockpit-harvest-${language}-360.png`, fullPage: true });
      await expect(picker.getByRole('status')).toHaveText(t('wrapup.screen.now', { what: t('wrapup.screen.groups') }));
    } finally {
      await context.close();
      for (const c of clients) c.close();
    }
  });
}
