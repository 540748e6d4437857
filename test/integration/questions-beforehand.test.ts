import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { questionsBeforehand } from '../../shared/rules/questions';
import type { Report } from '../../shared/report';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * Questions beforehand through a real server: a phone joins a session that has not started yet
 * and asks the panel two questions; the session goes live; the desk sees them apart, as
 * beforehand; the facilitator answers one; every report lists them under "Vragen vooraf"; the
 * follow-up shows them without authors; and once the asker is erased no question, report,
 * snapshot or stored question event names their id.
 */
describe('questions beforehand, end to end over sockets and REST', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  // SPEC R17
  it('asked in the draft, seen at the desk, answered, reported, and erased from every question', async () => {
    const server = await testServer();
    cleanups.push(() => server.cleanup());
    const links = await createSession(server.url);
    const token = secretOf(links.facilitator);
    const fac = new TestClient(server.url, { kind: 'facilitator', token });
    const desk = new TestClient(server.url, { kind: 'desk', code: links.desk.code });
    const phone = new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode });
    cleanups.push(
      () => fac.close(),
      () => desk.close(),
      () => phone.close(),
    );
    await Promise.all([fac.ready(), desk.ready(), phone.ready()]);
    const pid = phone.welcome!.actor.role === 'participant' ? phone.welcome!.actor.participantId : '';
    // Joined with the code before the start: the session is still a draft.
    expect(phone.state!.status).toBe('draft');
    expect(Object.keys(fac.state!.participants)).toEqual([pid]);

    await phone.ok({ type: 'question.ask', questionId: 'b-rent', categoryId: 'funding', text: 'Wie betaalt de huur?' });
    await phone.ok({
      type: 'question.ask',
      questionId: 'b-rules',
      categoryId: 'bylaw',
      text: 'Wie stelt de regels op?',
    });
    // The phone may not say so itself: the field is refused at the door.
    const claimed = await phone.send({
      type: 'question.ask',
      questionId: 'b-claim',
      categoryId: 'funding',
      text: 'Nep',
      beforehand: false,
    } as never);
    expect(claimed.ok ? 'accepted' : claimed.error.code).toBe('VALIDATION');
    expect(Object.values(phone.state!.questions).map((q) => [q.id, q.beforehand])).toEqual([
      ['b-rent', true],
      ['b-rules', true],
    ]);

    await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
    expect(fac.state!.status).toBe('live');
    await phone.ok({ type: 'question.ask', questionId: 'd-day', categoryId: 'other', text: 'Waar is de koffie?' });

    // The desk: the two beforehand, by topic in the session's order; the one of the day apart.
    await desk.until((s) => 'd-day' in s.questions, 'the question of the day');
    expect(desk.state!.questions['d-day']!.beforehand).toBeUndefined();
    expect(questionsBeforehand(desk.state!).map((g) => [g.categoryId, g.count, g.questions.map((q) => q.id)])).toEqual([
      ['bylaw', 1, ['b-rules']],
      ['funding', 1, ['b-rent']],
    ]);

    await fac.ok({ type: 'question.answer', questionId: 'b-rent', answer: 'De gemeente betaalt tot 2027.' });
    await phone.until((s) => s.questions['b-rent']?.answer !== null, 'the answer on the phone');

    const get = (p: string, bearer: string | null = token) =>
      fetch(`${server.url}${p}`, bearer === null ? {} : { headers: { authorization: `Bearer ${bearer}` } });
    for (const version of ['internal', 'public'] as const) {
      const md = await (await get(`/api/sessions/${links.sessionId}/report.md?version=${version}`)).text();
      const section = md.slice(md.indexOf('## Vragen vooraf'), md.indexOf('## Vragen bij het informatiepunt'));
      expect(section, version).toContain('Wie betaalt de huur?');
      expect(section, version).toContain('De gemeente betaalt tot 2027.');
      expect(section, version).toMatch(/Wie stelt de regels op\?[\s\S]*Nog niet beantwoord\./);
      expect(section, version).not.toContain('Waar is de koffie?');
    }

    await fac.ok({ type: 'session.end' });
    await fac.ok({ type: 'followup.publish', published: true });
    const deviceToken = phone.credential.kind === 'participant' ? phone.credential.deviceToken! : '';
    const followup = (await (await get(`/api/followup/${links.joinCode}`, deviceToken)).json()) as Report;
    expect(followup.questionsBeforehand.flatMap((c) => c.questions.map((q) => [q.id, q.answer, q.mine]))).toEqual([
      ['b-rules', null, true],
      ['b-rent', 'De gemeente betaalt tot 2027.', true],
    ]);
    expect(JSON.stringify(followup)).not.toContain(pid);

    // Erased: their questions stay for the report, without them; no question or report names them.
    await phone.ok({ type: 'participant.erase' });
    await fac.until((s) => !(pid in s.participants), 'the erase');
    expect(Object.values(fac.state!.questions).map((q) => [q.id, q.authorId, q.beforehand])).toEqual([
      ['b-rent', null, true],
      ['b-rules', null, true],
      ['d-day', null, undefined],
    ]);
    for (const format of ['json', 'md'] as const) {
      const body = await (await get(`/api/sessions/${links.sessionId}/report.${format}?version=internal`)).text();
      expect(body).toContain('Wie betaalt de huur?');
      expect(body, format).not.toContain(pid);
    }
    // On disk: the history of their questions was rewritten without them. What still names the
    // id is the command log's sender key (for retried command ids) and the erase event itself;
    // nothing that holds a question, a snapshot or a name.
    const db = new Database(path.join(server.dataDir, 'tafelronde.sqlite'), { readonly: true });
    cleanups.push(() => {
      db.close();
    });
    const rows = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    const naming = (table: string) => rows(`SELECT * FROM "${table}"`).filter((r) => JSON.stringify(r).includes(pid));
    const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => String(r.name));
    expect(tables).toContain('log');
    for (const table of tables.filter((t) => t !== 'log')) expect(naming(table), table).toEqual([]);
    const logged = naming('log');
    expect(logged.length).toBeGreaterThan(0);
    for (const row of logged) {
      expect(row.actor_key).toBe(`participant:${pid}`);
      if (row.events_json !== null)
        expect(JSON.parse(String(row.events_json))).toEqual([{ type: 'participant.erased', participantId: pid }]);
    }
  });
});
