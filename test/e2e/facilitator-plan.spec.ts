import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { qualityFacts } from '../../shared/rotation/describe';
import { sessionPlanning } from '../../shared/rotation/from-session';
import { score } from '../../shared/rotation/score';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

/**
 * The seating plan from the cockpit: 30 people with groups and picks, a plan made in the browser,
 * its quality in words, published; a phone and a host tablet follow it; a latecomer is seated by
 * the server, a move by hand survives the re-plan, and the re-plan moves at most one person.
 */

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const GROUPS = ['resident', 'entrepreneur', 'professional', 'municipality'] as const;

async function shoot(target: Page | Locator, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** No serious WCAG problem in the panel, and nothing sticks out sideways. */
const checkPanel = (page: Page, screen: string) => expectAccessible(page, screen, { include: 'section.plan' });

/** The percentage the shared score gives the seats the server holds now, worded as the cockpit words it. */
function prefHitOf(state: SessionState): number {
  const { instance, current } = sessionPlanning(state);
  const fact = qualityFacts(score(instance, current)).find((f) => f.kind === 'prefHit');
  if (fact?.kind !== 'prefHit') throw new Error('nobody picked');
  return fact.percent;
}

test('the facilitator plans the tables, publishes, keeps a move by hand and re-plans for a latecomer', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(180_000);
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  const phones: TestClient[] = [];
  const phoneContext = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 640 },
    isMobile: true,
    locale: 'nl-NL',
  });
  try {
    await fac.ready();
    const state = () => fac.state as SessionState;
    const tables = state().tables;
    const title = (id: string | null | undefined) => tables.find((t) => t.id === id)?.title ?? '';

    // One person on a real phone (no picks, no group: the planner seats them anyway), 29 by socket.
    const eva = await phoneContext.newPage();
    await eva.goto(links.participant);
    await fac.until((s) => Object.keys(s.participants).length === 1, 'the phone joined');
    const evaId = Object.keys(state().participants)[0]!;
    for (let i = 0; i < 29; i++) {
      const p = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
      phones.push(p);
      await p.ready();
      await p.ok({ type: 'profile.set', name: `Gast ${i + 1}`, group: GROUPS[i % 4] });
      const order = [0, 1, 2].map((k) => tables[(i + k) % 3]!.id);
      await p.ok({ type: 'tables.pick', picks: i % 5 === 0 ? order.slice(0, 1) : order.slice(0, 2) });
    }
    await fac.until(
      (s) => Object.values(s.participants).filter((p) => p.picks.length > 0).length === 29,
      'everyone picked',
    );

    // The cockpit: make a plan.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(links.facilitator);
    const panel = page.getByRole('region', { name: nl['plan.title'] });
    await expect(panel.getByText(translate('nl', 'plan.picked', { count: 29, joined: 30 }))).toBeVisible();
    await expect(panel.getByText(nl['plan.notPublished'])).toBeVisible();
    await panel.getByRole('button', { name: nl['plan.make'] }).click();
    await expect(panel.getByRole('status')).toHaveText(nl['plan.ready']);
    const quality = panel.getByRole('list', { name: nl['plan.quality'] });
    const prefLine = quality.getByText(/% van de plekken is aan een tafel die mensen zelf kozen\.$/);
    const shown = Number(/^(\d+)%/.exec((await prefLine.textContent()) ?? '')?.[1]);
    await expect(quality.getByText(nl['plan.fact.mixGood']).or(quality.getByText(nl['plan.fact.mix']))).toBeVisible();
    await expect(panel.getByRole('table', { name: nl['plan.seatsCaption'] })).toBeVisible();
    await checkPanel(page, 'cockpit 1366');
    await shoot(panel, 'plan-panel-1366');

    // Publish: the server holds the plan, and its score says what the cockpit said.
    await panel.getByRole('button', { name: nl['plan.publish'] }).click();
    await expect(panel.getByRole('status')).toHaveText(nl['plan.publishedNow']);
    await expect(panel.getByRole('status')).toBeFocused();
    await fac.until((s) => (s.planPublishedAt ?? null) !== null, 'the plan published');
    await expect(panel.getByText(/^Gepubliceerd om \d\d:\d\d\.$/)).toBeVisible();
    expect(Object.keys(state().assignments)).toHaveLength(30);
    expect(prefHitOf(state())).toBe(shown);

    // The phone shows its round-1 table from the plan as soon as the evening runs.
    await fac.ok({ type: 'phase.advance', expectedPhaseId: null });
    const evaRound1 = state().assignments[evaId]!['1']!;
    const number = tables.findIndex((t) => t.id === evaRound1) + 1;
    await expect(
      eva.getByRole('heading', {
        name: fill(nl['participant.where.next'], { round: 1, number, table: title(evaRound1) }),
      }),
    ).toBeVisible();

    // Round 1: the host of Eva's table sees who sits there, by the plan.
    await fac.ok({ type: 'phase.jump', phaseId: 'round-1' });
    await expect(
      eva.getByRole('heading', {
        name: fill(nl['participant.where.now'], { round: 1, number, table: title(evaRound1) }),
      }),
    ).toBeVisible();
    const host = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 } });
    try {
      const tablet = await host.newPage();
      await tablet.goto(links.hosts.find((h) => h.tableId === evaRound1)!.link);
      const atTable = Object.values(state().participants).filter((p) => state().assignments[p.id]?.['1'] === evaRound1);
      const names = atTable.flatMap((p) => (p.name === null ? [] : [p.name])).sort((a, b) => a.localeCompare(b));
      const section = tablet.getByRole('region', { name: nl['host.atTable.title'] });
      await expect(section.getByText(translate('nl', 'host.atTable.count', { count: atTable.length }))).toBeVisible();
      await expect(section.getByText(names.join(', '))).toBeVisible();
    } finally {
      await host.close();
    }

    // A move by hand for round 2, to the one table that person has not had.
    const guest = Object.values(state().participants).find((p) => p.name === 'Gast 2')!;
    const own = state().assignments[guest.id]!;
    const free = tables.find((t) => t.id !== own['1'] && t.id !== own['2'])!;
    const move = page.getByRole('form', { name: nl['cockpit.move'] });
    await move.getByLabel(nl['cockpit.movePerson']).selectOption({ label: 'Gast 2' });
    await move.getByLabel(nl['prep.round']).selectOption({ label: fill(nl['phase.round'], { round: 2 }) });
    await move.getByLabel(nl['cockpit.moveTo']).selectOption({ label: free.title });
    await move.getByRole('button', { name: nl['cockpit.moveButton'] }).click();
    await fac.until((s) => s.assignments[guest.id]?.['2'] === free.id, 'the move by hand');

    // A latecomer picks tables: the server seats them at once, in the round being played too.
    const late = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    phones.push(late);
    await late.ready();
    await late.ok({ type: 'profile.set', name: 'Laatkomer', group: 'resident' });
    await late.ok({ type: 'tables.pick', picks: [tables[0]!.id, tables[1]!.id] });
    const lateId = late.welcome!.actor.role === 'participant' ? late.welcome!.actor.participantId : '';
    await fac.until(
      (s) => s.assignments[lateId]?.['1'] != null && s.assignments[lateId]?.['2'] != null,
      'the latecomer seated',
    );

    // Re-plan: round 1 stays, the move by hand stays, at most one planned person moves.
    const before = structuredClone(state().assignments);
    const firstAt = state().planPublishedAt;
    await expect(
      panel.getByText(fill(nl['plan.since'], { what: translate('nl', 'plan.arrivals', { count: 1 }) })),
    ).toBeVisible();
    await panel.getByRole('button', { name: nl['plan.replan'] }).click();
    await expect(panel.getByRole('status')).toHaveText(nl['plan.ready']);
    await expect(
      panel
        .getByText(translate('nl', 'plan.moved', { count: 0 }))
        .or(panel.getByText(translate('nl', 'plan.moved', { count: 1 }))),
    ).toBeVisible();
    await expect(panel.getByText(fill(nl['plan.kept'], { count: 1 }))).toBeVisible();
    await expect(panel.getByText(translate('nl', 'plan.fixed', { count: 1 }))).toBeVisible();
    // One person's rounds, in words: the seat set by hand says so.
    await panel.getByText(nl['plan.person']).click();
    await panel.getByLabel(nl['plan.personLabel']).selectOption({ label: 'Gast 2' });
    await expect(panel.getByText(nl['plan.personInPlan'])).toBeVisible();
    const round2 = panel
      .getByRole('listitem')
      .filter({ hasText: fill(nl['plan.personRound'], { round: 2, table: free.title }) });
    await expect(round2).toContainText(nl['plan.byHand']);
    await shoot(panel, 'plan-panel-replan-1366');

    // The same panel on a phone-sized window.
    await page.setViewportSize({ width: 360, height: 640 });
    await checkPanel(page, 'cockpit 360');
    await shoot(panel, 'plan-panel-360');
    await panel.getByRole('button', { name: nl['plan.publish'] }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status')).toHaveText(nl['plan.publishedNow']);
    await fac.until((s) => s.planPublishedAt !== firstAt, 'the re-plan published');

    const after = state().assignments;
    const planned = Object.keys(before).filter((id) => id !== lateId);
    expect(planned.filter((id) => after[id]?.['1'] !== before[id]?.['1'])).toEqual([]);
    expect(planned.filter((id) => after[id]?.['2'] !== before[id]?.['2']).length).toBeLessThanOrEqual(1);
    expect(after[guest.id]?.['2']).toBe(free.id);
    expect([after[lateId]?.['1'], after[lateId]?.['2']].filter((t) => t != null)).toHaveLength(2);
  } finally {
    for (const p of phones) p.close();
    fac.close();
    await phoneContext.close();
  }
});
