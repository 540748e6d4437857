import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Participant, Registration, SessionState, Team, Theme } from '../../../shared/model/session';
import type { Event, EventType } from '../../../shared/protocol/events';
import { apply } from '../../../shared/rules/apply';
import { templateSetup } from '../../../shared/templates';
import {
  card,
  highlight,
  join,
  run,
  session,
  type Step,
  T0,
  themed,
  themeOf,
  to,
  votedOnThemes,
} from '../rules/fixtures';

/**
 * events.ts is the contract an outside client is written from: each event's doc block lists,
 * one "- `path` …" line each, every field applying it changes. This test applies every event
 * (several rows where an effect depends on the event or the state) and compares the fields
 * that really changed with the documented ones, both ways:
 *
 *  - every changed field is documented: a cascade apply makes but the docs leave out fails here;
 *  - every documented line changes something in some row: no effect is claimed that never happens.
 *
 * `[name]` in a path is the entry the event's field `name` points to (`cards[cardId]`), `[*]`
 * any entry (a cascade over the whole record).
 */

const SOURCE = fs.readFileSync(new URL('../../../shared/protocol/events.ts', import.meta.url), 'utf8');

/** The doc block right before each member of the Event union, by event type. */
function documented(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const member = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*\|\s*\(?\{\s*type:\s*'([\w.]+)'/g;
  for (const [, doc, type] of SOURCE.matchAll(member)) {
    // A line of the block that starts with "- `path`" (also right after the opening `/**`).
    const effects = [...(doc ?? '').matchAll(/^\s*(?:\/\*\*|\*)\s+- `([^`]+)`/gm)].map((m) => m[1] ?? '');
    out.set(type ?? '', effects);
  }
  return out;
}

type Segment = string | typeof ANY;
const ANY = Symbol('any entry');

/** `cards[cardId].highlighted` → ['cards', <the event's cardId>, 'highlighted']. */
function resolve(path: string, event: Event): Segment[] {
  const segments: Segment[] = [];
  for (const [, field, key] of path.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)) {
    if (field !== undefined) segments.push(field);
    else if (key === '*') segments.push(ANY);
    else {
      const value = (key ?? '').split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], event);
      if (value === undefined) throw new Error(`${event.type}: \`${path}\` names [${key}], which the event lacks`);
      segments.push(String(value));
    }
  }
  return segments;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields that differ, down to plain objects; arrays and values are compared whole. An entry
 * that appears or goes is compared with an empty one, so a new seat is `assignments.bob.2`.
 */
function changed(a: unknown, b: unknown, at: string[] = []): string[][] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a === undefined && isRecord(b)) return changed({}, b, at);
  if (isRecord(a) && b === undefined) return changed(a, {}, at);
  if (!isRecord(a) || !isRecord(b)) return [at];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => changed(a[k], b[k], [...at, k]));
}

const covers = (doc: Segment[], path: string[]) =>
  doc.length <= path.length && doc.every((s, i) => s === ANY || s === path[i]);

const T = templateSetup('world-cafe-evening', 'nl');
const AT = T0 + 3_600_000;

/**
 * ann (wijkhub, a seat at wijksamenwerking in round 2) and bob (wijkstem) in round 1 with a
 * running timer, a broadcast, voting open and dots on two highlighted cards, a question each
 * (q-dup is merged into q-bob), and a sign-up each, ann's with contact details.
 */
