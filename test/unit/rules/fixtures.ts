import { expect } from 'vitest';
import type { z } from 'zod';
import {
  type AnyCommand,
  Command,
  type CommandInput,
  JoinCommand,
  type MemberLinkCommand,
  RegistrationInput,
  type RegistrationsAddCommand,
} from '../../../shared/protocol/commands';
import { type ErrorCode, fail } from '../../../shared/protocol/errors';
import type { Event, EventType } from '../../../shared/protocol/events';
import { newSessionState, type SessionState, type Theme } from '../../../shared/model/session';
import type { Actor } from '../../../shared/rules/actor';
import { apply, applyBatch } from '../../../shared/rules/apply';
import { decide, type Decision } from '../../../shared/rules/decide';
import { templateSetup } from '../../../shared/templates';

/**
 * A tiny table language for the rules tests.
 *
 *   who:   'fac' | 'desk' | 'screen' | 'host:<tableId>' | 'p:<participantId>'
 *   step:  [who, command without id]  — or ['tick', ms] to move the fake clock
 *
 * `run` plays steps through decide + applyBatch, as the server does, and fails loudly when a
 * setup step is refused: a table row must never test a state it did not reach.
 */
export type Who = 'fac' | 'desk' | 'screen' | `host:${string}` | `p:${string}`;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A server-issued `registrations.add`, its inputs as typed (defaults filled in by `parse`). */
type AddInput = Omit<RegistrationsAddCommand, 'id' | 'entries'> & {
  entries: { registrationId: string; participantId: string; input: z.input<typeof RegistrationInput> }[];
};
export type Cmd =
  | DistributiveOmit<CommandInput, 'id'>
  | Omit<JoinCommand, 'id'>
  | Omit<MemberLinkCommand, 'id'>
  | AddInput;
export type Step = readonly [Who, Cmd] | readonly ['tick', number];

/** 19:00 local-ish on the evening; any fixed instant will do. */
export const T0 = Date.UTC(2025, 2, 12, 17, 30);
export const MIN = 60_000;

/** The reference evening as the rules see it. */
export const TABLES = ['wijkhub', 'wijksamenwerking', 'wijkstem'] as const;
export const PHASES = [
  'walk-in',
  'plenary-1',
  'break-1',
  'round-1',
  'round-2',
  'break-2',
  'wrap-up',
  'drinks',
] as const;
export const CATEGORIES = ['bylaw', 'funding', 'transition', 'other'] as const;
export const GROUPS = ['wg-wijkhub', 'wg-wijksamenwerking', 'wg-wijkstem'] as const;

export function actor(who: Who): Actor {
  if (who === 'fac') return { role: 'facilitator', facilitatorId: 'fac-1' };
  if (who === 'desk') return { role: 'desk' };
  if (who === 'screen') return { role: 'screen' };
  if (who.startsWith('host:')) return { role: 'host', tableId: who.slice('host:'.length) };
  return { role: 'participant', participantId: who.slice('p:'.length) };
}

export function session(): SessionState {
  return newSessionState({
    id: 's1',
    joinCode: 'ABCDEF',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: T0 - 60 * MIN,
  });
}

let nextId = 0;
/** Parse at the door as the server does, so defaults apply and a malformed row is a VALIDATION. */
export function parse(cmd: Cmd): { ok: true; command: AnyCommand } | { ok: false; path: string } {
  const input = { id: `cmd-${++nextId}`, ...cmd };
  // The server issues member.link itself (never parsed at the door): taken as it is.
  if (input.type === 'member.link') return { ok: true, command: input as MemberLinkCommand };
  // registrations.add too; its inputs are parsed as the server's routes parse them.
  if (input.type === 'registrations.add') {
    const add = input as AddInput & { id: string };
    const entries: RegistrationsAddCommand['entries'] = [];
    for (const [i, e] of add.entries.entries()) {
      const parsed = RegistrationInput.safeParse(e.input);
      if (!parsed.success) return { ok: false, path: `entries.${i}.input.${parsed.error.issues[0]?.path.join('.')}` };
      entries.push({ ...e, input: parsed.data });
    }
    return { ok: true, command: { ...add, entries } };
  }
  const result = input.type === 'participant.join' ? JoinCommand.safeParse(input) : Command.safeParse(input);
  if (result.success) return { ok: true, command: result.data };
  return { ok: false, path: result.error.issues[0]?.path.join('.') ?? '' };
}

