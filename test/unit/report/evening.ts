import type { SessionState, StakeholderGroup } from '../../../shared/model/session';
import { templateSetup } from '../../../shared/templates';
import { join, MIN, run, type Step, tick, type Who } from '../rules/fixtures';

/**
 * The reference evening, played through the rules: 12 people with names and groups, cards in
 * both rounds at all three tables, highlights and a dot-vote, a hidden card and a merged one,
 * questions (asked on a phone and in person, merged, hidden, answered later), sign-ups with and
 * without consent, summaries, the end and the follow-up. Texts are unique so tests can count them.
 */
export const PEOPLE = Array.from({ length: 12 }, (_, i) => ({
  id: `person${i + 1}`,
  name: `Naam${i + 1} Achternaam`,
  group: (['resident', 'resident', 'entrepreneur', 'professional', 'municipality', 'resident'] as StakeholderGroup[])[
    i % 6
  ]!,
  email: `persoon${i + 1}@voorbeeld.nl`,
  phone: `06 1234 56${String(i + 10)}`,
}));
export const HOSTS: Record<string, string> = {
  wijkhub: 'Ineke Hostnaam',
  wijksamenwerking: 'Karim Hostnaam',
  wijkstem: 'Sanne Hostnaam',
};
export const TABLE_IDS = ['wijkhub', 'wijksamenwerking', 'wijkstem'] as const;
export const HIDDEN_TEXT = 'Scheldwoord dat weg moet';
export const MERGED_TEXT = 'Een buurthuis graag (dubbel)';
export const HIDDEN_QUESTION = 'Vraag vol scheldwoorden';

const T = templateSetup('world-cafe-evening', 'nl');

