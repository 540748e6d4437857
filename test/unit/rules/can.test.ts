import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/protocol/errors';
import type { Actor } from '../../../shared/rules/actor';
import { afterPending, type CommandDraft, can } from '../../../shared/rules/can';
import { type Audience, view } from '../../../shared/rules/view';
import { picksEditable } from '../../../client/src/views/participant/where';
import { actor, attempt, card, highlight, join, parse, run, type Step, TABLES, to, type Who } from './fixtures';

/**
 * Client and server ask the same rules. Each row plays the evening on the server's full state,
 * then asks the question twice: the server's `decide` on the full state, and the client's check
 * (`can`) on the view that role's device holds. Both must give the expected answer. The rows
 * marked "drift" are the states where a screen's own rule of thumb used to disagree.
 */
const audienceOf = (a: Actor): Audience =>
  a.role === 'participant' ? { role: 'participant', participantId: a.participantId } : a;

const evening: Step[] = [
  ...join('ann', ['wijksamenwerking', 'wijkhub']),
  ...join('bob', ['wijkstem']),
  ['fac', { type: 'phase.advance' }],
];
const ended: Step[] = [...evening, ['fac', { type: 'session.end' }]];
const voting: Step[] = [
  ...evening,
  ...to('round-1'),
  card('host:wijkhub', 'c1'),
  card('host:wijkhub', 'c2'),
  card('host:wijksamenwerking', 'c3'),
  highlight('c1'),
  ['fac', { type: 'voting.open', dots: 1 }],
];
const signedUp: Step[] = [
  ...evening,
  ['p:ann', { type: 'signup.add', signupId: 's1', groupId: 'wg-wijkhub', contact: null, consent: false }],
];