export function attempt(state: SessionState, who: Who, cmd: Cmd, now: number): Decision {
  const parsed = parse(cmd);
  if (!parsed.ok) return fail('VALIDATION', 'schema', parsed.path);
  return decide(state, parsed.command, actor(who), now);
}

export type World = { state: SessionState; now: number };

/** Plays setup steps; each accepted non-empty batch raises the version by one. */
export function run(steps: readonly Step[], from: World = { state: session(), now: T0 }): World {
  let { state, now } = from;
  for (const step of steps) {
    if (step[0] === 'tick') {
      now += step[1];
      continue;
    }
    const [who, cmd] = step;
    const d = attempt(state, who, cmd, now);
    if (!d.ok) throw new Error(`setup step ${who} ${cmd.type} refused: ${d.error.code} ${d.error.message}`);
    if (d.events.length > 0) state = applyBatch(state, { v: state.version + 1, events: d.events });
  }
  return { state, now };
}

export function expectError(d: Decision, code: ErrorCode): void {
  expect(d.ok ? `accepted: ${d.events.map((e) => e.type).join(', ')}` : d.error.code).toBe(code);
}

export function expectEvents(d: Decision, types: readonly EventType[]): void {
  expect(d.ok ? d.events.map((e) => e.type) : `refused: ${d.error.code} ${d.error.message}`).toEqual(types);
}

/* Step builders, so table rows read like a script of the evening. */

export function join(pid: string, picks: readonly string[] = []): Step[] {
  const steps: Step[] = [[`p:${pid}`, { type: 'participant.join', participantId: pid }]];
  if (picks.length > 0) steps.push([`p:${pid}`, { type: 'tables.pick', picks: [...picks] }]);
  return steps;
}
export const to = (phaseId: (typeof PHASES)[number]): Step[] => [['fac', { type: 'phase.jump', phaseId }]];
export const card = (who: Who, cardId: string, tableId?: string): Step => [
  who,
  tableId === undefined
    ? { type: 'card.add', cardId, text: `text of ${cardId}` }
    : { type: 'card.add', cardId, tableId, text: `text of ${cardId}` },
];
export const highlight = (cardId: string, on = true): Step => ['fac', { type: 'card.highlight', cardId, on }];
export const tick = (ms: number): Step => ['tick', ms];

/** A theme of the evening (or a host's proposal) as the events carry it, made an hour into the evening. */
export function themeOf(id: string, cardIds: string[], proposedBy: string | null = null): Theme {
  return { id, label: `Thema ${id}`, cardIds, proposedBy, createdAt: T0 + 3_600_000 };
}

/** `base` with two themes: t-1 holds c-host and c-bob, t-2 holds c-ann. */
export function themed(base: SessionState): SessionState {
  return [themeOf('t-1', ['c-host', 'c-bob']), themeOf('t-2', ['c-ann'])].reduce(
    (state, theme) => apply(state, { type: 'theme.added', theme }),
    base,
  );
}

/** `state` with a vote on themes open and these dots cast: [participantId, themeId]. */
export function votedOnThemes(state: SessionState, dots: readonly (readonly [string, string])[]): SessionState {
  const events: Event[] = [
    { type: 'voting.set', open: true, dots: 3, results: null, on: 'themes', byGroup: null },
    ...dots.map(([participantId, themeId]): Event => ({ type: 'vote.cast', participantId, themeId })),
  ];
  return events.reduce(apply, state);
}
