import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, PROBLEM_MESSAGES } from '../../shared/registrations';
import {
  CardKind,
  Language,
  PhaseKind,
  QuestionStatus,
  RegistrationStatus,
  SessionStatus,
  StakeholderGroup,
} from '../../shared/model/session';
import { ERROR_CODES } from '../../shared/protocol/errors';
import { en } from '../../client/src/i18n/en';
import { MESSAGES, translate } from '../../client/src/i18n/every-language';
import { nl } from '../../client/src/i18n/nl';
import { REPORT_TEXTS } from '../../shared/report/texts';
import { isPlural, type Message, missingForms } from '../../shared/plural';

// The type already makes en match nl; this catches what a type cannot: empty strings, and a
// placeholder that one language forgot (the text would show "{count}" to a participant).
// A text that counts is judged by all its forms together: "Eén keer" may leave out {count}.
const forms = (m: Message): string[] => (isPlural(m) ? Object.values(m) : [m]);
const placeholders = (m: Message) =>
  [...new Set(forms(m).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

describe('i18n', () => {
  it('nl and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.entries(MESSAGES))('%s has no empty strings', (_language, messages) => {
    const empty = Object.entries(messages).filter(([, text]) => forms(text).some((s) => s.trim() === ''));
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

  it.each([
    ['nl', 0, 'Nog niemand doet mee', '0 stippen'],
    ['nl', 1, '1 persoon doet al mee', '1 stip'],
    ['nl', 2, '2 mensen doen al mee', '2 stippen'],
    ['en', 0, 'Nobody has joined yet', '0 dots'],
    ['en', 1, '1 person has joined', '1 dot'],
    ['en', 5, '5 people have joined', '5 dots'],
  ] as const)('%s, %i: t() picks the plural form', (language, count, joined, dots) => {
    expect(translate(language, 'screen.joined', { count })).toBe(joined);
    expect(translate(language, 'participant.results.dots', { count })).toBe(dots);
  });
});

/**
 * Words that count are plural forms chosen by Intl.PluralRules, never written by hand:
 * "deelnemer(s)", "zin(nen)", "vraag/vragen" read wrong for one of the two numbers. The client's
 * messages and the server's report texts are both held to it.
 */
const HAND_MADE = [/\p{L}\((?:s|es|en|nen|n|e)\)/u, /\b(\p{L}{3})\p{L}*\/\1\p{L}*/u];
// The report's label sets (kinds, groups, CSV headers) are objects too; forms have only form names.
const FORM_NAMES = new Set(['zero', 'one', 'two', 'few', 'many', 'other', '=0']);
const reportTexts = (language: 'nl' | 'en'): [string, Message][] =>
  Object.entries(REPORT_TEXTS[language]).flatMap(([key, value]): [string, Message][] =>
    typeof value === 'string' || Object.keys(value).every((k) => FORM_NAMES.has(k))
      ? [[key, value as Message]]
      : Object.entries(value as Record<string, string>).map(([sub, text]): [string, Message] => [
          `${key}.${sub}`,
          text,
        ]),
  );
const ALL_TEXTS = Language.options.flatMap((language) => [
  ...Object.entries(MESSAGES[language]).map(([key, m]) => ({ language, key, m })),
  ...reportTexts(language).map(([key, m]) => ({ language, key: `report:${key}`, m })),
]);

/**
 * Dutch has one register in Tafelronde: "je", as the phones speak. A formal "u", "uw" or "uzelf"
 * anywhere (start page, desk, an error) reads as another voice. Whole words only: "uur", "uit",
 * "nu", "ruimte" and "jouw" are fine.
 */
const FORMAL = /(?<![\p{L}\p{N}_-])(?:u|uw|uwe|uzelf)(?![\p{L}\p{N}_-])/iu;

describe('Dutch says "je"', () => {
  it('has no formal "u" or "uw" in any Dutch text', () => {
    const dutch = ALL_TEXTS.filter(({ language }) => language === 'nl');
    const formal = dutch.flatMap(({ key, m }) =>
      forms(m)
        .filter((s) => FORMAL.test(s))
        .map((s) => `${key}: ${s}`),
    );
    expect(formal).toEqual([]);
  });

  it.each([
    ['Kunt u dat nog eens doen?', true],
    ['Uw vraag is beantwoord.', true],
    ['Heeft u een vraag?', true],
    ['Dat mag u hier niet doen.', true],
    ['Over een uur gaan we uit elkaar, nu eerst koffie.', false],
    ['Jouw stippen: 3', false],
    ['Ronde 1 (u-bocht)', false],
  ] as const)('%s → formal: %s', (text, formal) => {
    expect(FORMAL.test(text)).toBe(formal);
  });
});

describe('plural texts', () => {
  it('has no hand-made plural like "(s)", "(nen)" or "vraag/vragen"', () => {
    const found = ALL_TEXTS.filter(({ m }) => forms(m).some((s) => HAND_MADE.some((re) => re.test(s))));
    expect(found.map(({ language, key }) => `${language} ${key}`)).toEqual([]);
  });

  it("has every form the language's Intl.PluralRules can ask for", () => {
    const lacking = ALL_TEXTS.flatMap(({ language, key, m }) =>
      isPlural(m) && missingForms(language, m).length > 0 ? [`${language} ${key}: ${missingForms(language, m)}`] : [],
    );
    expect(lacking).toEqual([]);
  });

  it('keeps the number in the general form', () => {
    const lost = ALL_TEXTS.filter(({ m }) => isPlural(m) && !m.other.includes('{count}'));
    expect(lost.map(({ language, key }) => `${language} ${key}`)).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    expect(HAND_MADE.some((re) => re.test('2 deelnemer(s)'))).toBe(true);
    expect(HAND_MADE.some((re) => re.test('0 zin(nen)'))).toBe(true);
    expect(HAND_MADE.some((re) => re.test('3 vraag/vragen'))).toBe(true);
    expect(HAND_MADE.some((re) => re.test('Ronde {round}: tafel {number} (max. 8)'))).toBe(false);
    expect(missingForms('nl', { other: '{count} stippen' })).toEqual(['one']);
    expect(missingForms('pl', { one: '{count} kropka', other: '{count} kropki' })).toEqual(['few', 'many']);
  });
});

/**
 * Every key is used and every key used exists. A key counts as used when the client's source
 * (client/src outside i18n/) holds it as a whole string literal: `t('participant.saved')`, or a
 * literal in a list or a type that a variable key is taken from (`'report.public'` in ReportPanel).
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
  'reg.status.*': RegistrationStatus.options.map((s) => `reg.status.${s}`),
  // ImportPanel's mapping selects and problem lines.
  'import.field.*': IMPORT_FIELDS.map((f) => `import.field.${f}`),
  'import.problem.*': Object.keys(PROBLEM_MESSAGES).map((c) => `import.problem.${c}`),
  'host.kind.*': CardKind.options.map((k) => `host.kind.${k}`),
  // MailPanel's kinds of message (shared/protocol/mail.ts).
  'mail.kind.*': ['mail.kind.confirmation', 'mail.kind.reminder', 'mail.kind.followup'],
  // FacilitatorView's TABS, HostTable's MODES, QuestionQueue's FILTERS, JoinBox's kinds.
  'cockpit.tab.*': [
    'cockpit.tab.live',
    'cockpit.tab.harvest',
    'cockpit.tab.prepare',
    'cockpit.tab.registrations',
    'cockpit.tab.print',
    'cockpit.tab.report',
  ],
  'host.view.*': ['host.view.capture', 'host.view.briefing', 'host.view.harvest'],
  // EveningControls' VOTE_ON.
  'fac.voteOn.*': ['fac.voteOn.highlights', 'fac.voteOn.themes'],
  'door.tab.*': ['door.tab.questions', 'door.tab.door'],
  'desk.filter.*': ['desk.filter.open', 'desk.filter.done', 'desk.filter.all', 'desk.filter.hidden'],
  'screen.qr.*': ['screen.qr.join', 'screen.qr.groups', 'screen.qr.report'],
  // ReportPanel's versions and CSVS; WorkingGroups' Problem.
  'report.*': ['report.public', 'report.internal'],
  'report.csv.*': [
    'report.csv.cards',
    'report.csv.questions',
    'report.csv.signups',
    'report.csv.attendance',
    'report.csv.themes',
  ],
  'participant.groups.*': [
    'participant.groups.needGroup',
    'participant.groups.needContact',
    'participant.groups.needConsent',
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

describe('the i18n parts', () => {
  // Packs are spread together: a key in two parts silently takes one part's text everywhere
  // (the desk's door title once replaced the cockpit's "Deur").
  it('define each key in one Dutch part only', () => {
    const dir = 'client/src/i18n/parts';
    const where = new Map<string, string[]>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.en.ts'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/^ {2}'([\w.-]+)':/gm)) {
        where.set(m[1]!, [...(where.get(m[1]!) ?? []), file]);
      }
    }
    expect([...where].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
