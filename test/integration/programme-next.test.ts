import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../shared/protocol/api';
import { TestClient } from '../../harness/client';
import { createNextSession, createSession, secretOf, testServer } from '../../harness/server';

/**
 * A programme's next session through a real server: the Leerkring start session's chosen themes
 * become the local session's tables, its open question comes along, and the new session is one
 * of its own (own codes, own facilitator link) that knows the series it belongs to.
 */
describe('POST /api/sessions/:id/next', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let first: CreateSessionResponse;
  let fac: TestClient;
  const post = (id: string, body: unknown, token: string | null) =>
    fetch(`${server.url}/api/sessions/${id}/next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    server = await testServer();
    first = await createSession(server.url);
    fac = new TestClient(server.url, { kind: 'facilitator', token: secretOf(first.facilitator) });
    const person = new TestClient(server.url, { kind: 'participant', joinCode: first.joinCode });
    await Promise.all([fac.ready(), person.ready()]);
    await fac.ok({ type: 'theme.create', themeId: 'ontmoeten', label: 'Elkaar ontmoeten', cardIds: [] });
    await fac.ok({ type: 'theme.create', themeId: 'veilig', label: 'Veilig over straat', cardIds: [] });
    const category = fac.state!.infoCategories[0]!.id;
    await person.ok({
      type: 'question.ask',
      questionId: 'q-open',
      categoryId: category,
      text: 'Wie beslist er over het plein?',
    });
    await person.ok({ type: 'question.ask', questionId: 'q-done', categoryId: category, text: 'Is er koffie?' });
    await fac.ok({ type: 'question.answer', questionId: 'q-done', answer: 'Ja, achterin.', status: 'answered' });
    person.close();
  });
  afterAll(async () => {
    fac.close();
    await server.cleanup();
  });

  it('makes session 2 from session 1, and session 3 from session 2, in one programme', async () => {
    const second = await createNextSession(server.url, first, {
      programmeTitle: 'Leerkring Noord',
      carry: { tables: 'themes' },
    });
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(second.joinCode).not.toBe(first.joinCode);
    expect(second.hosts.map((h) => h.title)).toEqual(['Elkaar ontmoeten', 'Veilig over straat']);

    const fac2 = new TestClient(server.url, { kind: 'facilitator', token: secretOf(second.facilitator) });
    await fac2.ready();
    const state = fac2.state!;
    expect(state.status).toBe('draft');
    expect(state.programme).toEqual({
      id: expect.any(String),
      title: 'Leerkring Noord',
      sessionIds: [first.sessionId],
    });
    expect(Object.values(state.questions).map((q) => [q.text, q.authorId])).toEqual([
      ['Wie beslist er over het plein?', null],
    ]);
    fac2.close();

    const third = await createNextSession(server.url, second, { carry: { tables: 'same', openQuestions: false } });
    const fac3 = new TestClient(server.url, { kind: 'facilitator', token: secretOf(third.facilitator) });
    await fac3.ready();
    expect(fac3.state!.programme).toEqual({
      id: state.programme!.id,
      title: 'Leerkring Noord',
      sessionIds: [first.sessionId, second.sessionId],
    });
    expect(fac3.state!.tables.map((t) => t.title)).toEqual(['Elkaar ontmoeten', 'Veilig over straat']);
    expect(Object.keys(fac3.state!.questions)).toEqual([]);
    fac3.close();

    // The first session is not changed by what came after it.
    expect(fac.state!.programme ?? null).toBeNull();
  });

  it('needs this session’s facilitator link; another session’s link or none is refused', async () => {
    const other = await createSession(server.url);
    for (const token of [null, secretOf(other.facilitator), 'x'.repeat(20)]) {
      const res = await post(first.sessionId, {}, token);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
    }
  });

  it.each([
    [{ carry: { tables: 'cards' } }, 'carry.tables'],
    [{ carry: { nonsense: true } }, 'carry'],
    [{ programmeTitle: '' }, 'programmeTitle'],
    [{ extra: 1 }, ''],
  ])('a bad request %j is refused with VALIDATION at %s', async (body, path) => {
    const res = await post(first.sessionId, body, secretOf(first.facilitator));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.path ?? '').toBe(path);
  });
});
