import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../../client/src/i18n/en';
import { nl } from '../../client/src/i18n/nl';
import { TEMPLATES, templateSetup, templateSpan } from '../../shared/templates';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const axe = (page: Page, screen: string) => expectAccessible(page, screen, { sideways: false });

const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
];

for (const viewport of VIEWPORTS) {
  test(`the start page lists every template in two groups, in Dutch and English (${viewport.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    for (const [language, messages] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      if (language === 'en') await page.getByRole('button', { name: nl['lang.en'] }).click();
      // These keys are plain strings in both languages (not plural forms).
      const say = (key: 'start.template' | 'start.group.worldCafe' | 'start.group.formats') => String(messages[key]);
      const form = page.getByRole('group', { name: say('start.template') });
      await expect(form.getByRole('heading', { level: 3 })).toHaveText([
        say('start.group.worldCafe'),
        say('start.group.formats'),
      ]);
      const radios = form.getByRole('radio');
      await expect(radios).toHaveCount(TEMPLATES.length);
      for (const [i, tpl] of TEMPLATES.entries()) {
        const group = form.getByRole('group', {
          name: say(tpl.group === 'world-cafe' ? 'start.group.worldCafe' : 'start.group.formats'),
        });
        const radio = group.getByRole('radio', { name: new RegExp(`^${escapeRegExp(tpl.title[language])}`) });
        await expect(radio).toHaveValue(tpl.id);
        await expect(radios.nth(i)).toHaveValue(tpl.id);
        // Each option reads as: title, then its span and one sentence.
        await expect(group.locator('label', { has: page.locator(`input[value="${tpl.id}"]`) })).toContainText(
          `${templateSpan(tpl.id)} · ${tpl.description[language]}`,
        );
      }
      // Nothing sticks out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await axe(page, `start ${language} ${viewport.width}`);
      await shoot(page, `start-templates-${language}-${viewport.width}`);
    }
  });
}

test('creating a Wijklab day shows its agenda in the cockpit', async ({ page }) => {
  const template = TEMPLATES.find((x) => x.id === 'wijklab-day');
  if (template === undefined) throw new Error('the Wijklab template is missing');
  const agenda = templateSetup('wijklab-day', 'nl').agenda;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');

  // By keyboard: the two lists are one radio group, so the arrows move through both.
  const radio = page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(template.title.nl)}`) });
  await page.getByRole('group', { name: nl['start.template'] }).getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowDown'); // the blank World Café
  await page.keyboard.press('ArrowDown'); // over the heading, into the other formats
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
  await page.getByRole('button', { name: nl['start.create'] }).click();
  await expect(page.getByRole('link', { name: nl['start.link.host'].replace('{title}', 'Samenwerken') })).toBeVisible();
  await page.getByRole('link', { name: nl['start.link.facilitator'], exact: true }).click();
  await expect(page).toHaveURL(/\/facilitator#/);

  // Every phase of the day is in the cockpit's agenda, in order, with its planned time.
  const jump = page.getByLabel(nl['cockpit.jumpLabel']);
  await expect(jump.locator('option:not([value=""])')).toHaveText(
    agenda.map((p) => new RegExp(`${p.plannedStart} · ${escapeRegExp(p.title)}$`)),
  );

  // The day starts with its own words.
  await page.getByRole('button', { name: nl['fac.start'] }).click();
  await expect(page.locator('#cockpit-phase-title')).toHaveText(agenda[0]!.title);
  await page.getByRole('button', { name: nl['fac.next'] }).click();
  await expect(page.locator('#cockpit-phase-title')).toHaveText(agenda[1]!.title);
  await shoot(page, 'cockpit-wijklab-1366');
});
