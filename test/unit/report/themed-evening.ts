import type { StakeholderGroup } from '../../../shared/model/session';
import type { SessionState } from '../../../shared/model/session';
import { join, MIN, run, type Step, tick, to, type Who } from '../rules/fixtures';

/**
 * An evening with a harvest, played through the rules: cards at all three tables, themes made by
 * the facilitator, a host's proposal accepted and one never accepted, a card hidden out of its
 * theme and one merged, then a dot vote on the themes.
 *
 * Voters: 4 residents (mostly "plek"), 3 from the municipality (mostly "regels"), 2 professionals
 * (all their dots on "jong": too few to be shown apart) and 1 without a group.
 */
export const VOTERS: { id: string; name: string; group: StakeholderGroup | null; dots: string[] }[] = [
  ...[1, 2, 3, 4].map((i) => ({
    id: `res${i}`,
    name: `Bewoner${i} Achternaam`,
    group: 'resident' as const,
    dots: ['t-plek', 't-plek', 't-jong'],
  })),
  ...[1, 2, 3].map((i) => ({
    id: `gem${i}`,
    name: `Ambtenaar${i} Achternaam`,
    group: 'municipality' as const,
    dots: ['t-regels', 't-regels', 't-plek'],
  })),
  ...[1, 2].map((i) => ({
    id: `pro${i}`,
    name: `Professional${i} Achternaam`,
    group: 'professional' as const,
    dots: ['t-jong', 't-jong', 't-jong'],
  })),
  { id: 'anon1', name: 'Zonder Groep', group: null, dots: ['t-regels'] },
];

export const THEMED = {
  plek1: 'Een vaste plek met koffie in de wijk',
  plek2: 'Het buurthuis open houden op zaterdag',
  regels1: 'Duidelijke regels voor het budget',
  jong1: 'Jongeren via school betrekken',
  jong2: 'Een jongerenraad naast het platform',
  bank: 'Een bankje bij de speeltuin',
  proposal: 'Voorstel van de host dat niemand aannam',
  hidden: 'Scheldkaartje uit een thema',
  merged: 'Een vaste plek met koffie (dubbel)',
  loose: 'Een kaartje in geen enkel thema',
} as const;

export function themedEvening(): SessionState {
  const steps: Step[] = [];
  for (const v of VOTERS) {
    steps.push(...join(v.id, ['wijkhub', 'wijkstem']));
    steps.push([`p:${v.id}`, { type: 'profile.set', name: v.name, ...(v.group === null ? {} : { group: v.group }) }]);
  }
  steps.push(...to('round-1'));
  const card = (who: Who, cardId: string, tableId: string, text: string): Step => [
    who,
    { type: 'card.add', cardId, tableId, kind: 'idea', text, tags: [] },
  ];
  steps.push(
    card('host:wijkhub', 'c-plek1', 'wijkhub', THEMED.plek1),
    card('host:wijkstem', 'c-plek2', 'wijkstem', THEMED.plek2),
    card('host:wijksamenwerking', 'c-regels1', 'wijksamenwerking', THEMED.regels1),
    card('host:wijkhub', 'c-jong1', 'wijkhub', THEMED.jong1),
    card('host:wijksamenwerking', 'c-jong2', 'wijksamenwerking', THEMED.jong2),
    card('host:wijkstem', 'c-bank', 'wijkstem', THEMED.bank),
    card('host:wijkhub', 'c-proposal', 'wijkhub', THEMED.proposal),
    card('host:wijkstem', 'c-hidden', 'wijkstem', THEMED.hidden),
    card('host:wijkhub', 'c-merged', 'wijkhub', THEMED.merged),
    card('host:wijkstem', 'c-loose', 'wijkstem', THEMED.loose),
    ['fac', { type: 'card.merge', cardId: 'c-merged', intoCardId: 'c-plek1' }],
    // A host's proposal the facilitator accepts, and one nobody ever accepts.
    ['host:wijkstem', { type: 'theme.create', themeId: 't-bank', label: 'Groen en spelen', cardIds: ['c-bank'] }],
    ['fac', { type: 'theme.accept', themeId: 't-bank' }],
    [
      'host:wijkhub',
      { type: 'theme.create', themeId: 't-voorstel', label: 'Alleen een voorstel', cardIds: ['c-proposal'] },
    ],
    ...to('wrap-up'),
    // A minute apart, so the themes board has an order of its own.
    tick(MIN),
    [
      'fac',
      {
        type: 'theme.create',
        themeId: 't-plek',
        label: 'Een plek in de wijk',
        cardIds: ['c-plek1', 'c-plek2', 'c-hidden'],
      },
    ],
    tick(MIN),
    ['fac', { type: 'theme.create', themeId: 't-regels', label: 'Regels en geld', cardIds: ['c-regels1'] }],
    tick(MIN),
    ['fac', { type: 'theme.create', themeId: 't-jong', label: 'Jongeren', cardIds: ['c-jong1', 'c-jong2'] }],
    // Hiding a card takes it out of its theme.
    ['fac', { type: 'card.hide', cardId: 'c-hidden', hidden: true }],
    ['fac', { type: 'voting.open', dots: 3, on: 'themes' }],
  );
  for (const v of VOTERS) for (const themeId of v.dots) steps.push([`p:${v.id}`, { type: 'vote.cast', themeId }]);
  steps.push(['fac', { type: 'voting.close' }], ['fac', { type: 'session.end' }]);
  return run(steps).state;
}