export function referenceEvening(): { state: SessionState; cardTexts: string[] } {
  const steps: Step[] = [
    ['fac', { type: 'session.update', date: '2025-03-12', venue: 'Buurthuis De Linde' }],
    ['fac', { type: 'tables.set', tables: T.tables.map((t) => ({ ...t, host: HOSTS[t.id] ?? '' })) }],
  ];
  for (const [i, p] of PEOPLE.entries()) {
    const first = TABLE_IDS[i % 3]!;
    const second = TABLE_IDS[(i + 1) % 3]!;
    steps.push(...join(p.id, [first, second]));
    steps.push([`p:${p.id}`, { type: 'profile.set', name: p.name, group: p.group }]);
    if (i < 10) steps.push([`p:${p.id}`, { type: 'checkin' }]);
  }
  steps.push(['fac', { type: 'phase.jump', phaseId: 'walk-in' }], tick(31 * MIN));
  steps.push(['fac', { type: 'phase.advance' }], tick(32 * MIN), ['fac', { type: 'phase.advance' }], tick(9 * MIN));
  steps.push(['fac', { type: 'phase.advance' }]); // round 1

  const cardTexts: string[] = [];
  let n = 0;
  const add = (
    who: Who,
    tableId: string,
    text: string,
    kind: 'idea' | 'concern' | 'question' | 'agreement' = 'idea',
  ) => {
    n += 1;
    steps.push([who, { type: 'card.add', cardId: `card${n}`, tableId, kind, text, tags: n % 4 === 0 ? ['geld'] : [] }]);
    return `card${n}`;
  };
  const visible = (who: Who, tableId: string, text: string, kind?: 'idea' | 'concern' | 'question' | 'agreement') => {
    cardTexts.push(text);
    return add(who, tableId, text, kind);
  };
  for (const round of [1, 2]) {
    for (const [ti, tableId] of TABLE_IDS.entries()) {
      visible(`host:${tableId}`, tableId, `Ronde ${round} ${tableId}: een vaste plek in de wijk met koffie`);
      visible(`host:${tableId}`, tableId, `Ronde ${round} ${tableId}: zorg dat jongeren meedoen, "echt"`, 'concern');
      // Participants write from where they sit this round.
      const writer = PEOPLE.find((_, i) => TABLE_IDS[(i + round - 1) % 3] === tableId)!;
      const mine = visible(
        `p:${writer.id}`,
        tableId,
        `Ronde ${round} ${tableId}: idee van een bewoner, met komma, en <tag> & #hekje`,
      );
      if (round === 1) steps.push([`host:${tableId}`, { type: 'card.highlight', cardId: mine, on: true }]);
      if (round === 2 && ti === 0) {
        const target = visible(`host:${tableId}`, tableId, 'Een buurthuis graag');
        const dup = add(`host:${tableId}`, tableId, MERGED_TEXT);
        steps.push(['fac', { type: 'card.merge', cardId: dup, intoCardId: target }]);
        const bad = add(`p:${writer.id}`, tableId, HIDDEN_TEXT);
        steps.push(['fac', { type: 'card.hide', cardId: bad, hidden: true }]);
      }
    }
    steps.push(tick(45 * MIN), ['fac', { type: 'phase.advance' }]);
  }
  // Break, then the wrap-up with the dot-vote on the highlights.
  steps.push(tick(5 * MIN), ['fac', { type: 'phase.advance' }]);
  steps.push(['fac', { type: 'voting.open', dots: 3 }]);
  const highlights = ['card3', 'card6', 'card9'];
  for (const [i, p] of PEOPLE.entries()) {
    steps.push([`p:${p.id}`, { type: 'vote.cast', cardId: highlights[i % 3]! }]);
    if (i % 2 === 0) steps.push([`p:${p.id}`, { type: 'vote.cast', cardId: 'card3' }]);
  }
  steps.push(['fac', { type: 'voting.close' }]);
  for (const tableId of TABLE_IDS)
    steps.push([
      `host:${tableId}`,
      { type: 'summary.set', tableId, text: `Samenvatting ${tableId}: de tafel wil een plek en een gezicht.` },
    ]);

  // The info point.
  steps.push(
    [
      'p:person1',
      { type: 'question.ask', questionId: 'q1', categoryId: 'bylaw', text: 'Wie stelt de verordening vast?' },
    ],
    [
      'p:person2',
      { type: 'question.ask', questionId: 'q2', categoryId: 'bylaw', text: 'Wie beslist over de verordening?' },
    ],
    ['desk', { type: 'question.merge', questionId: 'q2', intoQuestionId: 'q1' }],
    [
      'desk',
      {
        type: 'question.ask',
        questionId: 'q3',
        categoryId: 'funding',
        text: 'Hoeveel geld krijgt een wijkplatform per jaar?',
      },
    ],
    [
      'desk',
      {
        type: 'question.answer',
        questionId: 'q3',
        answer: 'Dat hangt af van het plan; de gemeente rekent op ongeveer 20.000 euro.',
        status: 'answered-on-spot',
      },
    ],
    [
      'p:person3',
      {
        type: 'question.ask',
        questionId: 'q4',
        categoryId: 'transition',
        text: 'Wat gebeurt er met het geld van de wijkraad?',
      },
    ],
    ['desk', { type: 'question.triage', questionId: 'q4', status: 'follow-up' }],
    ['p:person4', { type: 'question.ask', questionId: 'q5', categoryId: 'other', text: HIDDEN_QUESTION }],
    ['desk', { type: 'question.hide', questionId: 'q5', hidden: true }],
    [
      'p:person5',
      { type: 'question.ask', questionId: 'q6', categoryId: 'other', text: 'Komt er een verslag van vanavond?' },
    ],
  );
  // Working groups: consent with contacts, consent without, no consent.
  for (const [i, p] of PEOPLE.entries()) {
    if (i >= 9) continue;
    const groupId = `wg-${TABLE_IDS[i % 3]!}`;
    const consent = i % 3 !== 2;
    steps.push([
      `p:${p.id}`,
      {
        type: 'signup.add',
        signupId: `s${i + 1}`,
        groupId,
        consent,
        contact: consent ? { email: p.email, phone: p.phone } : null,
      },
    ]);
  }
  steps.push(tick(15 * MIN), ['fac', { type: 'phase.advance' }], tick(30 * MIN), ['fac', { type: 'session.end' }]);
  // The follow-up, after the evening.
  steps.push(
    [
      'fac',
      {
        type: 'question.answer',
        questionId: 'q1',
        answer: 'De gemeenteraad stelt de verordening vast, na advies van de wijk.',
      },
    ],
    ['fac', { type: 'question.answer', questionId: 'q4', answer: 'Het geld gaat mee naar het wijkplatform.' }],
  );
  return { state: run(steps).state, cardTexts };
}
