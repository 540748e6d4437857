import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/model/session';
import type { Event } from '../../../shared/protocol/events';
import { applyBatch } from '../../../shared/rules/apply';
import { redactBatch } from '../../../shared/rules/redact';
import { type Audience, view } from '../../../shared/rules/view';
import { archiveJson, buildReport } from '../../../shared/report';
import { attempt, join, PHASES, run, session, type Step, T0 } from '../rules/fixtures';

/*
 * Wijkhub and Wijksamenwerking are online tables, Wijkstem is in the room. Ann sits at wijkhub
 * in round 1 and at wijkstem in round 2; Bob the other way round. The reference agenda: walk-in,
 * plenary-1, break-1, round-1, round-2, break-2, wrap-up, drinks.
 */
const HUB = 'https://meet.example.org/wijkhub';
const SAM = 'https://meet.example.org/samen';
const online = (): Step => [
  'fac',
  {
    type: 'tables.set',
    tables: session().tables.map((t) =>
      t.id === 'wijkhub'
        ? { ...t, online: true, videoUrl: HUB }
        : t.id === 'wijksamenwerking'
          ? { ...t, online: true, videoUrl: SAM }
          : t,
    ),
  },
];
const DRAFT = run([online(), ...join('ann', ['wijkhub', 'wijkstem']), ...join('bob', ['wijkstem', 'wijkhub'])]);

/** The state in each phase (jumped to from the draft), and once ended in round 1. */
function at(phase: (typeof PHASES)[number] | 'draft' | 'ended'): SessionState {
  if (phase === 'draft') return DRAFT.state;
  const steps: Step[] =
    phase === 'ended'
      ? [
          ['fac', { type: 'phase.jump', phaseId: 'round-1' }],
          ['fac', { type: 'session.end' }],
        ]
      : [['fac', { type: 'phase.jump', phaseId: phase }]];
  return run(steps, DRAFT).state;
}

/** Which tables' links a view holds, as "tableId" list. */
const links = (state: SessionState) => state.tables.filter((t) => t.videoUrl != null).map((t) => t.id);

const WHO: [string, Audience][] = [
  ['facilitator', { role: 'facilitator' }],
  ['host wijkhub', { role: 'host', tableId: 'wijkhub' }],
  ['host wijkstem', { role: 'host', tableId: 'wijkstem' }],
  ['ann', { role: 'participant', participantId: 'ann' }],
  ['bob', { role: 'participant', participantId: 'bob' }],
  ['desk', { role: 'desk' }],
  ['screen', { role: 'screen' }],
];

const ALL = ['wijkhub', 'wijksamenwerking'];
// phase → [facilitator, host wijkhub, host wijkstem, ann, bob, desk, screen]
const TABLE: [Parameters<typeof at>[0], string[][]][] = [
  ['draft', [ALL, ['wijkhub'], [], [], [], [], []]],
  ['walk-in', [ALL, ['wijkhub'], [], [], [], [], []]],
  ['plenary-1', [ALL, ['wijkhub'], [], [], [], [], []]],
  // The break before round 1: the people of round 1 get their call.
  ['break-1', [ALL, ['wijkhub'], [], ['wijkhub'], [], [], []]],
  ['round-1', [ALL, ['wijkhub'], [], ['wijkhub'], [], [], []]],
  // Ann moves to Wijkstem (in the room), Bob comes to Wijkhub.
  ['round-2', [ALL, ['wijkhub'], [], [], ['wijkhub'], [], []]],
  // The break after the last round comes before no round: no call.
  ['break-2', [ALL, ['wijkhub'], [], [], [], [], []]],
  ['wrap-up', [ALL, ['wijkhub'], [], [], [], [], []]],
  ['drinks', [ALL, ['wijkhub'], [], [], [], [], []]],
  ['ended', [ALL, ['wijkhub'], [], [], [], [], []]],
];