type Row = [name: string, steps: Step[], who: Who, draft: CommandDraft, expected: 'ok' | ErrorCode];
const rows: Row[] = [
  // The phone's table choice (PickTables).
  ['picks before the rounds', evening, 'p:ann', { type: 'tables.pick', picks: ['wijkhub'] }, 'ok'],
  [
    'drift: round 1, the second pick may still change',
    [...evening, ...to('round-1')],
    'p:ann',
    { type: 'tables.pick', picks: ['wijksamenwerking', 'wijkstem'] },
    'ok',
  ],
  [
    'round 1, the first pick stays',
    [...evening, ...to('round-1')],
    'p:ann',
    { type: 'tables.pick', picks: ['wijkhub', 'wijksamenwerking'] },
    'WRONG_PHASE',
  ],
  [
    'round 2, no pick changes',
    [...evening, ...to('round-2')],
    'p:ann',
    { type: 'tables.pick', picks: ['wijksamenwerking', 'wijkstem'] },
    'WRONG_PHASE',
  ],
  [
    'a late arrival may still choose',
    [...evening, ...to('round-1'), ...join('cor')],
    'p:cor',
    { type: 'tables.pick', picks: ['wijkhub'] },
    'ok',
  ],
  ['picks after the end', ended, 'p:ann', { type: 'tables.pick', picks: ['wijkhub'] }, 'WRONG_PHASE'],
  // The phone's other panels.
  ['check in while live', evening, 'p:ann', { type: 'checkin' }, 'ok'],
  ['check in after the end', ended, 'p:ann', { type: 'checkin' }, 'WRONG_PHASE'],
  ['drift: the profile after the end', ended, 'p:ann', { type: 'profile.set' }, 'WRONG_PHASE'],
  ['the profile while live', evening, 'p:ann', { type: 'profile.set' }, 'ok'],
  ['a card at the walk-in', evening, 'p:ann', { type: 'card.add', cardId: 'x', text: '?' }, 'WRONG_PHASE'],
  ['a card in round 1', [...evening, ...to('round-1')], 'p:ann', { type: 'card.add', cardId: 'x', text: '?' }, 'ok'],
  ['a question while live', evening, 'p:ann', q(), 'ok'],
  ['a question after the end', ended, 'p:ann', q(), 'WRONG_PHASE'],
  ['a dot on a highlight', voting, 'p:ann', { type: 'vote.cast', cardId: 'c1' }, 'ok'],
  // c3 is at ann's table, so her phone shows it (a card elsewhere is NOT_FOUND to her view).
  ['a dot on a card that is no highlight', voting, 'p:ann', { type: 'vote.cast', cardId: 'c3' }, 'CONFLICT'],
  [
    'no dots left',
    [...voting, ['p:ann', { type: 'vote.cast', cardId: 'c1' }]],
    'p:ann',
    { type: 'vote.cast', cardId: 'c1' },
    'LIMIT_REACHED',
  ],
  ['take back a dot you did not give', voting, 'p:ann', { type: 'vote.withdraw', cardId: 'c1' }, 'NOT_FOUND'],
  [
    'take back your dot',
    [...voting, ['p:ann', { type: 'vote.cast', cardId: 'c1' }]],
    'p:ann',
    { type: 'vote.withdraw', cardId: 'c1' },
    'ok',
  ],
  ['a dot once voting closed', [...voting, ['fac', { type: 'voting.close' }]], 'p:ann', vote('c1'), 'WRONG_PHASE'],
  ['sign up while live', evening, 'p:ann', signup('wg-wijkhub'), 'ok'],
  ['sign up twice for one group', signedUp, 'p:ann', signup('wg-wijkhub'), 'CONFLICT'],
  ['sign up after the end', ended, 'p:ann', signup('wg-wijkhub'), 'WRONG_PHASE'],
  [
    'drift: withdraw a sign-up after the end',
    [...signedUp, ['fac', { type: 'session.end' }]],
    'p:ann',
    { type: 'signup.withdraw', signupId: 's1' },
    'ok',
  ],
  // The host's tablet.
  ['drift: a host card before the start', [], 'host:wijkhub', hostCard('wijkhub'), 'WRONG_PHASE'],
  ['a host card while live', evening, 'host:wijkhub', hostCard('wijkhub'), 'ok'],
  ['a host card after the end', ended, 'host:wijkhub', hostCard('wijkhub'), 'WRONG_PHASE'],
  ['withdraw an own card', voting, 'host:wijkhub', { type: 'card.withdraw', cardId: 'c2' }, 'ok'],
  [
    "withdraw a participant's card",
    [...evening, ...to('round-1'), card('p:ann', 'pc')],
    'host:wijksamenwerking',
    { type: 'card.withdraw', cardId: 'pc' },
    'FORBIDDEN',
  ],
  ['highlight at the own table', voting, 'host:wijkhub', { type: 'card.highlight', cardId: 'c2', on: true }, 'ok'],
  [
    'highlight after the end',
    [...voting, ['fac', { type: 'session.end' }]],
    'host:wijkhub',
    { type: 'card.highlight', cardId: 'c2', on: true },
    'WRONG_PHASE',
  ],
  // The facilitator's cockpit.
  ['start', [], 'fac', { type: 'phase.advance', expectedPhaseId: null }, 'ok'],
  ['back before the start', [], 'fac', { type: 'phase.back', expectedPhaseId: null }, 'WRONG_PHASE'],
  ['back from the first phase', evening, 'fac', { type: 'phase.back', expectedPhaseId: 'walk-in' }, 'WRONG_PHASE'],
  [
    'back from round 1',
    [...evening, ...to('round-1')],
    'fac',
    { type: 'phase.back', expectedPhaseId: 'round-1' },
    'ok',
  ],
  ['next after the last phase', [...evening, ...to('drinks')], 'fac', { type: 'phase.advance' }, 'WRONG_PHASE'],
  ['jump after the end', ended, 'fac', { type: 'phase.jump', phaseId: 'round-1' }, 'WRONG_PHASE'],
  ['drift: end before the start', [], 'fac', { type: 'session.end' }, 'WRONG_PHASE'],
  ['end while live', evening, 'fac', { type: 'session.end' }, 'ok'],
  ['open voting before the start', [], 'fac', { type: 'voting.open' }, 'WRONG_PHASE'],
  ['open voting while live', evening, 'fac', { type: 'voting.open' }, 'ok'],
  ['pause the timer', evening, 'fac', { type: 'timer.pause' }, 'ok'],
  ['+5 min without a timer', [], 'fac', { type: 'timer.extend', ms: 300_000 }, 'WRONG_PHASE'],
  ['start a timer before the start', [], 'fac', { type: 'timer.start' }, 'WRONG_PHASE'],
  ['an own timer of 0 ms', evening, 'fac', { type: 'timer.start', durationMs: 0 }, 'VALIDATION'],
  // The report panel.
  ['publish the follow-up while live', evening, 'fac', { type: 'followup.publish', published: true }, 'WRONG_PHASE'],
  ['publish the follow-up after the end', ended, 'fac', { type: 'followup.publish', published: true }, 'ok'],
];

