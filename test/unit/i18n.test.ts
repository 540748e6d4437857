import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CardKind,
  Language,
  PhaseKind,
  QuestionStatus,
  SessionStatus,
  StakeholderGroup,
} from '../../shared/model/session';
import { ERROR_CODES } from '../../shared/protocol/errors';
import { en } from '../../client/src/i18n/en';
import { MESSAGES, translate } from '../../client/src/i18n';
import { nl } from '../../client/src/i18n/nl';

// The type already makes en match nl; this catches what a type cannot: empty strings, and a
// placeholder that one language forgot (the text would show "{count}" to a participant).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('nl and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.entries(MESSAGES))('%s has no empty strings', (_language, messages) => {
    const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('nl and en use the same placeholders per key', () => {
    const mismatched = Object.keys(nl).filter((key) => {
      const k = key as keyof typeof nl;
      return placeholders(nl[k]).join() !== placeholders(en[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'phase.round', { round: 2 })).toBe('Round 2');
    expect(translate('nl', 'phase.round')).toBe('Ronde {round}');
  });
});

/**
 * Every key is used and every key used exists. A key counts as used when the client's source
 * (client/src outside i18n/) holds it as a whole string literal: `t('participant.saved')`, or a
 * literal in a list or a type that a variable key is taken from (`'screen.joined'` in plural.ts).
 *
 * A key built at run time must be a template literal right inside the call, `` t(`kind.${k}`) ``,
 * or cast on the spot, `` `${key}One` as MessageKey ``. Each such template, with every `${…}`
 * written `*`, is listed in DYNAMIC with all the keys it can make: the test fails on a template
 * not listed there, on a listed one no longer in the source, and on a listed key that does not exist.
 */
const DYNAMIC: Record<string, readonly string[]> = {
  'error.*': ERROR_CODES.map((c) => `error.${c}`),
  'kind.*': PhaseKind.options.map((k) => `kind.${k}`),
  'lang.*': Language.options.map((l) => `lang.${l}`),
  'status.*': SessionStatus.options.map((s) => `status.${s}`),
  'qstatus.*': QuestionStatus.options.map((s) => `qstatus.${s}`),
  'group.*': StakeholderGroup.options.map((g) => `group.${g}`),
  'cockpit.kind.*': CardKind.options.map((k) => `cockpit.kind.${k}`),
  'host.kind.*': CardKind.options.map((k) => `host.kind.${k}`),
  // FacilitatorView's TABS, HostTable's MODES, QuestionQueue's FILTERS, JoinBox's kinds.
  'cockpit.tab.*': ['cockpit.tab.live', 'cockpit.tab.prepare', 'cockpit.tab.print', 'cockpit.tab.report'],
  'host.view.*': ['host.view.capture', 'host.view.briefing', 'host.view.harvest'],
  'desk.filter.*': ['desk.filter.open', 'desk.filter.done', 'desk.filter.all', 'desk.filter.hidden'],
  'screen.qr.*': ['screen.qr.join', 'screen.qr.groups', 'screen.qr.report'],
  // ReportPanel's versions and CSVS; WorkingGroups' Problem.
  'report.*': ['report.public', 'report.internal'],
  'report.csv.*': ['report.csv.cards', 'report.csv.questions', 'report.csv.signups', 'report.csv.attendance'],
  'participant.groups.*': [
    'participant.groups.needGroup',
    'participant.groups.needContact',
    'participant.groups.needConsent',
  ],
  // The "exactly one" twins of plural.ts (screen) and words.ts (planner).
  '*One': [
    'screen.joinedOne',
    'screen.peopleOne',
    'screen.dotsOne',
    'plan.arrivalsOne',
    'plan.leaversOne',
    'plan.movedOne',
    'plan.metBeforeOne',
    'plan.fact.revisitsOne',
    'plan.fact.repeatsOne',
  ],
};

const CLIENT = 'client/src';
const source = readdirSync(CLIENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('i18n'))
  .map((f) => readFileSync(join(CLIENT, f), 'utf8'))
  .join('\n');
const KEY_SHAPE = /(['"`])([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\1/g;
const literals = new Set([...source.matchAll(KEY_SHAPE)].map((m) => m[2] ?? ''));
const called = [...source.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)].map((m) => m[2] ?? '');
const templates = new Set(
  [...source.matchAll(/\bt\(\s*`([^`]*\$\{[^`]*)`/g), ...source.matchAll(/`([^`]*\$\{[^`]*)`\s+as\s+MessageKey/g)].map(
    (m) => (m[1] ?? '').replace(/\$\{[^}]*\}/g, '*'),
  ),
);

describe('i18n keys in use', () => {
  it('lists every key built at run time in DYNAMIC, and nothing more', () => {
    expect([...templates].sort()).toEqual(Object.keys(DYNAMIC).sort());
  });

  it('has every key the client asks for', () => {
    const asked = [...called, ...Object.values(DYNAMIC).flat()];
    expect(asked.filter((key) => !(key in nl))).toEqual([]);
  });

  it('has no key the client never asks for', () => {
    const dynamic = new Set(Object.values(DYNAMIC).flat());
    expect(Object.keys(nl).filter((key) => !literals.has(key) && !dynamic.has(key))).toEqual([]);
  });
});
