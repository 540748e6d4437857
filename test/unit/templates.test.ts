import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { nl } from '../../client/src/i18n/nl';
import { Language, Setup } from '../../shared/model/session';
import { Id } from '../../shared/protocol/ids';
import { LIMITS } from '../../shared/protocol/limits';
import { TEMPLATE_IDS } from '../../shared/protocol/api';
import { TEMPLATE_BUILDERS as BUILDERS, TEMPLATES, templateSetup, templateSpan } from '../../shared/templates';

const LANGUAGES = Language.options;
const CASES = TEMPLATE_IDS.flatMap((id) => LANGUAGES.map((language) => ({ id, language })));

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Every word a participant, host or facilitator reads. */
function textsOf(s: Setup): string[] {
  return [
    s.title,
    ...s.goals,
    ...s.agenda.flatMap((p) => [p.title, p.instruction]),
    ...s.tables.flatMap((t) => [t.title, t.keyQuestion, ...t.prompts]),
    ...s.infoCategories.map((c) => c.label),
    ...s.workingGroups.flatMap((g) => [g.title, g.description]),
  ];
}

/**
 * Common words that only one of the languages has: one of them in the other version is a text
 * left untranslated. (Proper names such as Wijkhub or Wijklab are no such word.)
 */
const OTHER_LANGUAGE: Record<Language, Set<string>> = {
  nl: new Set(['the', 'and', 'you', 'your', 'with', 'what', 'table', 'round', 'welcome', 'phone', 'break', 'tap']),
  en: new Set([
    'de',
    'het',
    'een',
    'en',
    'je',
    'jouw',
    'met',
    'wat',
    'van',
    'voor',
    'niet',
    'zijn',
    'tafel',
    'ronde',
    'welkom',
    'telefoon',
    'pauze',
  ]),
};

/** Everything but the words: what must be identical across languages. */
function skeleton(setup: Setup) {
  return {
    date: setup.date,
    venue: setup.venue,
    goals: setup.goals.length,
    agenda: setup.agenda.map(({ id, kind, plannedStart, durationMin, round }) => ({
      id,
      kind,
      plannedStart,
      durationMin,
      round,
    })),
    tables: setup.tables.map(({ id, capacity, host, prompts, keyQuestion, online, videoUrl }) => ({
      id,
      capacity,
      host,
      prompts: prompts.length,
      hasKeyQuestion: keyQuestion !== '',
      online,
      videoUrl,
    })),
    rounds: setup.rounds,
    infoCategories: setup.infoCategories.map((c) => c.id),
    workingGroups: setup.workingGroups.map(({ id, tableId }) => ({ id, tableId })),
  };
}

