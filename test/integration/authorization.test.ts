import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/model/session';
import { COMMAND_TYPES, type CommandType } from '../../shared/protocol/commands';
import { PROTOCOL_VERSION } from '../../shared/protocol/version';
import { PERMISSIONS } from '../../shared/rules/permissions';
import { RateLimiter } from '../../server/security/rate-limit';
import { connectError, type NewCommand, TestClient } from '../../harness/client';
import { createSession, secretOf, testServer } from '../../harness/server';

/**
 * The authorization matrix through a real server: every command from every kind of client. The
 * server binds the role at the handshake; here we prove a client can do exactly what its role
 * allows and gets FORBIDDEN (with nothing changed) for everything else.
 */
type Kind =
  | 'facilitator'
  | 'co-facilitator'
  | 'host of this table'
  | 'host of another table'
  | 'desk'
  | 'screen'
  | 'participant'
  | 'another session';
const KINDS: Kind[] = [
  'facilitator',
  'co-facilitator',
  'host of this table',
  'host of another table',
  'desk',
  'screen',
  'participant',
  'another session',
];

/** Commands bound to table T0 (or its host's card): a host of another table may not send them. */
const TABLE_BOUND = new Set<CommandType>([
  'card.add',
  'card.edit',
  'card.withdraw',
  'card.highlight',
  'card.merge',
  'card.unmerge',
  'summary.set',
  'theme.create',
  'theme.rename',
  'theme.place',
  'theme.merge',
  'theme.split',
  'theme.delete',
]);
/** Only a card's author edits or withdraws it; facilitators moderate with hide and merge instead. */
const AUTHOR_BOUND = new Set<CommandType>(['card.edit', 'card.withdraw']);

function allowed(kind: Kind, type: CommandType): boolean {
  const roles = PERMISSIONS[type];
  switch (kind) {
    case 'facilitator':
    case 'co-facilitator':
      return roles.includes('facilitator') && !AUTHOR_BOUND.has(type);
    case 'host of this table':
      return roles.includes('host');
    case 'host of another table':
      return roles.includes('host') && !TABLE_BOUND.has(type);
    case 'participant':
      return roles.includes('participant') && !AUTHOR_BOUND.has(type);
    case 'desk':
      return roles.includes('desk');
    case 'screen':
      return roles.includes('screen');
    case 'another session':
      return false;
  }
}

