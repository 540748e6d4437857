import { nanoid } from 'nanoid';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';
import { registrationsOf } from '../../shared/model/session';
import type { ImportDone, ImportPreview, ImportRefused } from '../../shared/protocol/api';
import { xlsx } from '../unit/registrations/xlsx';

/**
 * Issue 20, "Import registrations": the cockpit uploads a sign-up list, sees the preview, and
 * confirms; the people reach the facilitator's view as one command. A bad file or list changes
 * nothing; a retried import is imported once.
 */
describe('importing a sign-up list', () => {
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof testServer>> | null = null;
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });

  it('previews, imports once, and refuses a bad file or list without changing anything', async () => {
    server = await testServer();
    const links = await createSession(server.url);
    const token = secretOf(links.facilitator);
    const base = `${server.url}/api/sessions/${links.sessionId}/registrations`;
    const cockpit = new TestClient(server.url, { kind: 'facilitator', token });
    clients.push(cockpit);
    await cockpit.ready();
    await cockpit.until((s) => s.tables.length > 0, 'tables');
    const [first, second] = cockpit.state!.tables;
    const preview = (body: Buffer | string, type: string, auth = token, name = 'aanmeldingen.csv') =>
      fetch(`${base}/preview`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${auth}`, 'x-file-name': name },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    const importList = (body: unknown, auth = token) =>
      fetch(`${base}/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
        body: JSON.stringify(body),
      });

    const csv = [
      '\uFEFFTijdstempel;Naam;E-mailadres;Ik ben een...;Broodje;Tafels',
      `12-3-2026 10:00;Anna de Vries;anna@example.org;Bewoner;Ja;${first!.title}, ${second!.title}`,
      '',
      '12-3-2026 11:00;Bram Bakker;bram@example.org;Ondernemer;Nee;',
    ].join('\r\n');

    // Only the facilitator of this session may preview.
    expect((await preview(csv, 'text/csv', links.desk.code)).status).toBe(401);
    // A file that is no list is refused in words, and the session is untouched.
    const png = await preview(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png', token, 'plaatje.png');
    expect(png.status).toBe(415);
    expect(((await png.json()) as ImportRefused).error.code).toBe('UNSUPPORTED');
    const empty = await preview('', 'text/csv');
    expect(empty.status).toBe(400);

    const shown = await preview(csv, 'text/csv');
    expect(shown.status).toBe(200);
    const p = (await shown.json()) as ImportPreview;
    expect(p.header[1]).toBe('Naam');
    expect(p.problems).toEqual([]);
    expect(p.entries.map((e) => [e.row, e.input.name, e.input.picks])).toEqual([
      [2, 'Anna de Vries', [first!.id, second!.id]],
      [4, 'Bram Bakker', []],
    ]);
    expect(Object.keys(registrationsOf(cockpit.state!))).toEqual([]);

    // A list with problems is refused whole: nothing reaches the session.
    const bad = p.grid.map((row) => [...row]);
    bad[3]![2] = 'anna@example.org';
    const refused = await importList({ id: nanoid(), grid: bad, mapping: p.mapping });
    expect(refused.status).toBe(400);
    const why = (await refused.json()) as ImportRefused;
    expect(why.problems.map((x) => [x.row, x.column, x.code, x.params])).toEqual([
      [4, 'E-mailadres', 'emailTwice', { first: 2 }],
    ]);

    const id = nanoid();
    const done = await importList({ id, grid: p.grid, mapping: p.mapping });
    expect(done.status).toBe(200);
    expect(((await done.json()) as ImportDone).added).toBe(2);
    await cockpit.until((s) => Object.keys(registrationsOf(s)).length === 2, 'two registrations');
    const people = Object.values(registrationsOf(cockpit.state!));
    expect(people.map((r) => [r.name, r.email, r.group, r.sandwich, r.source, r.status]).sort()).toEqual([
      ['Anna de Vries', 'anna@example.org', 'resident', true, 'import', 'registered'],
      ['Bram Bakker', 'bram@example.org', 'entrepreneur', false, 'import', 'registered'],
    ]);
    const version = cockpit.state!.version;

    // The same import again (a lost answer, a double click): acknowledged, imported once.
    const again = await importList({ id, grid: p.grid, mapping: p.mapping });
    expect(again.status).toBe(200);
    // A new import of the same list is another matter: these people are signed up already.
    const twice = await importList({ id: nanoid(), grid: p.grid, mapping: p.mapping });
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as ImportRefused).problems.map((x) => x.code)).toEqual([
      'emailRegistered',
      'emailRegistered',
    ]);
    // A marker command: once it is seen, nothing from the retries came before it.
    await cockpit.ok({ type: 'signupPage.set', open: false, capacity: null, closesAt: null, askSandwich: true });
    await cockpit.until((s) => s.version > version, 'the marker');
    expect(Object.keys(registrationsOf(cockpit.state!))).toHaveLength(2);

    // An Excel file of the same kind reads alike: a phone stored as a number keeps its digits.
    const book = xlsx([
      ['Naam', 'Telefoonnummer', 'Datum'],
      ['Chris Claes', 612345678, { date: '2026-03-12' }],
    ]);
    const fromExcel = (await (
      await preview(book, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    ).json()) as ImportPreview;
    expect(fromExcel.grid[1]).toEqual(['Chris Claes', '612345678', '2026-03-12']);
    expect(fromExcel.entries[0]?.input.phone).toBe('612345678');
  });
});