const BASE_STEPS: Step[] = [
  ...join('ann', ['wijkhub', 'wijkstem']),
  ...join('bob', ['wijkstem', 'wijkhub']),
  ['fac', { type: 'assignment.set', participantId: 'ann', round: 2, tableId: 'wijksamenwerking' }],
  ...to('round-1'),
  ['fac', { type: 'timer.start', durationMs: 20 * 60_000 }],
  ['fac', { type: 'broadcast.send', text: 'Welkom' }],
  card('p:ann', 'c-ann'),
  card('host:wijkhub', 'c-host'),
  card('p:bob', 'c-bob'),
  highlight('c-host'),
  highlight('c-bob'),
  ['fac', { type: 'voting.open', dots: 3 }],
  ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:bob', { type: 'vote.cast', cardId: 'c-host' }],
  ['p:bob', { type: 'vote.cast', cardId: 'c-bob' }],
  ['p:ann', { type: 'question.ask', questionId: 'q-ann', categoryId: 'bylaw', text: 'Wie beslist?' }],
  ['p:bob', { type: 'question.ask', questionId: 'q-bob', categoryId: 'funding', text: 'Hoeveel geld?' }],
  ['p:bob', { type: 'question.ask', questionId: 'q-dup', categoryId: 'funding', text: 'Hoeveel geld precies?' }],
  ['fac', { type: 'question.merge', questionId: 'q-dup', intoQuestionId: 'q-bob' }],
  [
    'p:ann',
    {
      type: 'signup.add',
      signupId: 's-ann',
      groupId: 'wg-wijkhub',
      contact: { email: 'ann@example.org', phone: null },
      consent: true,
    },
  ],
  ['p:bob', { type: 'signup.add', signupId: 's-bob', groupId: 'wg-wijkstem', consent: false }],
];
const BASE = run(BASE_STEPS).state;

type Row = { name: string; from?: SessionState; event: Event; nothing?: true };

const theme = themeOf;
const THEMED = themed(BASE);
/** THEMED with a vote on themes: ann put a dot on t-1. */
const THEME_VOTES = votedOnThemes(THEMED, [['ann', 't-1']]);

const newcomer = (id: string): Participant => ({
  id,
  name: null,
  group: null,
  picks: [],
  sandwich: false,
  joinedAt: AT,
  checkedInAt: null,
});
const team = (id: string, memberIds: string[]): Team => ({ id, label: `Team ${id}`, memberIds, stays: false });
/** BASE with cas and dan too, and nobody in a team yet. */
const FOUR = [newcomer('cas'), newcomer('dan')].reduce(
  (s, participant) => apply(s, { type: 'participant.joined', participant }),
  BASE,
);
/** FOUR with ann, bob and cas kept together as t-1. */
const TEAMED = apply(FOUR, { type: 'team.set', team: team('t-1', ['ann', 'bob', 'cas']) });
/** FOUR with two pairs: t-1 (ann, bob) and t-2 (cas, dan). */
const PAIRS = [team('t-1', ['ann', 'bob']), team('t-2', ['cas', 'dan'])].reduce(
  (s, t) => apply(s, { type: 'team.set', team: t }),
  FOUR,
);

const registration = (id: string, participantId: string, status: Registration['status']): Registration => ({
  id,
  participantId,
  name: `Naam ${participantId}`,
  email: `${participantId}@example.org`,
  phone: null,
  group: 'resident',
  sandwich: true,
  picks: [],
  remarks: '',
  language: 'nl',
  followupConsent: true,
  source: 'import',
  status,
  createdAt: AT,
});
/** BASE with registrations: ann's (she came), eve's (not yet here), fay on the waiting list; bob is checked in. */
const REGISTERED = apply(
  apply(BASE, {
    type: 'registrations.added',
    registrations: [
      registration('r-ann', 'ann', 'registered'),
      registration('r-eve', 'eve', 'registered'),
      registration('r-fay', 'fay', 'waiting'),
    ],
  }),
  { type: 'participant.checkedIn', participantId: 'bob', at: AT },
);

