import { describe, expect, it } from 'vitest';
import {
  answersFor,
  confirmationMessage,
  followupMessage,
  reminderMessage,
  whenText,
} from '../../../server/mail/messages';
import { dayAfter } from '../../../server/mail/outbox';
import { newSessionState, type Question, type SessionState } from '../../../shared/model/session';
import { SETUP } from '../../contract/storage-contract';

const state: SessionState = {
  ...newSessionState({ id: 's1', joinCode: 'ABC234', setup: { ...SETUP, title: 'Wijkavond Oost' }, now: 0 }),
  date: '2027-03-12',
};
const ctx = { state, baseUrl: 'https://cafe.example.org' };
const ana = { name: 'Ana', language: 'nl' as const, status: 'registered' as const, participantId: 'p1' };
const bob = { name: 'Bob', language: 'en' as const, status: 'waiting' as const, participantId: 'p2' };

function question(id: string, over: Partial<Question>): Question {
  return {
    id,
    authorId: 'p1',
    categoryId: 'c1',
    text: `Vraag ${id}?`,
    status: 'answered',
    answer: `Antwoord ${id}.`,
    hidden: false,
    mergedInto: null,
    createdAt: Number(id.slice(1)),
    ...over,
  };
}

describe('mail messages', () => {
  it.each([
    // The agenda's first phase is at 19:30 on the session's date, in the venue's zone.
    ['nl', '2027-03-12', 'vrijdag 12 maart 2027, 19:30 uur'],
    ['en', '2027-03-12', 'Friday, 12 March 2027, 19:30'],
    ['nl', null, 'de datum volgt nog'],
    ['en', null, 'the date will follow'],
  ] as const)('writes when in %s for date %s', (language, date, expected) => {
    expect(whenText({ ...ctx, state: { ...state, date } }, language)).toBe(expected);
  });

  it.each([
    [ana, 'Aangemeld: Wijkavond Oost', ['Hallo Ana,', 'Je bent aangemeld', 'Waar: Buurthuis', 'meld je af']],
    [bob, 'On the waiting list: Wijkavond Oost', ['Dear Bob,', 'waiting list', 'Where: Buurthuis', 'cancel']],
  ])('confirms a sign-up in their language: %o', (person, subject, parts) => {
    const m = confirmationMessage(ctx, person, 'ABCDEFGHJKMN');
    expect(m.subject).toBe(subject);
    for (const part of parts) expect(m.text).toContain(part);
    expect(m.text).toContain('https://cafe.example.org/p#ABCDEFGHJKMN');
    expect(m.text).toContain('https://cafe.example.org/api/signup/ABC234/calendar.ics');
  });

  it.each([
    [ana, 'Morgen: Wijkavond Oost', 'Morgen is Wijkavond Oost'],
    [{ ...bob, status: 'registered' as const }, 'Tomorrow: Wijkavond Oost', 'Tomorrow is Wijkavond Oost'],
  ])('reminds the day before: %o', (person, subject, line) => {
    const m = reminderMessage(ctx, person, 'ABCDEFGHJKMN');
    expect(m.subject).toBe(subject);
    expect(m.text).toContain(line);
    expect(m.text).toContain('https://cafe.example.org/p#ABCDEFGHJKMN');
  });

  it('follows up with the published answers to their own questions only', () => {
    const questions = {
      q1: question('q1', {}),
      q2: question('q2', { status: 'follow-up', answer: null }),
      q3: question('q3', { authorId: 'p2' }),
      q4: question('q4', { hidden: true }),
      // Merged into q5, which holds the answer.
      q6: question('q6', { status: 'new', answer: null, mergedInto: 'q5' }),
      q5: question('q5', { authorId: 'p9' }),
    };
    const withQuestions = { ...state, questions };
    expect(answersFor(withQuestions, 'p1')).toEqual([
      { question: 'Vraag q1?', answer: 'Antwoord q1.' },
      { question: 'Vraag q6?', answer: 'Antwoord q5.' },
    ]);
    const m = followupMessage({ ...ctx, state: withQuestions }, ana);
    expect(m.subject).toBe('Terugkoppeling: Wijkavond Oost');
    expect(m.text).toContain('Vraag: Vraag q1?\nAntwoord: Antwoord q1.');
    expect(m.text).not.toContain('q2');
    expect(m.text).not.toContain('q3');
    expect(m.text).toContain('https://cafe.example.org/followup/ABC234');
    const none = followupMessage({ ...ctx, state: withQuestions }, { ...bob, participantId: 'p7' });
    expect(none.subject).toBe('Follow-up: Wijkavond Oost');
    expect(none.text).not.toContain('Your questions');
  });

  it.each([
    [Date.UTC(2027, 2, 11, 12), '2027-03-12'],
    // 23:30 UTC on 11 March is already 12 March in Amsterdam.
    [Date.UTC(2027, 2, 11, 23, 30), '2027-03-13'],
    [Date.UTC(2027, 11, 31, 10), '2028-01-01'],
    // The night the clocks go forward.
    [Date.UTC(2027, 2, 27, 23, 30), '2027-03-29'],
  ])('knows tomorrow in the venue’s zone at %d', (now, tomorrow) => {
    expect(dayAfter(now, 'Europe/Amsterdam')).toBe(tomorrow);
  });
});