/** A valid command of each type against the setup below (table T0 with host card c0 and c1, its host's proposals th0 (c1) and th1, question q0). */
function commandOf(type: CommandType, s: SessionState, participantId: string): NewCommand {
  const [t0, , t2] = s.tables.map((t) => t.id);
  const commands: { [T in CommandType]: NewCommand & { type: T } } = {
    'session.update': { type: 'session.update', title: 'Nieuwe titel' },
    'agenda.set': { type: 'agenda.set', phases: s.agenda },
    'tables.set': { type: 'tables.set', tables: s.tables },
    'rounds.set': { type: 'rounds.set', rounds: s.rounds },
    'categories.set': { type: 'categories.set', categories: s.infoCategories },
    'workingGroups.set': { type: 'workingGroups.set', groups: s.workingGroups },
    'phase.advance': { type: 'phase.advance' },
    'phase.back': { type: 'phase.back' },
    'phase.jump': { type: 'phase.jump', phaseId: 'walk-in' },
    'timer.start': { type: 'timer.start' },
    'timer.pause': { type: 'timer.pause' },
    'timer.resume': { type: 'timer.resume' },
    'timer.extend': { type: 'timer.extend', ms: 60_000 },
    'broadcast.send': { type: 'broadcast.send', text: 'Nog vijf minuten' },
    'broadcast.clear': { type: 'broadcast.clear' },
    'screen.show': { type: 'screen.show', view: 'themes', tableId: null },
    'voting.open': { type: 'voting.open' },
    'voting.close': { type: 'voting.close' },
    'assignment.set': { type: 'assignment.set', participantId, round: 2, tableId: t2! },
    'plan.publish': { type: 'plan.publish', plan: { [participantId]: [t0!, t2!] } },
    'session.end': { type: 'session.end' },
    'profile.set': { type: 'profile.set', name: 'Ann' },
    'tables.pick': { type: 'tables.pick', picks: [t0!] },
    checkin: { type: 'checkin' },
    'participant.erase': { type: 'participant.erase' },
    'door.set': { type: 'door.set', open: false },
    'participants.removeInactive': { type: 'participants.removeInactive' },
    'card.add': {
      type: 'card.add',
      cardId: `new-${Math.random().toString(36).slice(2)}`,
      tableId: t0!,
      text: 'Een idee',
      tags: [],
    },
    'card.edit': { type: 'card.edit', cardId: 'c0', text: 'Anders gezegd' },
    'card.withdraw': { type: 'card.withdraw', cardId: 'c0' },
    'card.highlight': { type: 'card.highlight', cardId: 'c0', on: true },
    'card.hide': { type: 'card.hide', cardId: 'c0', hidden: true },
    'card.merge': { type: 'card.merge', cardId: 'c1', intoCardId: 'c0' },
    'card.unmerge': { type: 'card.unmerge', cardId: 'c1' },
    'summary.set': { type: 'summary.set', tableId: t0!, text: 'Kort gezegd' },
    'theme.create': {
      type: 'theme.create',
      themeId: `th-${Math.random().toString(36).slice(2)}`,
      label: 'Plek',
      cardIds: ['c0'],
    },
    'theme.rename': { type: 'theme.rename', themeId: 'th0', label: 'Andere naam' },
    'theme.place': { type: 'theme.place', cardIds: ['c0'], themeId: 'th0' },
    'theme.merge': { type: 'theme.merge', themeId: 'th1', intoThemeId: 'th0' },
    'theme.split': {
      type: 'theme.split',
      themeId: 'th0',
      newThemeId: `th-${Math.random().toString(36).slice(2)}`,
      label: 'Apart',
      cardIds: ['c1'],
    },
    'theme.delete': { type: 'theme.delete', themeId: 'th0' },
    'theme.accept': { type: 'theme.accept', themeId: 'th0' },
    // One participant only: the team is refused NOT_FOUND for the second member, after the role check.
    'team.set': { type: 'team.set', teamId: 'team-1', label: 'Samen', memberIds: [participantId, 'nobody'] },
    'team.delete': { type: 'team.delete', teamId: 'team-1' },
    'vote.cast': { type: 'vote.cast', cardId: 'c0' },
    'vote.withdraw': { type: 'vote.withdraw', cardId: 'c0' },
    'question.ask': {
      type: 'question.ask',
      questionId: `q-${Math.random().toString(36).slice(2)}`,
      categoryId: 'other',
      text: 'Een vraag',
    },
    'question.triage': { type: 'question.triage', questionId: 'q0', status: 'follow-up' },
    'question.answer': { type: 'question.answer', questionId: 'q0', answer: 'Een antwoord' },
    'question.hide': { type: 'question.hide', questionId: 'q0', hidden: true },
    'question.merge': { type: 'question.merge', questionId: 'q0', intoQuestionId: null },
    'followup.publish': { type: 'followup.publish', published: false },
    'signup.add': {
      type: 'signup.add',
      signupId: `s-${Math.random().toString(36).slice(2)}`,
      groupId: 'wg-wijkhub',
      contact: null,
      consent: false,
    },
    'signup.withdraw': { type: 'signup.withdraw', signupId: 'nope' },
    'member.remember': { type: 'member.remember', on: true },
    'member.claim': { type: 'member.claim', code: 'ABCD-EFGH-JKMN' },
    'signupPage.set': { type: 'signupPage.set', open: true, capacity: null, closesAt: null, askSandwich: true },
    'registration.cancel': { type: 'registration.cancel', registrationId: 'nope' },
    'registration.erase': { type: 'registration.erase', registrationId: 'nope' },
    'registration.checkIn': { type: 'registration.checkIn', registrationId: 'nope', on: true },
    // A retry of the same walk-in (same id and name) is the same person: no error for the second sender.
    'participant.walkIn': { type: 'participant.walkIn', participantId: 'walk-in-1', name: 'Els' },
  };
  return commands[type];
}

