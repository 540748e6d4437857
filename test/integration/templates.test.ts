import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Language } from '../../shared/model/session';
import { TEMPLATE_IDS } from '../../shared/protocol/api';
import { templateSetup } from '../../shared/templates';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Every built-in template, in both languages, through the real server: POST /api/sessions makes
 * the session, the facilitator gets exactly the template's setup, a host link per table, and a
 * participant joins, picks a table and sees the first phase start.
 */
describe('every template makes a session people can join', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  const clients: TestClient[] = [];
  const make = (credential: ConstructorParameters<typeof TestClient>[1]) => {
    const client = new TestClient(server.url, credential);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    // 7 templates × 2 languages from one address: more than the default hourly allowance leaves spare.
    server = await testServer({ sessionsPerHour: 100 });
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.cleanup();
  });

  const CASES = TEMPLATE_IDS.flatMap((template) => Language.options.map((language) => ({ template, language })));

  it.each(CASES)('$template in $language', async ({ template, language }) => {
    const setup = templateSetup(template, language);
    const links = await createSession(server.url, template, language);
    expect(links.hosts.map((h) => h.tableId)).toEqual(setup.tables.map((t) => t.id));
    expect(links.hosts.map((h) => h.title)).toEqual(setup.tables.map((t) => t.title));

    const facilitator = make({ kind: 'facilitator', token: secretOf(links.facilitator) });
    await facilitator.ready();
    const state = facilitator.state!;
    expect(state.language).toBe(language);
    expect(state.title).toBe(setup.title);
    expect(state.agenda).toEqual(setup.agenda);
    expect(state.tables).toEqual(setup.tables);
    expect(state.rounds).toEqual(setup.rounds);
    expect(state.infoCategories).toEqual(setup.infoCategories);
    expect(state.workingGroups).toEqual(setup.workingGroups);

    const phone = make({ kind: 'participant', joinCode: links.joinCode });
    await phone.ready();
    const me = phone.welcome!.actor.role === 'participant' ? phone.welcome!.actor.participantId : '';
    await facilitator.until((s) => s.participants[me] !== undefined, 'the participant in the cockpit');

    await phone.ok({ type: 'tables.pick', picks: [setup.tables[0]!.id] });
    await facilitator.until((s) => s.participants[me]?.picks[0] === setup.tables[0]!.id, 'the pick');

    await facilitator.ok({ type: 'phase.advance' });
    await phone.until((s) => s.currentPhaseId === setup.agenda[0]!.id, 'the first phase on the phone');
    expect(phone.state!.agenda.find((p) => p.id === phone.state!.currentPhaseId)?.title).toBe(setup.agenda[0]!.title);

    for (const c of clients.splice(0)) c.close();
  });
});