describe('who holds the video link of an online table', () => {
  describe.each(TABLE)('%s', (phase, expected) => {
    const state = at(phase);
    // SPEC R16
    it.each(WHO.map(([who, audience], i) => [who, audience, expected[i]!] as const))(
      '%s holds the links of %j',
      (_who, audience, want) => {
        expect(links(view(state, audience))).toEqual(want);
        // Nobody else's link hides in the view under another name.
        const json = JSON.stringify(view(state, audience));
        for (const [id, link] of [
          ['wijkhub', HUB],
          ['wijksamenwerking', SAM],
        ] as const)
          expect(json.includes(link)).toBe(want.includes(id));
      },
    );
  });

  it('the tables stay online for everyone: only the link is kept back', () => {
    const screen = view(at('round-1'), { role: 'screen' });
    expect(screen.tables.map((t) => [t.id, t.online ?? false])).toEqual([
      ['wijkhub', true],
      ['wijksamenwerking', true],
      ['wijkstem', false],
    ]);
  });

  it('a link on a table that is not online reaches nobody but facilitators', () => {
    const state = run(
      [
        [
          'fac',
          {
            type: 'tables.set',
            tables: session().tables.map((t) => (t.id === 'wijkhub' ? { ...t, online: false, videoUrl: HUB } : t)),
          },
        ],
        ['fac', { type: 'phase.jump', phaseId: 'round-1' }],
      ],
      DRAFT,
    ).state;
    expect(links(view(state, { role: 'host', tableId: 'wijkhub' }))).toEqual([]);
    expect(links(view(state, { role: 'participant', participantId: 'ann' }))).toEqual([]);
    expect(links(state)).toEqual(['wijkhub']);
  });

  it('the public report and the public archive hold no link; the internal archive does', () => {
    const state = at('round-2');
    expect(JSON.stringify(buildReport(state, 'public'))).not.toContain('meet.example.org');
    expect(JSON.stringify(buildReport(state, 'internal'))).not.toContain('meet.example.org');
    expect(archiveJson(state, 'public')).not.toContain('meet.example.org');
    expect(archiveJson(state, 'internal')).toContain(HUB);
  });
});

describe('the link follows the round through the events, without a reload', () => {
  /** Plays the phase jumps from the draft; per audience the events it received, applied to its view. */
  function play(phases: string[]) {
    let state = DRAFT.state;
    const got = new Map(WHO.map(([who, a]) => [who, { view: view(state, a), events: [] as Event[] }]));
    for (const phaseId of phases) {
      const d = attempt(state, 'fac', { type: 'phase.jump', phaseId }, T0);
      if (!d.ok) throw new Error(d.error.message);
      const after = applyBatch(state, { v: state.version + 1, events: d.events });
      for (const [who, audience] of WHO) {
        const mine = got.get(who)!;
        const events = redactBatch(state, d.events, audience);
        mine.events.push(...events);
        mine.view = applyBatch(mine.view, { v: after.version, events });
      }
      state = after;
    }
    return got;
  }

  it('Ann gets Wijkhub’s link at the break before round 1 and loses it in round 2; Bob gets it then', () => {
    const afterBreak = play(['break-1']);
    expect(links(afterBreak.get('ann')!.view)).toEqual(['wijkhub']);
    expect(afterBreak.get('ann')!.events.filter((e) => e.type === 'tables.set')).toHaveLength(1);
    const later = play(['break-1', 'round-1', 'round-2']);
    expect(links(later.get('ann')!.view)).toEqual([]);
    expect(links(later.get('bob')!.view)).toEqual(['wijkhub']);
  });

  it('the desk, the screen and another table’s host never receive a link in any event', () => {
    const got = play(['walk-in', 'plenary-1', 'break-1', 'round-1', 'round-2', 'break-2', 'wrap-up']);
    for (const who of ['desk', 'screen', 'host wijkstem']) {
      expect(JSON.stringify(got.get(who)!.events)).not.toContain('meet.example.org');
    }
    // Bob sat at the room table in round 1: nothing of the link reached him before round 2.
    const early = play(['walk-in', 'plenary-1', 'break-1', 'round-1']);
    expect(JSON.stringify(early.get('bob')!.events)).not.toContain('meet.example.org');
  });
});
