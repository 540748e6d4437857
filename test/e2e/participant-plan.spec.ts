import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { nl } from '../../client/src/i18n/nl';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';
import { expectAccessible } from './checks';

const SHOTS = process.env.SCREENSHOTS_DIR ?? null;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'nl-NL' });

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const axe = (page: Page, screen: string) => expectAccessible(page, screen);

/**
 * Issue 17, point 8: once the seating plan is out, "Kies je tafels" gave way to a form that said
 * "Bewaard." and changed nothing. The phone now shows its tables from the plan and how to ask
 * for another one; the server refuses picks from anyone the plan seats.
 */
test('after the plan is published the phone shows its tables from the plan and how to ask for a change', async ({
  page,
  server,
}) => {
  const created = await page.request.post('/api/sessions', {
    data: { template: 'world-cafe-evening', language: 'nl' },
  });
  const links = (await created.json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, { kind: 'facilitator', token: links.facilitator.split('#')[1] ?? '' });
  const other = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
  try {
    await Promise.all([fac.ready(), other.ready()]);
    const state = () => fac.state as SessionState;
    const tables = state().tables;
    const [hub, samen, stem] = ['Wijkhub', 'Wijksamenwerking', 'Wijkstem'].map(
      (title) => tables.find((t) => t.title === title)!,
    ) as [(typeof tables)[number], (typeof tables)[number], (typeof tables)[number]];
    const number = (id: string) => tables.findIndex((t) => t.id === id) + 1;

    // Before the plan: Eva picks Wijkhub and Wijkstem on her phone.
    await page.goto(links.participant);
    await fac.until((s) => Object.keys(s.participants).length === 2, 'the phone joined');
    const picks = page.getByRole('region', { name: nl['participant.picks.title'] });
    await picks.getByRole('checkbox', { name: /Wijkhub/ }).check();
    await picks.getByRole('checkbox', { name: /Wijkstem/ }).check();
    await picks.getByRole('button', { name: nl['participant.picks.save'] }).click();
    await expect(picks.getByText(nl['participant.saved'])).toBeVisible();
    const eva = Object.values(state().participants).find((p) => p.picks.length === 2)!;

    // The facilitator publishes a plan that seats her elsewhere than she picked.
    const otherId = other.welcome!.actor.role === 'participant' ? other.welcome!.actor.participantId : '';
    await fac.ok({ type: 'plan.publish', plan: { [eva.id]: [samen.id, hub.id], [otherId]: [stem.id, samen.id] } });
    await fac.until((s) => (s.planPublishedAt ?? null) !== null, 'the plan published');

    // The pick form is gone: no ticks, no save, no "Bewaard." for a change that does nothing.
    const plan = page.getByRole('region', { name: nl['participant.where.plan'] });
    await expect(plan).toBeVisible();
    await expect(page.getByRole('region', { name: nl['participant.picks.title'] })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /Wijkhub|Wijksamenwerking|Wijkstem/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: nl['participant.picks.save'] })).toHaveCount(0);
    await expect(page.getByText(nl['participant.saved'])).toHaveCount(0);
    // Her tables come from the plan, and she reads how to ask for another.
    await expect(plan.getByText(nl['participant.picks.planOut'])).toBeVisible();
    const rounds = plan.getByRole('listitem');
    await expect(rounds).toHaveCount(2);
    const planned = (round: number, table: (typeof tables)[number]) =>
      fill(nl['participant.where.planned'], { round, number: number(table.id), table: table.title });
    await expect(rounds.nth(0)).toHaveText(planned(1, samen));
    await expect(rounds.nth(1)).toHaveText(planned(2, hub));
    // The welcome no longer asks to choose tables.
    await expect(page.getByText(nl['participant.welcome.planned'])).toBeVisible();
    await axe(page, 'plan out, before the evening');
    await shoot(page, 'phone-plan-out-360');

    // The server agrees: a pick from someone the plan seats is refused and changes nothing.
    const refused = await other.send({ type: 'tables.pick', picks: [hub.id] });
    expect(refused.ok ? null : refused.error.code).toBe('WRONG_PHASE');
    expect(state().participants[otherId]?.picks).toEqual([]);

    // At the walk-in the phone still shows the plan, and does not ask a phone to scan (point 23).
    await fac.ok({ type: 'phase.advance', expectedPhaseId: null });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(state().agenda[0]!.title);
    await expect(
      page.getByRole('heading', {
        name: fill(nl['participant.where.next'], { round: 1, number: number(samen.id), table: samen.title }),
      }),
    ).toBeVisible();
    await expect(plan.getByText(nl['participant.picks.planOut'])).toBeVisible();
    await expect(plan.getByRole('listitem').first()).toHaveText(planned(1, samen));
    await expect(page.getByText(/scan/i)).toHaveCount(0);
    await axe(page, 'plan out, walk-in');
    await shoot(page, 'phone-plan-walk-in-360');
  } finally {
    other.close();
    fac.close();
  }
});
