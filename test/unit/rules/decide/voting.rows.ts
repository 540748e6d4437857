import { highlight } from '../fixtures';
import type { Step } from '../fixtures';
import { CARDS, VOTING, DOT, type Row } from './setups';
import { THEMED } from './themes.rows';

/** THEMED with voting open on themes. */
const THEME_VOTING: Step[] = [...THEMED, ['fac', { type: 'voting.open', on: 'themes' }]];

/** decide, the dot-vote: accepted with these events, or refused with this code. */
// prettier-ignore
export const VOTING_ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  { name: 'open voting', setup: CARDS, who: 'fac', cmd: { type: 'voting.open', dots: 3 }, expect: ['voting.set'] },
  { name: 'close voting', setup: VOTING, who: 'fac', cmd: { type: 'voting.close' }, expect: ['voting.set'] },
  {
    name: 'a participant casts a dot',
    setup: VOTING,
    who: 'p:bob',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: ['vote.cast'],
  },
  {
    name: 'a participant takes a dot back',
    setup: DOT,
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', cardId: 'c-host' },
    expect: ['vote.withdrawn'],
  },
  {
    name: 'open a vote on themes',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'voting.open', on: 'themes' },
    expect: ['voting.set'],
  },
  {
    name: 'a dot on a theme',
    setup: THEME_VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', themeId: 't-fac' },
    expect: ['vote.cast'],
  },
  {
    name: 'a dot back from a theme',
    setup: [...THEME_VOTING, ['p:ann', { type: 'vote.cast', themeId: 't-fac' }]],
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', themeId: 't-fac' },
    expect: ['vote.withdrawn'],
  },
  {
    name: 'a vote on themes after one on highlights: more dots than before is fine',
    setup: [
      ...THEMED,
      highlight('c-fac'),
      ['fac', { type: 'voting.open', dots: 3 }],
      ['p:ann', { type: 'vote.cast', cardId: 'c-fac' }],
      ['p:ann', { type: 'vote.cast', cardId: 'c-fac' }],
    ],
    who: 'fac',
    cmd: { type: 'voting.open', on: 'themes', dots: 1 },
    expect: ['voting.set'],
  },
  {
    name: 'a card named while the vote is on themes',
    setup: THEME_VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: 'VALIDATION',
  },
  {
    name: 'a theme named while the vote is on highlights',
    setup: VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', themeId: 't-fac' },
    expect: 'VALIDATION',
  },
  {
    name: 'both named',
    setup: THEME_VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', themeId: 't-fac', cardId: 'c-host' },
    expect: 'VALIDATION',
  },
  {
    name: 'a dot on a host’s proposal',
    setup: THEME_VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', themeId: 't-prop' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a dot on a theme without cards',
    setup: THEME_VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', themeId: 't-empty' },
    expect: 'CONFLICT',
  },
  {
    name: 'a vote on themes before there is one with cards',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'voting.open', on: 'themes' },
    expect: 'CONFLICT',
  },
  // ── FORBIDDEN ────────────────────────────────────────────────────────────────────────────
  { name: 'a participant opens voting', setup: CARDS, who: 'p:ann', cmd: { type: 'voting.open' }, expect: 'FORBIDDEN' },
  // ── WRONG_PHASE ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a vote before voting opens',
    setup: [...CARDS, highlight('c-host')],
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: 'WRONG_PHASE',
  },
  {
    name: 'a vote after voting closed',
    setup: [...DOT, ['fac', { type: 'voting.close' }]],
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', cardId: 'c-host' },
    expect: 'WRONG_PHASE',
  },
  { name: 'open voting in draft', setup: [], who: 'fac', cmd: { type: 'voting.open' }, expect: 'WRONG_PHASE' },
  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'a dot on a card that is not a highlight',
    setup: VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-ann' },
    expect: 'CONFLICT',
  },
  {
    name: 'fewer dots than someone already used',
    setup: [...DOT, ['p:ann', { type: 'vote.cast', cardId: 'c-host' }]],
    who: 'fac',
    cmd: { type: 'voting.open', dots: 1 },
    expect: 'CONFLICT',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'withdrawing a dot that is not there',
    setup: VOTING,
    who: 'p:ann',
    cmd: { type: 'vote.withdraw', cardId: 'c-host' },
    expect: 'NOT_FOUND',
  },
  // ── LIMIT_REACHED ────────────────────────────────────────────────────────────────────────
  {
    name: 'a 4th dot with 3 dots',
    setup: [
      ...DOT,
      ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
      ['p:ann', { type: 'vote.cast', cardId: 'c-host' }],
    ],
    who: 'p:ann',
    cmd: { type: 'vote.cast', cardId: 'c-host' },
    expect: 'LIMIT_REACHED',
  },
  // ── no-ops: acknowledged, nothing stored ─────────────────────────────────────────────────
  { name: 'closing closed voting', setup: CARDS, who: 'fac', cmd: { type: 'voting.close' }, expect: [] },
];
