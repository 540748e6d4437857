import { nl } from '../../client/src/i18n/nl';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { expect, test } from './fixtures';

/* The report tab downloads the themes CSV: the theme of the evening in it, a host's proposal not. */
test('the report tab downloads the themes of the evening as CSV', async ({ page, server }) => {
  const links = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ template: 'world-cafe-evening' }),
    })
  ).json()) as CreateSessionResponse;
  const fac = new TestClient(server.url, {
    kind: 'facilitator',
    token: links.facilitator.slice(links.facilitator.indexOf('#') + 1),
  });
  const host = new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code });
  try {
    await Promise.all([fac.ready(), host.ready()]);
    for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    await host.ok({ type: 'card.add', cardId: 'c-1', text: 'Een huiskamer voor de wijk', tags: [] });
    await host.ok({ type: 'card.add', cardId: 'c-2', text: 'Alleen in een voorstel', tags: [] });
    await host.ok({ type: 'theme.create', themeId: 't-voorstel', label: 'Voorstel', cardIds: ['c-2'] });
    await fac.ok({ type: 'theme.create', themeId: 't-plek', label: 'Een plek in de wijk', cardIds: ['c-1'] });

    await page.goto(links.facilitator);
    await page.getByRole('button', { name: nl['cockpit.tab.report'] }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: nl['report.csv'].replace('{file}', nl['report.csv.themes']) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^verslag-.*-themes-openbaar\.csv$/);
    const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
    expect(text).toContain('thema-id;thema;wat;tafel of groep');
    expect(text).toContain('t-plek;Een plek in de wijk;thema;');
    expect(text).toContain('Een huiskamer voor de wijk');
    expect(text).not.toContain('Voorstel');
  } finally {
    fac.close();
    host.close();
  }
});