function q(): CommandDraft {
  return { type: 'question.ask', questionId: 'x', categoryId: 'funding', text: '?' };
}
function vote(cardId: string): CommandDraft {
  return { type: 'vote.cast', cardId };
}
function signup(groupId: string): CommandDraft {
  return { type: 'signup.add', signupId: 'x', groupId, consent: false };
}
function hostCard(tableId: string): CommandDraft {
  return { type: 'card.add', cardId: 'x', tableId, text: '?' };
}

describe('the client asks the same rules as the server', () => {
  it.each(rows)('%s', (_name, steps, who, draft, expected) => {
    const { state, now } = run(steps);
    const server = attempt(state, who, draft, now);
    const client = can(view(state, audienceOf(actor(who))), actor(who), draft, now);
    expect({
      server: server.ok ? 'ok' : server.error.code,
      client: client.ok ? 'ok' : client.error.code,
    }).toEqual({ server: expected, client: expected });
  });

  it('refuses a draft the schema refuses, as the door does', () => {
    const { state, now } = run(evening);
    const answer = can(state, actor('p:ann'), { type: 'tables.pick', picks: ['no spaces'] }, now);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', path: 'picks.0' } });
  });

  it('sees a card this device has sent but the server has not answered yet', () => {
    const { state, now } = run(evening);
    const host = actor('host:wijkhub');
    const add = parse(hostCard('wijkhub'));
    if (
      !add.ok ||
      add.command.type === 'participant.join' ||
      add.command.type === 'member.link' ||
      add.command.type === 'registrations.add'
    )
      throw new Error('bad row');
    const withdraw: CommandDraft = { type: 'card.withdraw', cardId: 'x' };
    expect(can(view(state, { role: 'host', tableId: 'wijkhub' }), host, withdraw, now).ok).toBe(false);
    expect(can(afterPending(state, host, [add.command], now), host, withdraw, now).ok).toBe(true);
  });
});

/** Every list of distinct tables of at most two: all the choices a phone could send. */
const choices: string[][] = [[]];
for (const a of TABLES) {
  choices.push([a]);
  for (const b of TABLES) if (b !== a) choices.push([a, b]);
}

describe('the phone offers to change the picks exactly when the server accepts some change', () => {
  it.each<[string, Step[], string]>([
    ['before the rounds', evening, 'ann'],
    ['drift: in round 1, with a second pick still to play', [...evening, ...to('round-1')], 'ann'],
    ['in round 1, with one pick', [...evening, ...to('round-1')], 'bob'],
    ['in round 2', [...evening, ...to('round-2')], 'ann'],
    ['a late arrival in round 2', [...evening, ...to('round-2'), ...join('cor')], 'cor'],
    ['after the end', ended, 'ann'],
  ])('%s', (_name, steps, me) => {
    const { state, now } = run(steps);
    const server = choices.some((picks) => {
      const d = attempt(state, `p:${me}`, { type: 'tables.pick', picks }, now);
      return d.ok && d.events.length > 0;
    });
    const phone = picksEditable(view(state, { role: 'participant', participantId: me }), me, now);
    expect(phone).toBe(server);
  });
});
