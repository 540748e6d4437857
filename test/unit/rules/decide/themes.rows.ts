import type { Step } from '../fixtures';
import { CARDS, type Row } from './setups';

/**
 * CARDS plus: the facilitator's theme t-fac (c-fac), the wijkhub host's proposal t-prop (c-host),
 * an empty theme t-empty and a second host card c-host2 in no theme.
 */
export const THEMED: Step[] = [
  ...CARDS,
  ['host:wijkhub', { type: 'card.add', cardId: 'c-host2', text: 'Nog een idee', tags: [] }],
  ['fac', { type: 'theme.create', themeId: 't-fac', label: 'Een plek', cardIds: ['c-fac'] }],
  ['fac', { type: 'theme.create', themeId: 't-empty', label: 'Leeg', cardIds: [] }],
  ['host:wijkhub', { type: 'theme.create', themeId: 't-prop', label: 'Voorstel', cardIds: ['c-host'] }],
];
const HIDDEN: Step[] = [...THEMED, ['fac', { type: 'card.hide', cardId: 'c-ann', hidden: true }]];

/** decide, the harvest's themes: accepted with these events, or refused with this code. */
// prettier-ignore
export const THEMES_ROWS: Row[] = [
  // ── accepted: every command type at least once ──────────────────────────────────────────
  {
    name: 'the facilitator makes a theme of cards of two tables',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 't1', label: 'Ontmoeten', cardIds: ['c-ann', 'c-fac'] },
    expect: ['theme.added'],
  },
  {
    name: 'a host proposes a theme for their table’s cards',
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'theme.create', themeId: 't1', label: 'Plek', cardIds: ['c-host'] },
    expect: ['theme.added'],
  },
  {
    name: 'a theme after the evening (tidying the harvest)',
    setup: [...THEMED, ['fac', { type: 'session.end' }]],
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 't1', label: 'Later', cardIds: ['c-ann'] },
    expect: ['theme.added'],
  },
  {
    name: 'rename',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.rename', themeId: 't-fac', label: 'Buurthuis' },
    expect: ['theme.renamed'],
  },
  {
    name: 'a host renames their proposal',
    setup: THEMED,
    who: 'host:wijkhub',
    cmd: { type: 'theme.rename', themeId: 't-prop', label: 'Buurthuis' },
    expect: ['theme.renamed'],
  },
  {
    name: 'a card into a theme',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: ['c-ann'], themeId: 't-fac' },
    expect: ['theme.cardsPlaced'],
  },
  {
    name: 'the facilitator moves a card out of a host’s proposal',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: ['c-host'], themeId: 't-fac', index: 0 },
    expect: ['theme.cardsPlaced'],
  },
  {
    name: 'a card out of every theme',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: ['c-fac'], themeId: null },
    expect: ['theme.cardsPlaced'],
  },
  {
    name: 'a host adds a card to their proposal',
    setup: THEMED,
    who: 'host:wijkhub',
    cmd: { type: 'theme.place', cardIds: ['c-host2'], themeId: 't-prop' },
    expect: ['theme.cardsPlaced'],
  },
  {
    name: 'merge two themes',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.merge', themeId: 't-prop', intoThemeId: 't-fac' },
    expect: ['theme.merged'],
  },
  {
    name: 'split a card off',
    setup: [...THEMED, ['fac', { type: 'theme.place', cardIds: ['c-ann'], themeId: 't-fac' }]],
    who: 'fac',
    cmd: { type: 'theme.split', themeId: 't-fac', newThemeId: 't-new', label: 'Apart', cardIds: ['c-ann'] },
    expect: ['theme.added'],
  },
  {
    name: 'delete',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.delete', themeId: 't-fac' },
    expect: ['theme.removed'],
  },
  {
    name: 'accept a host’s proposal',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.accept', themeId: 't-prop' },
    expect: ['theme.accepted'],
  },
  // ── FORBIDDEN ────────────────────────────────────────────────────────────────────────────
  {
    name: 'a participant makes a theme',
    setup: CARDS,
    who: 'p:ann',
    cmd: { type: 'theme.create', themeId: 't1', label: 'x', cardIds: [] },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host groups another table’s card',
    setup: CARDS,
    who: 'host:wijkhub',
    cmd: { type: 'theme.create', themeId: 't1', label: 'x', cardIds: ['c-fac'] },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host renames a theme of the evening',
    setup: THEMED,
    who: 'host:wijkhub',
    cmd: { type: 'theme.rename', themeId: 't-fac', label: 'x' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host deletes another table’s proposal',
    setup: THEMED,
    who: 'host:wijkstem',
    cmd: { type: 'theme.delete', themeId: 't-prop' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host accepts their own proposal',
    setup: THEMED,
    who: 'host:wijkhub',
    cmd: { type: 'theme.accept', themeId: 't-prop' },
    expect: 'FORBIDDEN',
  },
  {
    name: 'a host puts a card into a theme of the evening',
    setup: THEMED,
    who: 'host:wijkhub',
    cmd: { type: 'theme.place', cardIds: ['c-host2'], themeId: 't-fac' },
    expect: 'FORBIDDEN',
  },
  // ── NOT_FOUND ────────────────────────────────────────────────────────────────────────────
  {
    name: 'an unknown card',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 't1', label: 'x', cardIds: ['nope'] },
    expect: 'NOT_FOUND',
  },
  {
    name: 'an unknown theme',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.rename', themeId: 'nope', label: 'x' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'merging into an unknown theme',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.merge', themeId: 't-fac', intoThemeId: 'nope' },
    expect: 'NOT_FOUND',
  },
  {
    name: 'a hidden card does not exist for a host',
    setup: [...THEMED, ['fac', { type: 'card.hide', cardId: 'c-host2', hidden: true }]],
    who: 'host:wijkhub',
    cmd: { type: 'theme.place', cardIds: ['c-host2'], themeId: 't-prop' },
    expect: 'NOT_FOUND',
  },
  // ── CONFLICT ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'a hidden card into a theme',
    setup: HIDDEN,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: ['c-ann'], themeId: 't-fac' },
    expect: 'CONFLICT',
  },
  {
    name: 'a theme id that exists',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 't-fac', label: 'x', cardIds: [] },
    expect: 'CONFLICT',
  },
  {
    name: 'a theme id that is a card’s (a dot names either)',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 'c-ann', label: 'x', cardIds: [] },
    expect: 'CONFLICT',
  },
  {
    name: 'a host takes a card out of a theme of the evening',
    setup: [...THEMED, ['fac', { type: 'theme.place', cardIds: ['c-host2'], themeId: 't-fac' }]],
    who: 'host:wijkhub',
    cmd: { type: 'theme.place', cardIds: ['c-host2'], themeId: 't-prop' },
    expect: 'CONFLICT',
  },
  // ── VALIDATION ───────────────────────────────────────────────────────────────────────────
  {
    name: 'an empty label',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 't1', label: '  ', cardIds: [] },
    expect: 'VALIDATION',
  },
  {
    name: 'a card named twice',
    setup: CARDS,
    who: 'fac',
    cmd: { type: 'theme.create', themeId: 't1', label: 'x', cardIds: ['c-ann', 'c-ann'] },
    expect: 'VALIDATION',
  },
  {
    name: 'placing no cards',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: [], themeId: 't-fac' },
    expect: 'VALIDATION',
  },
  {
    name: 'a theme merged into itself',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.merge', themeId: 't-fac', intoThemeId: 't-fac' },
    expect: 'VALIDATION',
  },
  {
    name: 'splitting off a card of another theme',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.split', themeId: 't-fac', newThemeId: 't-new', label: 'x', cardIds: ['c-host'] },
    expect: 'VALIDATION',
  },
  // ── WRONG_PHASE ──────────────────────────────────────────────────────────────────────────
  {
    name: 'a host proposes after the evening',
    setup: [...THEMED, ['fac', { type: 'session.end' }]],
    who: 'host:wijkhub',
    cmd: { type: 'theme.create', themeId: 't1', label: 'x', cardIds: [] },
    expect: 'WRONG_PHASE',
  },
  // ── no-ops: acknowledged, nothing stored ─────────────────────────────────────────────────
  {
    name: 'the same label',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.rename', themeId: 't-fac', label: 'Een plek' },
    expect: [],
  },
  {
    name: 'a card where it already is',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: ['c-fac'], themeId: 't-fac' },
    expect: [],
  },
  {
    name: 'a card in no theme taken out',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.place', cardIds: ['c-ann'], themeId: null },
    expect: [],
  },
  {
    name: 'accepting a theme of the evening',
    setup: THEMED,
    who: 'fac',
    cmd: { type: 'theme.accept', themeId: 't-fac' },
    expect: [],
  },
];