// Every event type, with a row for each effect that depends on the event or the state.
const ROWS: Record<EventType, Row[]> = {
  'session.updated': [
    {
      name: 'every field',
      event: {
        type: 'session.updated',
        title: 'Noord',
        date: '2026-12-03',
        venue: 'Buurthuis',
        language: 'en',
        goals: ['x'],
      },
    },
  ],
  'agenda.set': [{ name: 'a shorter agenda', event: { type: 'agenda.set', phases: T.agenda.slice(0, 2) } }],
  'tables.set': [{ name: 'one table less', event: { type: 'tables.set', tables: T.tables.slice(1) } }],
  'rounds.set': [
    {
      name: 'three rounds',
      event: { type: 'rounds.set', rounds: { count: 3, lengthMin: 30, tablesPerParticipant: 3 } },
    },
  ],
  'categories.set': [
    { name: 'one category', event: { type: 'categories.set', categories: [{ id: 'other', label: 'Overig' }] } },
  ],
  'workingGroups.set': [{ name: 'no groups', event: { type: 'workingGroups.set', groups: [] } }],
  'session.started': [{ name: 'from a draft', from: session(), event: { type: 'session.started', at: AT } }],
  'phase.entered': [
    { name: 'the next round', event: { type: 'phase.entered', phaseId: 'round-2', at: AT } },
    {
      name: 'while the screen shows the word cloud',
      from: apply(BASE, { type: 'screen.focused', focus: { view: 'cloud', tableId: null } }),
      event: { type: 'phase.entered', phaseId: 'round-2', at: AT },
    },
  ],
  'timer.set': [
    { name: 'paused', event: { type: 'timer.set', timer: { state: 'paused', remainingMs: 60_000 } } },
    { name: 'cleared', event: { type: 'timer.set', timer: null } },
  ],
  'broadcast.set': [
    { name: 'a message', event: { type: 'broadcast.set', text: 'Pauze', at: AT, endsAt: null } },
    { name: 'for ten minutes', event: { type: 'broadcast.set', text: 'Pauze', at: AT, endsAt: AT + 600_000 } },
    { name: 'cleared', event: { type: 'broadcast.set', text: null, at: AT, endsAt: null } },
  ],
  'screen.focused': [
    { name: 'the word cloud', event: { type: 'screen.focused', focus: { view: 'cloud', tableId: null } } },
  ],
  'voting.set': [
    { name: 'closed with results', event: { type: 'voting.set', open: false, dots: 3, results: { 'c-host': 3 } } },
    {
      name: 'a new vote, on themes',
      event: { type: 'voting.set', open: true, dots: 3, results: null, on: 'themes', byGroup: null },
    },
  ],
  'assignment.set': [
    { name: 'a new round', event: { type: 'assignment.set', participantId: 'ann', round: 1, tableId: 'wijkstem' } },
    { name: 'sits a round out', event: { type: 'assignment.set', participantId: 'bob', round: 2, tableId: null } },
  ],
  'plan.published': [
    {
      name: 'seats for bob',
      event: { type: 'plan.published', assignments: { bob: { '1': 'wijkhub', '2': 'wijkstem' } }, at: AT },
    },
  ],
  'session.ended': [{ name: 'with a timer and open voting', event: { type: 'session.ended', at: AT } }],
  'participant.joined': [
    {
      name: 'a newcomer',
      event: {
        type: 'participant.joined',
        participant: {
          id: 'cas',
          name: null,
          group: null,
          picks: [],
          sandwich: false,
          joinedAt: AT,
          checkedInAt: null,
        },
      },
    },
  ],
  'profile.set': [
    {
      name: 'every field',
      event: {
        type: 'profile.set',
        participantId: 'ann',
        name: 'Ann',
        group: 'resident',
        sandwich: true,
        remote: true,
      },
    },
    {
      name: 'someone not in the view',
      event: { type: 'profile.set', participantId: 'ghost', name: 'Boo' },
      nothing: true,
    },
  ],
  'tables.picked': [{ name: 'new picks', event: { type: 'tables.picked', participantId: 'bob', picks: ['wijkhub'] } }],
  'participant.checkedIn': [
    { name: 'at the door', event: { type: 'participant.checkedIn', participantId: 'bob', at: AT } },
  ],
  'participant.erased': [
    {
      name: 'ann with a card, question, sign-up, dots and a seat',
      event: { type: 'participant.erased', participantId: 'ann' },
    },
    {
      name: 'ann in a team of three',
      from: TEAMED,
      event: { type: 'participant.erased', participantId: 'ann' },
    },
    {
      name: 'ann in a pair: the team goes',
      from: PAIRS,
      event: { type: 'participant.erased', participantId: 'ann' },
    },
    {
      name: 'ann came from a registration: it goes too',
      from: REGISTERED,
      event: { type: 'participant.erased', participantId: 'ann' },
    },
  ],
  'participant.removed': [
    {
      name: 'ann, seated, leaves a host view',
      event: { type: 'participant.removed', participantId: 'ann' },
    },
  ],
  'door.set': [{ name: 'closing the door', event: { type: 'door.set', closedAt: AT } }],
  'participants.removed': [
    {
      name: 'ann with a card, question, sign-up, dots and a seat',
      event: { type: 'participants.removed', participantIds: ['ann'] },
    },
    {
      name: 'dan, in no team, and cas, of a team of three',
      from: TEAMED,
      event: { type: 'participants.removed', participantIds: ['dan', 'cas'] },
    },
    {
      name: 'dan of a pair: the team goes',
      from: PAIRS,
      event: { type: 'participants.removed', participantIds: ['dan'] },
    },
    {
      name: 'ann with a registration',
      from: REGISTERED,
      event: { type: 'participants.removed', participantIds: ['ann'] },
    },
  ],
  'card.added': [
    {
      name: 'a host card',
      event: {
        type: 'card.added',
        card: {
          id: 'c-new',
          tableId: 'wijkstem',
          round: 1,
          kind: 'concern',
          text: 'Te weinig geld',
          tags: [],
          authorRole: 'host',
          authorId: 'host:wijkstem',
          createdAt: AT,
          editedAt: null,
          hidden: false,
          highlighted: false,
          mergedInto: null,
        },
      },
    },
  ],
  'card.edited': [
    {
      name: 'every field of a highlighted card with dots',
      event: { type: 'card.edited', cardId: 'c-host', text: 'Beter', kind: 'question', tags: ['groen'], at: AT },
    },
    {
      name: "a recommendation's owner and date",
      event: {
        type: 'card.edited',
        cardId: 'c-host',
        kind: 'recommendation',
        owner: 'Wijkteam',
        due: '2026-03-01',
        at: AT,
      },
    },
    {
      name: 'a card not in the view',
      event: { type: 'card.edited', cardId: 'nope', text: 'x', at: AT },
      nothing: true,
    },
  ],
  'card.removed': [{ name: 'a card with dots', event: { type: 'card.removed', cardId: 'c-host' } }],
  'card.highlighted': [
    { name: 'on', event: { type: 'card.highlighted', cardId: 'c-ann', on: true } },
    { name: 'off, with dots', event: { type: 'card.highlighted', cardId: 'c-host', on: false } },
  ],
  'card.hidden': [
    { name: 'hiding a highlighted card with dots', event: { type: 'card.hidden', cardId: 'c-host', hidden: true } },
    {
      name: 'showing it again',
      from: apply(BASE, { type: 'card.hidden', cardId: 'c-host', hidden: true }),
      event: { type: 'card.hidden', cardId: 'c-host', hidden: false },
    },
  ],
  'card.merged': [
    { name: 'a highlighted card with dots', event: { type: 'card.merged', cardId: 'c-host', intoCardId: 'c-ann' } },
  ],
  'card.unmerged': [
    {
      name: 'a merged card',
      from: apply(BASE, { type: 'card.merged', cardId: 'c-host', intoCardId: 'c-ann' }),
      event: { type: 'card.unmerged', cardId: 'c-host' },
    },
    { name: 'a card not in the view', event: { type: 'card.unmerged', cardId: 'nope' }, nothing: true },
  ],
  'summary.set': [{ name: 'a summary', event: { type: 'summary.set', tableId: 'wijkhub', text: 'Een plek' } }],
  'vote.cast': [
    { name: 'another dot', event: { type: 'vote.cast', participantId: 'bob', cardId: 'c-host' } },
    { name: 'a first dot', event: { type: 'vote.cast', participantId: 'cas', cardId: 'c-host' } },
  ],
  'vote.withdrawn': [
    { name: 'one of two', event: { type: 'vote.withdrawn', participantId: 'ann', cardId: 'c-host' } },
    {
      name: 'a dot that is not there',
      event: { type: 'vote.withdrawn', participantId: 'ann', cardId: 'c-bob' },
      nothing: true,
    },
  ],
  'theme.added': [
    { name: 'a new theme', event: { type: 'theme.added', theme: theme('t-new', ['c-ann']) } },
    {
      name: 'cards from another theme',
      from: THEMED,
      event: { type: 'theme.added', theme: theme('t-new', ['c-bob']) },
    },
  ],
  'theme.renamed': [
    { name: 'renamed', from: THEMED, event: { type: 'theme.renamed', themeId: 't-1', label: 'Groen' } },
  ],
  'theme.accepted': [
    {
      name: 'a proposal',
      from: apply(BASE, { type: 'theme.added', theme: { ...theme('t-p', ['c-host']), proposedBy: 'wijkhub' } }),
      event: { type: 'theme.accepted', themeId: 't-p' },
    },
  ],
  'theme.cardsPlaced': [
    {
      name: 'moved to the front of another theme',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-bob'], themeId: 't-2', index: 0 },
    },
    {
      name: 'out of every theme',
      from: THEMED,
      event: { type: 'theme.cardsPlaced', cardIds: ['c-host'], themeId: null, index: null },
    },
  ],
  'theme.merged': [
    {
      name: 'with dots on it',
      from: THEME_VOTES,
      event: { type: 'theme.merged', themeId: 't-1', intoThemeId: 't-2' },
    },
  ],
  'theme.removed': [{ name: 'with dots on it', from: THEME_VOTES, event: { type: 'theme.removed', themeId: 't-1' } }],
  'team.set': [
    { name: 'a new team', from: FOUR, event: { type: 'team.set', team: team('t-1', ['ann', 'bob', 'cas']) } },
    {
      name: 'takes cas out of a team of three',
      from: TEAMED,
      event: { type: 'team.set', team: team('t-2', ['cas', 'dan']) },
    },
    {
      name: 'ann and bob leave cas alone: that team goes',
      from: TEAMED,
      event: { type: 'team.set', team: team('t-2', ['ann', 'bob']) },
    },
    {
      name: 'the same team with another name, all evening at one table',
      from: TEAMED,
      event: { type: 'team.set', team: { ...team('t-1', ['ann', 'bob', 'cas']), label: 'Trio', stays: true } },
    },
  ],
  'team.removed': [
    { name: 'a team of three', from: TEAMED, event: { type: 'team.removed', teamId: 't-1' } },
    { name: 'a team not in the view', event: { type: 'team.removed', teamId: 't-1' }, nothing: true },
  ],
  'question.asked': [
    {
      name: 'at the desk',
      event: {
        type: 'question.asked',
        question: {
          id: 'q-new',
          authorId: null,
          categoryId: 'other',
          text: 'Waar is de wc?',
          status: 'new',
          answer: null,
          hidden: false,
          mergedInto: null,
          createdAt: AT,
        },
      },
    },
  ],
  'question.triaged': [
    {
      name: 'every field',
      event: { type: 'question.triaged', questionId: 'q-ann', categoryId: 'other', status: 'follow-up' },
    },
  ],
  'question.answered': [
    {
      name: 'answered',
      event: { type: 'question.answered', questionId: 'q-ann', answer: 'De raad', status: 'answered' },
    },
  ],
  'question.hidden': [{ name: 'hidden', event: { type: 'question.hidden', questionId: 'q-bob', hidden: true } }],
  'question.merged': [
    {
      name: 'a question with a duplicate of its own',
      event: { type: 'question.merged', questionId: 'q-bob', intoQuestionId: 'q-ann' },
    },
    { name: 'undone', event: { type: 'question.merged', questionId: 'q-dup', intoQuestionId: null } },
  ],
  'followup.published': [
    { name: 'public', event: { type: 'followup.published', at: AT } },
    {
      name: 'offline again',
      from: apply(BASE, { type: 'followup.published', at: AT }),
      event: { type: 'followup.published', at: null },
    },
  ],
  'signup.added': [
    {
      name: 'a sign-up',
      event: {
        type: 'signup.added',
        signup: {
          id: 's-new',
          groupId: 'wg-wijkstem',
          participantId: 'ann',
          contact: null,
          consent: false,
          createdAt: AT,
        },
      },
    },
  ],
  'signup.withdrawn': [{ name: 'ann’s', event: { type: 'signup.withdrawn', signupId: 's-ann' } }],
  'member.linked': [
    { name: 'ann recognised', event: { type: 'member.linked', participantId: 'ann', memberId: 'm-ann' } },
  ],
  'signupPage.set': [
    {
      name: 'opening the page',
      event: { type: 'signupPage.set', settings: { open: true, capacity: 40, closesAt: AT, askSandwich: true } },
    },
  ],
  'registrations.added': [
    {
      name: 'two from an import',
      event: { type: 'registrations.added', registrations: [registration('r-gus', 'gus', 'registered')] },
    },
  ],
  'registration.cancelled': [
    { name: 'eve cancels', from: REGISTERED, event: { type: 'registration.cancelled', registrationId: 'r-eve' } },
  ],
  'registration.promoted': [
    { name: 'fay has a place', from: REGISTERED, event: { type: 'registration.promoted', registrationId: 'r-fay' } },
  ],
  'registration.erased': [
    {
      name: 'eve, not arrived',
      from: REGISTERED,
      event: { type: 'registration.erased', registrationId: 'r-eve', participantId: 'eve' },
    },
  ],
  'participant.checkedOut': [
    { name: 'the tick undone', from: REGISTERED, event: { type: 'participant.checkedOut', participantId: 'bob' } },
  ],
};

