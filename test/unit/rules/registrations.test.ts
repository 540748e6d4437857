import { describe, expect, it } from 'vitest';
import { registrationsOf } from '../../../shared/model/session';
import { attendance, placesLeft, signupPageOpen, waitingList } from '../../../shared/rules/registrations';
import { view } from '../../../shared/rules/view';
import { attempt, MIN, run, type Step, T0, to } from './fixtures';

const page = (capacity: number | null, closesAt: number | null = null): Step => [
  'fac',
  { type: 'signupPage.set', open: true, capacity, closesAt, askSandwich: true },
];
const form = (pid: string, extra: { sandwich?: boolean; email?: string } = {}): Step => [
  `p:${pid}`,
  {
    type: 'registrations.add',
    source: 'form',
    entries: [{ registrationId: `r-${pid}`, participantId: pid, input: { name: `Naam ${pid}`, ...extra } }],
  },
];
const tick = (ms: number): Step => ['tick', ms];
/** Two places: cat and dan have them, eve then fay wait (eve signed up first). */
const FULL: Step[] = [
  page(2),
  form('cat', { sandwich: true, email: 'cat@example.org' }),
  form('dan'),
  tick(MIN),
  form('eve'),
  tick(MIN),
  form('fay'),
];

describe('the sign-up page', () => {
  it('puts whoever comes after the last place on the waiting list, in order', () => {
    const { state } = run(FULL);
    const status = Object.fromEntries(Object.values(registrationsOf(state)).map((r) => [r.id, r.status]));
    expect(status).toEqual({ 'r-cat': 'registered', 'r-dan': 'registered', 'r-eve': 'waiting', 'r-fay': 'waiting' });
    expect(waitingList(state).map((r) => r.id)).toEqual(['r-eve', 'r-fay']);
    expect(placesLeft(state)).toBe(0);
  });

  // SPEC R19
  it('gives a freed place to the first who waited, not the last', () => {
    const world = run(FULL);
    const d = attempt(world.state, 'fac', { type: 'registration.cancel', registrationId: 'r-dan' }, world.now);
    expect(d.ok && d.events).toEqual([
      { type: 'registration.cancelled', registrationId: 'r-dan' },
      { type: 'registration.promoted', registrationId: 'r-eve' },
    ]);
  });

  it.each([
    { name: 'before its closing moment', closesAt: T0 + MIN, at: 0, open: true },
    { name: 'at its closing moment', closesAt: T0 + MIN, at: MIN, open: false },
    { name: 'without a closing moment', closesAt: null, at: 600 * MIN, open: true },
  ])('is open $name: $open', ({ closesAt, at, open }) => {
    const { state, now } = run([page(null, closesAt), tick(at)]);
    expect(signupPageOpen(state, now)).toBe(open);
  });

  it('closes when the evening begins', () => {
    const { state, now } = run([page(null), ...to('walk-in')]);
    expect(signupPageOpen(state, now)).toBe(false);
  });
});

describe('the door', () => {
  const DOOR: Step[] = [
    ...FULL,
    ...to('walk-in'),
    ['desk', { type: 'registration.checkIn', registrationId: 'r-cat', on: true }],
    ['desk', { type: 'participant.walkIn', participantId: 'w-els', name: 'Els', sandwich: true }],
  ];

  it('makes a participant without a phone from the registration, checked in', () => {
    const { state, now } = run(DOOR);
    expect(state.participants.cat).toMatchObject({
      name: 'Naam cat',
      registrationId: 'r-cat',
      noPhone: true,
      sandwich: true,
      checkedInAt: now,
    });
  });

  it('counts who came, who walked in and the sandwiches', () => {
    expect(attendance(run(DOOR).state)).toEqual({
      registered: 2,
      waiting: 2,
      cancelled: 0,
      arrived: 1,
      walkIns: 1,
      present: 2,
      sandwiches: { expected: 1, present: 2 },
    });
  });

  // SPEC R19
  it('shows registrations to the facilitator whole, to the desk without contact, to nobody else', () => {
    const { state } = run(DOOR);
    expect(view(state, { role: 'facilitator' }).registrations?.['r-cat']?.email).toBe('cat@example.org');
    const desk = view(state, { role: 'desk' });
    expect(desk.registrations?.['r-cat']).toMatchObject({ name: 'Naam cat', email: null, phone: null });
    for (const audience of [
      { role: 'screen' } as const,
      { role: 'host', tableId: 'wijkhub' } as const,
      { role: 'participant', participantId: 'cat' } as const,
    ]) {
      expect(view(state, audience).registrations, audience.role).toBeUndefined();
    }
  });

  it('names the people without a phone to the desk, not those who came with one', () => {
    const { state } = run([
      ...DOOR,
      ['p:ann', { type: 'participant.join', participantId: 'ann' }],
      ['p:ann', { type: 'profile.set', name: 'Ann' }],
    ]);
    const desk = view(state, { role: 'desk' });
    expect(desk.participants['w-els']?.name).toBe('Els');
    expect(desk.participants.ann?.name).toBeNull();
  });

  // SPEC R19
  it('erasing on the phone takes the registration too', () => {
    const { state } = run([...DOOR, ['p:cat', { type: 'participant.erase' }]]);
    expect(registrationsOf(state)['r-cat']).toBeUndefined();
    expect(state.participants.cat).toBeUndefined();
  });
});