describe.each(CASES)('template $id in $language', ({ id, language }) => {
  it('parses with Setup and loses nothing to trimming or defaults', () => {
    const raw = BUILDERS[id](language);
    expect(Setup.safeParse(raw).success).toBe(true);
    expect(templateSetup(id, language)).toEqual(raw);
    expect(templateSetup(id, language).language).toBe(language);
  });

  it('stays within the text limits', () => {
    const s = templateSetup(id, language);
    const within = (text: string, max: number) => expect(text.length, text).toBeLessThanOrEqual(max);
    within(s.title, LIMITS.title);
    for (const g of s.goals) within(g, LIMITS.shortText);
    for (const p of s.agenda) {
      within(p.title, LIMITS.title);
      within(p.instruction, LIMITS.instruction);
      expect(p.instruction.length).toBeGreaterThan(0);
    }
    for (const t of s.tables) {
      within(t.title, LIMITS.title);
      within(t.keyQuestion, LIMITS.shortText);
      for (const p of t.prompts) within(p, LIMITS.shortText);
    }
    for (const c of s.infoCategories) within(c.label, LIMITS.title);
    for (const g of s.workingGroups) within(g.description, LIMITS.shortText);
  });

  it('has unique, valid ids and working groups point at real tables', () => {
    const s = templateSetup(id, language);
    for (const list of [s.agenda, s.tables, s.infoCategories, s.workingGroups]) {
      const ids = list.map((x) => x.id);
      for (const x of ids) expect(Id.safeParse(x).success, x).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const tableIds = new Set(s.tables.map((t) => t.id));
    for (const g of s.workingGroups) if (g.tableId !== null) expect(tableIds.has(g.tableId)).toBe(true);
  });

  it('has an agenda that chains without gaps and one table-round phase per round', () => {
    const { agenda, rounds } = templateSetup(id, language);
    agenda.slice(1).forEach((phase, i) => {
      const prev = agenda[i]!;
      expect(minutes(prev.plannedStart) + prev.durationMin, `${prev.id} → ${phase.id}`).toBe(
        minutes(phase.plannedStart),
      );
    });
    const tableRounds = agenda.filter((p) => p.kind === 'table-round');
    expect(tableRounds.map((p) => p.round)).toEqual(Array.from({ length: rounds.count }, (_, i) => i + 1));
    for (const p of tableRounds) expect(p.durationMin).toBe(rounds.lengthMin);
  });

  it('plans its phases at increasing times and plays rounds in order, none past rounds.count', () => {
    const { agenda, rounds, tables } = templateSetup(id, language);
    const starts = agenda.map((p) => minutes(p.plannedStart));
    for (let i = 1; i < starts.length; i++) expect(starts[i]!, agenda[i]!.id).toBeGreaterThan(starts[i - 1]!);
    const played = agenda.flatMap((p) => (p.round === null ? [] : [p.round]));
    for (const round of played) expect(round).toBeLessThanOrEqual(rounds.count);
    expect(played).toEqual([...played].sort((x, y) => x - y));
    // Nobody can visit more tables than there are rounds to play or tables to visit.
    expect(rounds.tablesPerParticipant).toBeLessThanOrEqual(Math.min(rounds.count, tables.length));
  });

  it('speaks one language: no obvious words of the other one', () => {
    const words = textsOf(templateSetup(id, language))
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}’']+/u);
    const info = TEMPLATES.find((t) => t.id === id);
    const startPage = `${info?.title[language]} ${info?.description[language]}`.toLowerCase().split(/[^\p{L}’']+/u);
    for (const word of [...words, ...startPage]) expect(OTHER_LANGUAGE[language].has(word), word).toBe(false);
  });

  it('returns a fresh copy each call', () => {
    const a = templateSetup(id, language);
    a.agenda.length = 0;
    a.rounds.count = 9;
    const b = templateSetup(id, language);
    expect(b.agenda.length).toBeGreaterThan(0);
    expect(b.rounds.count).not.toBe(9);
  });

  // Issue 17, point 23: the phones show the phase's instruction too, and a phone reading it has
  // scanned already; the projector says "Doe mee met je telefoon" beside its own QR.
  it('gives the walk-in an instruction that fits a phone already in: check in, not scan', () => {
    const walkIn = templateSetup(id, language).agenda.find((p) => p.kind === 'walk-in');
    const messages = language === 'nl' ? nl : en;
    expect(walkIn?.instruction).not.toMatch(/scan|qr/i);
    expect(walkIn?.instruction).toContain(`"${messages['participant.checkin.button']}"`);
  });
});

describe.each(TEMPLATE_IDS)('template %s across languages', (id) => {
  it('has the same ids and structure in every language, with different words', () => {
    const [first, ...rest] = LANGUAGES.map((language) => templateSetup(id, language));
    for (const other of rest) {
      expect(skeleton(other)).toEqual(skeleton(first!));
      expect(other.title).not.toBe(first!.title);
    }
  });

  it('is offered on the start page with a title and description per language', () => {
    const info = TEMPLATES.find((t) => t.id === id);
    expect(info).toBeDefined();
    for (const language of LANGUAGES) {
      expect(info!.title[language].length).toBeGreaterThan(0);
      expect(info!.description[language].length).toBeGreaterThan(0);
    }
  });
});

describe('the reference evening', () => {
  const TIMETABLE = [
    ['walk-in', 'walk-in', '18:30', 30, null],
    ['plenary-1', 'plenary', '19:00', 30, null],
    ['break-1', 'break', '19:30', 10, null],
    ['round-1', 'table-round', '19:40', 45, 1],
    ['round-2', 'table-round', '20:25', 45, 2],
    ['break-2', 'break', '21:10', 5, null],
    ['wrap-up', 'wrap-up', '21:15', 15, null],
    ['drinks', 'social', '21:30', 30, null],
  ] as const;

  const KEYWORDS: Record<Language, Record<string, string[]>> = {
    nl: {
      wijkhub: ['voorzieningen'],
      wijksamenwerking: ['wie', 'rol'],
      wijkstem: ['netwerk', 'gemeente', 'participatie'],
    },
    en: {
      wijkhub: ['facilities'],
      wijksamenwerking: ['who', 'role'],
      wijkstem: ['network', 'municipality', 'participation'],
    },
  };
  const PROMPT_KEYWORDS: Record<Language, Record<string, string[]>> = {
    nl: {
      wijkhub: ['organisatie', 'aanspreekpunt', 'plek', 'digitaal'],
      wijksamenwerking: ['netwerk', 'wijken', 'gemeente'],
    },
    en: {
      wijkhub: ['organisation', 'contact', 'place', 'digital'],
      wijksamenwerking: ['network', 'neighbourhoods', 'municipality'],
    },
  };

  it.each(LANGUAGES)('follows the timetable 18:30–22:00 exactly (%s)', (language) => {
    const { agenda } = templateSetup('world-cafe-evening', language);
    expect(agenda.map((p) => [p.id, p.kind, p.plannedStart, p.durationMin, p.round])).toEqual(TIMETABLE);
    const last = agenda.at(-1)!;
    expect(minutes(last.plannedStart) + last.durationMin).toBe(minutes('22:00'));
  });

  it.each(LANGUAGES)('has the three theme tables with the reference questions (%s)', (language) => {
    const s = templateSetup('world-cafe-evening', language);
    expect(s.tables.map((t) => [t.id, t.title])).toEqual([
      ['wijkhub', 'Wijkhub'],
      ['wijksamenwerking', 'Wijksamenwerking'],
      ['wijkstem', 'Wijkstem'],
    ]);
    for (const table of s.tables) {
      expect(table.host).toBe('');
      expect(table.capacity).toBeGreaterThanOrEqual(34); // ~100 people over 3 tables per round
      for (const word of KEYWORDS[language][table.id] ?? []) {
        expect(table.keyQuestion.toLowerCase(), table.id).toContain(word);
      }
      const prompts = table.prompts.join(' ').toLowerCase();
      for (const word of PROMPT_KEYWORDS[language][table.id] ?? []) expect(prompts, table.id).toContain(word);
    }
    expect(s.rounds).toEqual({ count: 2, lengthMin: 45, tablesPerParticipant: 2 });
  });

  it.each(LANGUAGES)('has the four info categories and one working group per table (%s)', (language) => {
    const s = templateSetup('world-cafe-evening', language);
    expect(s.infoCategories.map((c) => c.id)).toEqual(['bylaw', 'funding', 'transition', 'other']);
    expect(s.workingGroups.map((g) => [g.id, g.tableId])).toEqual(s.tables.map((t) => [`wg-${t.id}`, t.id]));
    expect(s.goals).toHaveLength(4);
    expect(s.date).toBeNull();
    expect(s.venue).toBe('');
  });

  it('labels the categories in plain Dutch', () => {
    const labels = templateSetup('world-cafe-evening', 'nl').infoCategories.map((c) => c.label);
    expect(labels[0]).toMatch(/^Verordening/);
    expect(labels[1]).toMatch(/^Financiering/);
    expect(labels[2]).toMatch(/^Overgang/);
    expect(labels[3]).toBe('Overig');
  });
});

describe('the blank template', () => {
  it.each(LANGUAGES)('is a minimal World Café (%s)', (language) => {
    const s = templateSetup('blank', language);
    expect(s.agenda.map((p) => p.kind)).toEqual([
      'walk-in',
      'plenary',
      'table-round',
      'table-round',
      'wrap-up',
      'closing',
    ]);
    expect(s.tables.map((t) => t.id)).toEqual(['table-1', 'table-2']);
    for (const t of s.tables) expect(t.keyQuestion).toBe('');
    expect(s.rounds).toMatchObject({ count: 2, lengthMin: 30 });
    expect(s.infoCategories.map((c) => c.id)).toEqual(['other']);
    expect(s.workingGroups).toEqual([]);
  });

  it('uses "Tafel 1" in Dutch and "Table 1" in English', () => {
    expect(templateSetup('blank', 'nl').tables[0]?.title).toBe('Tafel 1');
    expect(templateSetup('blank', 'en').tables[0]?.title).toBe('Table 1');
    expect(templateSetup('blank', 'nl').infoCategories[0]?.label).toBe('Overig');
  });
});
