import { nl } from '../../client/src/i18n/nl';
import { translate } from '../../client/src/i18n/every-language';
import type { SessionState } from '../../shared/model/session';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { currentRound } from '../../shared/rules/phase';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

test('harvest: a participant card joins the stream, the briefing groups by round, at most 5 highlights (said plainly), a summary', async ({
  browser,
  server,
}) => {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ template: 'world-cafe-evening', language: 'nl' }),
  });
  const created = (await response.json()) as CreateSessionResponse;
  const table = created.hosts[0];
  if (table === undefined) throw new Error('the template has tables');
  const facilitator = new TestClient(server.url, {
    kind: 'facilitator',
    token: created.facilitator.split('#')[1] ?? '',
  });
  const phone = new TestClient(server.url, { kind: 'participant', joinCode: created.joinCode });
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 768, height: 1024 } });
  try {
    await facilitator.ready();
    await phone.ready();
    await phone.until(() => true);
    await phone.ok({ type: 'profile.set', name: 'Ann', group: 'resident' });
    await phone.ok({ type: 'tables.pick', picks: [table.tableId] });
    await facilitator.until(() => true);
    const toRound = async (round: number) => {
      while (currentRound(facilitator.state as SessionState) !== round) await facilitator.ok({ type: 'phase.advance' });
    };
    await toRound(1);

    const page = await context.newPage();
    await page.goto(table.link);
    // Who sits here: Ann, a resident.
    const atTable = page.getByRole('region', { name: nl['host.atTable.title'] });
    await expect(atTable).toContainText(translate('nl', 'host.atTable.count', { count: 1 }));
    await expect(atTable).toContainText(`${nl['group.resident']}: 1`);
    await expect(atTable).toContainText('Ann');

    const field = page.getByRole('textbox', { name: nl['host.addLabel'] });
    await page.getByRole('radio', { name: nl['host.kind.concern'] }).check();
    await field.fill('Ronde 1: zorg');
    await field.press('Enter');
    // The kind starts fresh for the next card.
    await expect(page.getByRole('radio', { name: nl['host.kind.idea'] })).toBeChecked();
    for (const n of [2, 3, 4, 5]) {
      await field.fill(`Ronde 1: idee ${n}`);
      await field.press('Enter');
    }
    // A participant's card for this table appears in the same stream.
    await phone.ok({ type: 'card.add', cardId: 'ann-card-1', text: 'Van Ann' });
    const stream = page.getByRole('list', { name: new RegExp(nl['host.stream.title']) });
    await expect(stream.getByRole('listitem')).toHaveCount(6);
    await expect(stream.getByRole('listitem').filter({ hasText: 'Van Ann' })).toContainText(
      nl['host.card.byParticipant'],
    );
    await expect(stream.getByRole('listitem').filter({ hasText: 'Ronde 1: zorg' })).toContainText(
      nl['host.kind.concern'],
    );
    await facilitator.until((s) => Object.keys(s.cards).length === 6, 'six cards');

    // Round 2: the stream starts empty; the briefing shows round 1.
    await toRound(2);
    await expect(page.getByText(nl['host.stream.empty'])).toBeVisible();
    await page.getByRole('button', { name: nl['host.view.briefing'] }).click();
    const round1 = page.getByRole('region', { name: fill(nl['host.briefing.round'], { round: 1 }) });
    await expect(round1.getByRole('listitem')).toHaveCount(6);

    // Harvest: five highlights, the sixth is refused in plain words.
    await page.getByRole('button', { name: nl['host.view.harvest'] }).click();
    const texts = ['Ronde 1: zorg', 'Ronde 1: idee 2', 'Ronde 1: idee 3', 'Ronde 1: idee 4', 'Van Ann'];
    for (const text of texts) await page.getByRole('button', { name: `${nl['host.highlight']}: ${text}` }).click();
    await expect(page.getByText(fill(nl['host.harvest.count'], { count: 5, max: 5 }))).toBeVisible();
    // A highlighted card's button says so (issue 17, point 21), still as a pressed toggle.
    const on = page.getByRole('button', { name: `${nl['host.card.highlighted']}: Van Ann` });
    await expect(on).toHaveAttribute('aria-pressed', 'true');
    await expect(on).toHaveText(`★ ${nl['host.card.highlighted']}`);
    await facilitator.until((s) => Object.values(s.cards).filter((c) => c.highlighted).length === 5, 'five highlights');
    await page.getByRole('button', { name: `${nl['host.highlight']}: Ronde 1: idee 5` }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: translate('nl', 'host.harvest.limit', { count: 5 }) }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: `${nl['host.highlight']}: Ronde 1: idee 5` })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    const summary = 'De tafel wil een vaste plek. Niet alles digitaal.';
    await page.getByRole('textbox', { name: nl['host.summary.label'] }).fill(summary);
    await expect(page.getByText(translate('nl', 'host.summary.sentences', { count: 2 }))).toBeVisible();
    await page.getByRole('button', { name: nl['host.summary.save'] }).click();
    await expect(page.getByText(nl['host.summary.saved'])).toBeVisible();
    await facilitator.until((s) => s.summaries[table.tableId] === summary, 'the summary');
  } finally {
    phone.close();
    facilitator.close();
    await context.close();
  }
});