const DOCS = documented();
const CASES = Object.entries(ROWS).flatMap(([type, rows]) => rows.map((row) => ({ type, ...row })));

describe('events.ts documents every effect of applying an event', () => {
  it('has a doc block with effects for every event of the union, and only those', () => {
    expect([...DOCS.keys()].sort()).toEqual(Object.keys(ROWS).sort());
    for (const [type, effects] of DOCS) expect(effects.length, type).toBeGreaterThan(0);
  });

  it('the base state holds what the cascades act on (the rows can fail)', () => {
    expect(BASE.timer?.state).toBe('running');
    expect(BASE.voting.open).toBe(true);
    expect(BASE.votes).toEqual({ ann: ['c-host', 'c-host'], bob: ['c-host', 'c-bob'] });
    expect(BASE.questions['q-dup']?.mergedInto).toBe('q-bob');
  });

  // SPEC R9
  it.each(CASES)('$type, $name: every field it changes is documented', ({ type, from, event, nothing }) => {
    expect(event.type).toBe(type);
    const before = from ?? BASE;
    const paths = changed(before, apply(before, event));
    if (nothing) return expect(paths).toEqual([]);
    expect(paths.length).toBeGreaterThan(0);
    const docs = (DOCS.get(type) ?? []).map((d) => resolve(d, event));
    const undocumented = paths.filter((p) => !docs.some((d) => covers(d, p))).map((p) => p.join('.'));
    expect(undocumented).toEqual([]);
  });

  // SPEC R9
  it.each(Object.keys(ROWS))('%s: every documented effect happens in some row', (type) => {
    const rows = ROWS[type as EventType];
    const unseen = (DOCS.get(type) ?? []).filter(
      (d) =>
        !rows.some(({ from, event }) => {
          const before = from ?? BASE;
          const path = resolve(d, event);
          return changed(before, apply(before, event)).some((p) => covers(path, p));
        }),
    );
    expect(unseen).toEqual([]);
  });

  it('a cascade left out of the docs is caught', () => {
    // session.ended also stops the timer and closes voting: without those lines, fields go unexplained.
    const status = resolve('status', { type: 'session.ended', at: AT });
    const after = apply(BASE, { type: 'session.ended', at: AT });
    const unexplained = changed(BASE, after).filter((p) => !covers(status, p));
    expect(unexplained.map((p) => p.join('.')).sort()).toEqual(['timer', 'voting.open']);
  });
});
