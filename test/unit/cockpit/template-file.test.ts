import { describe, expect, it } from 'vitest';
import { newSessionState } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { commandsFor, parseTemplateFile, setupOf } from '../../../client/src/views/facilitator/prepare/templateFile';

const reference = () => templateSetup('world-cafe-evening', 'nl');

describe('parseTemplateFile', () => {
  it('reads back what "save as template" wrote', () => {
    const state = newSessionState({ id: 's', joinCode: 'ABCDEF', setup: reference(), now: 0 });
    const file = JSON.stringify(setupOf(state), null, 2);
    expect(parseTemplateFile(file)).toEqual({ ok: true, setup: reference() });
  });

  it('says a file is not JSON', () => {
    const parsed = parseTemplateFile('{ "title": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.where).toBe('');
  });

  it.each([
    // What is wrong, and where, counted from 1 like a person counts.
    [
      'a bad planned time',
      (s: any) => (s.agenda[2].plannedStart = '7pm'),
      'agenda → 3 → plannedStart',
      'time as HH:MM',
    ],
    ['an empty table title', (s: any) => (s.tables[0].title = ''), 'tables → 1 → title', ''],
    ['a missing rounds block', (s: any) => delete s.rounds, 'rounds', ''],
    [
      'a table round without its round',
      (s: any) => (s.agenda[3].round = null),
      'agenda → 4 → round',
      'a table-round phase names its round',
    ],
  ])('%s', (_name, spoil, where, what) => {
    const setup = reference() as unknown;
    spoil(setup);
    const parsed = parseTemplateFile(JSON.stringify(setup));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.where)).toContain(where);
    if (what !== '') expect(parsed.problems.find((p) => p.where === where)?.what).toContain(what);
  });
});

describe('commandsFor', () => {
  it('sets the round count before the agenda when it grows, after it when it shrinks', () => {
    const state = newSessionState({ id: 's', joinCode: 'ABCDEF', setup: reference(), now: 0 });
    const more = { ...reference(), rounds: { ...reference().rounds, count: 3 } };
    const fewer = {
      ...reference(),
      rounds: { ...reference().rounds, count: 1 },
      agenda: reference().agenda.filter((p) => (p.round ?? 0) < 2),
    };
    const order = (setup: typeof more) =>
      commandsFor(setup, state)
        .map((c) => c.type)
        .filter((t) => t === 'rounds.set' || t === 'agenda.set');
    expect(order(more)).toEqual(['rounds.set', 'agenda.set']);
    expect(order(fewer)).toEqual(['agenda.set', 'rounds.set']);
  });
});