describe('authorization matrix through the server', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({ limits: { sessionsPerAddress: new RateLimiter(1000, 1000) } });
  });
  afterAll(async () => {
    await server.cleanup();
  });

  // SPEC R11
  it.each(COMMAND_TYPES)('%s: allowed exactly for its roles, FORBIDDEN for everyone else', async (type) => {
    // A fresh live session per command, so what one allowed client does cannot hide another's answer.
    const links = await createSession(server.url);
    const other = await createSession(server.url);
    const coToken = await fetch(`${server.url}/api/sessions/${links.sessionId}/facilitators`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretOf(links.facilitator)}` },
    }).then(async (r) => secretOf(((await r.json()) as { facilitator: string }).facilitator));
    const clients: Record<Kind, TestClient> = {
      facilitator: new TestClient(server.url, { kind: 'facilitator', token: secretOf(links.facilitator) }),
      'co-facilitator': new TestClient(server.url, { kind: 'facilitator', token: coToken }),
      'host of this table': new TestClient(server.url, { kind: 'host', code: links.hosts[0]!.code }),
      'host of another table': new TestClient(server.url, { kind: 'host', code: links.hosts[1]!.code }),
      desk: new TestClient(server.url, { kind: 'desk', code: links.desk.code }),
      screen: new TestClient(server.url, { kind: 'screen', token: secretOf(links.screen) }),
      participant: new TestClient(server.url, { kind: 'participant', joinCode: links.joinCode }),
      'another session': new TestClient(server.url, { kind: 'facilitator', token: secretOf(other.facilitator) }),
    };
    try {
      await Promise.all(Object.values(clients).map((c) => c.ready()));
      const fac = clients.facilitator;
      const participant = clients.participant;
      const pid = participant.welcome!.actor.role === 'participant' ? participant.welcome!.actor.participantId : '';
      await participant.ok({ type: 'tables.pick', picks: [links.hosts[0]!.tableId, links.hosts[1]!.tableId] });
      for (let i = 0; i < 4; i++) await fac.ok({ type: 'phase.advance', expectedPhaseId: fac.state!.currentPhaseId });
      await clients['host of this table'].ok({ type: 'card.add', cardId: 'c0', text: 'Eerste', tags: [] });
      await clients['host of this table'].ok({ type: 'card.add', cardId: 'c1', text: 'Tweede', tags: [] });
      // The host's own proposals, for the theme commands.
      await clients['host of this table'].ok({
        type: 'theme.create',
        themeId: 'th0',
        label: 'Voorstel',
        cardIds: ['c1'],
      });
      await clients['host of this table'].ok({ type: 'theme.create', themeId: 'th1', label: 'Nog een', cardIds: [] });
      await clients.desk.ok({ type: 'question.ask', questionId: 'q0', categoryId: 'bylaw', text: 'Wie beslist?' });
      const command = commandOf(type, fac.state!, pid);

      // The refusals first, each with nothing changed; then the allowed ones.
      const order = [...KINDS].sort((a, b) => Number(allowed(a, type)) - Number(allowed(b, type)));
      for (const kind of order) {
        const before = fac.state!.version;
        const ack = await clients[kind].send(command);
        const answer = ack.ok ? 'ok' : ack.error.code;
        if (kind === 'another session') {
          // It acts on its own session only: this one does not move.
          expect(fac.state!.version, `${kind} changed this session`).toBe(before);
        } else if (allowed(kind, type)) {
          expect(answer, `${kind} should be allowed ${type}`).not.toBe('FORBIDDEN');
        } else {
          expect(answer, `${kind} should be refused ${type}`).toBe('FORBIDDEN');
          const probe = await fac.ok({ type: 'broadcast.send', text: `na ${kind}` });
          expect(probe, `${kind}'s refused ${type} changed the session`).toBe(before + 1);
        }
      }
    } finally {
      for (const c of Object.values(clients)) c.close();
    }
  });

  // SPEC R11
  it('an unauthenticated socket gets nowhere', async () => {
    expect((await connectError(server.url, {})).code).toBe('UNAUTHORIZED');
    expect((await connectError(server.url, { protocol: PROTOCOL_VERSION })).code).toBe('UNAUTHORIZED');
  });
});
