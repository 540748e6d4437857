import { describe, expect, it } from 'vitest';
import type { GroupKey, GroupResults, SessionState } from '../../../shared/model/session';
import { buildReport } from '../../../shared/report';
import { shownGroups } from '../../../shared/report/themes';
import { MIN_GROUP_VOTERS } from '../../../shared/rules/vote-results';
import { THEMED, themedEvening } from './themed-evening';

const evening = themedEvening();
const themesOf = (state: SessionState, version: 'public' | 'internal' = 'public') => buildReport(state, version).themes;
const summary = (state: SessionState) =>
  themesOf(state).list.map((t) => [t.id, t.dots, t.byGroup.map((g) => `${g.group} ${g.dots}`).join(', ')]);

describe('the report model: themes of the evening', () => {
  const themes = themesOf(evening);

  it('the evening has what the tests need', () => {
    expect(Object.keys(evening.themes ?? {}).sort()).toEqual(['t-bank', 't-jong', 't-plek', 't-regels', 't-voorstel']);
    expect(evening.themes?.['t-voorstel']?.proposedBy).toBe('wijkhub');
    expect(evening.voting.on).toBe('themes');
    expect(evening.voting.byGroup?.voters).toEqual({ resident: 4, municipality: 3, professional: 2, unknown: 1 });
  });

  it('the accepted themes, most dots first, with their dots in total', () => {
    expect(themes.list.map((t) => [t.id, t.label, t.dots])).toEqual([
      ['t-plek', 'Een plek in de wijk', 11],
      ['t-jong', 'Jongeren', 10],
      ['t-regels', 'Regels en geld', 7],
      // A host's proposal the facilitator accepted is a theme of the evening.
      ['t-bank', 'Groen en spelen', 0],
    ]);
    expect(themes.dotsOn).toBe('themes');
  });

  it.each([
    [
      't-plek',
      [THEMED.plek1, THEMED.plek2],
      [
        ['Wijkhub', 1],
        ['Wijkstem', 1],
      ],
    ],
    [
      't-jong',
      [THEMED.jong1, THEMED.jong2],
      [
        ['Wijkhub', 1],
        ['Wijksamenwerking', 1],
      ],
    ],
    ['t-regels', [THEMED.regels1], [['Wijksamenwerking', 1]]],
    ['t-bank', [THEMED.bank], [['Wijkstem', 1]]],
  ] as const)('%s: its cards (with their table) and the tables it came from', (id, texts, tables) => {
    const theme = themes.list.find((t) => t.id === id)!;
    expect(theme.cards.map((c) => c.text)).toEqual(texts);
    for (const c of theme.cards) expect(c.tableTitle).toBe(evening.tables.find((t) => t.id === c.tableId)?.title);
    expect(theme.tables.map((t) => [t.title, t.cards])).toEqual(tables);
  });

  it('a hidden card, a merged duplicate, a loose card and a proposal never accepted are in no theme', () => {
    const texts = themes.list.flatMap((t) => t.cards.map((c) => c.text));
    for (const text of [THEMED.hidden, THEMED.merged, THEMED.loose, THEMED.proposal]) expect(texts).not.toContain(text);
    expect(themes.list.map((t) => t.label)).not.toContain('Alleen een voorstel');
    // The duplicate is counted with the card it repeats.
    expect(themes.list[0]!.cards[0]).toMatchObject({ text: THEMED.plek1, merged: 1 });
  });

  it('dots by group: only groups of at least MIN_GROUP_VOTERS voters; the professionals (2) and "unknown" fold into the total', () => {
    expect(MIN_GROUP_VOTERS).toBe(3);
    expect(themes.groups).toEqual([
      { group: 'resident', label: 'bewoners', voters: 4 },
      { group: 'municipality', label: 'gemeente', voters: 3 },
    ]);
    expect(summary(evening)).toEqual([
      ['t-plek', 11, 'resident 8, municipality 3'],
      // 6 of the 10 are the professionals': in the total, never apart.
      ['t-jong', 10, 'resident 4, municipality 0'],
      ['t-regels', 7, 'resident 0, municipality 6'],
      ['t-bank', 0, 'resident 0, municipality 0'],
    ]);
    const plek = themes.list[0]!;
    expect(plek.byGroup.map((g) => [g.label, g.share])).toEqual([
      ['bewoners', 8 / 12],
      ['gemeente', 3 / 9],
    ]);
  });

  it('the places where groups differ most are marked (widest first), and only those', () => {
    const marked = Object.fromEntries(themes.list.map((t) => [t.id, t.differs && [t.differs.most, t.differs.least]]));
    expect(marked).toEqual({
      't-regels': ['municipality', 'resident'],
      't-plek': ['resident', 'municipality'],
      't-jong': ['resident', 'municipality'],
      't-bank': null,
    });
    expect(themes.list.find((t) => t.id === 't-regels')?.differs?.spread).toBeCloseTo(6 / 9);
  });

  it('public and internal hold the same themes: the rule for groups is the same in both', () => {
    expect(themesOf(evening, 'internal')).toEqual(themes);
  });

  it('the labels are in the report language', () => {
    const en = buildReport(evening, 'public', { language: 'en' }).themes;
    expect(en.groups.map((g) => g.label)).toEqual(['residents', 'municipality']);
    expect(en.list[0]!.differs).toMatchObject({ mostLabel: 'residents', leastLabel: 'municipality' });
  });
});

/** The evening changed in one way: what is in the state decides what the themes section holds. */
const variant = (change: (s: SessionState) => void): SessionState => {
  const s = structuredClone(evening);
  change(s);
  return s;
};

describe('the report model: themes whatever the vote was on', () => {
  const rows: { name: string; state: SessionState; expect: (string | number)[][]; dotsOn: string | null }[] = [
    {
      name: 'a vote on highlights: a theme adds up its cards’ dots, split by group the same way',
      state: variant((s) => {
        for (const id of ['c-plek1', 'c-plek2', 'c-regels1', 'c-loose']) s.cards[id]!.highlighted = true;
        s.voting = {
          open: false,
          dots: 3,
          on: 'highlights',
          results: { 'c-plek1': 5, 'c-plek2': 4, 'c-regels1': 3, 'c-loose': 3 },
          byGroup: {
            dots: {
              'c-plek1': { resident: 4, municipality: 1 },
              'c-plek2': { resident: 2, municipality: 1, professional: 1 },
              'c-regels1': { municipality: 3 },
              // A card in no theme still takes a share of each group's dots.
              'c-loose': { resident: 2, municipality: 1 },
            },
            voters: { resident: 3, municipality: 3, professional: 1 },
          },
        };
        s.votes = {};
      }),
      dotsOn: 'highlights',
      // professional (1 voter) alone would be the remainder: 1 person. The smallest shown group
      // (municipality, 3) is folded in too, and with one group left there is no split at all.
      expect: [
        ['t-plek', 9, ''],
        ['t-regels', 3, ''],
        // Equal dots: in the order of the themes board.
        ['t-bank', 0, ''],
        ['t-jong', 0, ''],
      ],
    },
    {
      name: 'a vote on highlights with a split to show: shares over all of a group’s dots, loose cards too',
      state: variant((s) => {
        for (const id of ['c-plek1', 'c-loose']) s.cards[id]!.highlighted = true;
        s.voting = {
          open: false,
          dots: 3,
          on: 'highlights',
          results: { 'c-plek1': 6, 'c-loose': 6 },
          byGroup: {
            dots: { 'c-plek1': { resident: 5, municipality: 1 }, 'c-loose': { resident: 1, municipality: 5 } },
            voters: { resident: 3, municipality: 3 },
          },
        };
      }),
      dotsOn: 'highlights',
      expect: [
        ['t-plek', 6, 'resident 5, municipality 1'],
        ['t-bank', 0, 'resident 0, municipality 0'],
        ['t-regels', 0, 'resident 0, municipality 0'],
        ['t-jong', 0, 'resident 0, municipality 0'],
      ],
    },
    {
      name: 'no vote at all: the themes without dots or groups',
      state: variant((s) => {
        s.voting = { open: false, dots: 3, results: null };
        s.votes = {};
      }),
      dotsOn: null,
      expect: [
        ['t-bank', 0, ''],
        ['t-plek', 0, ''],
        ['t-regels', 0, ''],
        ['t-jong', 0, ''],
      ],
    },
    {
      name: 'voting still open: the dots cast so far, split by group as they stand',
      state: variant((s) => {
        s.voting = { open: true, dots: 3, results: null, on: 'themes', byGroup: null };
      }),
      dotsOn: 'themes',
      expect: [
        ['t-plek', 11, 'resident 8, municipality 3'],
        ['t-jong', 10, 'resident 4, municipality 0'],
        ['t-regels', 7, 'resident 0, municipality 6'],
        ['t-bank', 0, 'resident 0, municipality 0'],
      ],
    },
    {
      name: 'a session stored before the split by group: totals only',
      state: variant((s) => {
        delete s.voting.byGroup;
      }),
      dotsOn: 'themes',
      expect: [
        ['t-plek', 11, ''],
        ['t-jong', 10, ''],
        ['t-regels', 7, ''],
        ['t-bank', 0, ''],
      ],
    },
    {
      name: 'a theme deleted after the vote is gone, and its dots from the shares',
      state: variant((s) => {
        delete s.themes!['t-regels'];
      }),
      dotsOn: 'themes',
      expect: [
        ['t-plek', 11, 'resident 8, municipality 3'],
        ['t-jong', 10, 'resident 4, municipality 0'],
        ['t-bank', 0, 'resident 0, municipality 0'],
      ],
    },
    {
      name: 'a hidden card still named by a theme is left out, and a theme with only hidden cards with it',
      state: variant((s) => {
        s.themes!['t-regels']!.cardIds.push('c-hidden');
        s.themes!['t-bank']!.cardIds = ['c-hidden', 'c-merged'];
      }),
      dotsOn: 'themes',
      expect: [
        ['t-plek', 11, 'resident 8, municipality 3'],
        ['t-jong', 10, 'resident 4, municipality 0'],
        ['t-regels', 7, 'resident 0, municipality 6'],
      ],
    },
    {
      name: 'a proposal never accepted is left out, also with dots named after it',
      state: variant((s) => {
        s.themes!['t-plek']!.proposedBy = 'wijkhub';
      }),
      dotsOn: 'themes',
      expect: [
        ['t-jong', 10, 'resident 4, municipality 0'],
        ['t-regels', 7, 'resident 0, municipality 6'],
        ['t-bank', 0, 'resident 0, municipality 0'],
      ],
    },
    {
      name: 'no themes: an empty list',
      state: variant((s) => {
        s.themes = {};
      }),
      dotsOn: null,
      expect: [],
    },
    {
      name: 'a session stored before themes',
      state: variant((s) => {
        delete s.themes;
        s.voting = { open: false, dots: 3, results: {} };
      }),
      dotsOn: null,
      expect: [],
    },
  ];
  it.each(rows)('$name', (row) => {
    expect(summary(row.state)).toEqual(row.expect);
    expect(themesOf(row.state).dotsOn).toBe(row.dotsOn);
  });

  it('on highlights, a card shows its own dots; on themes it has none of its own', () => {
    const onHighlights = rows[1]!.state;
    expect(themesOf(onHighlights).list[0]!.cards.map((c) => c.dots)).toEqual([6, 0]);
    expect(themesOf(evening).list.flatMap((t) => t.cards.map((c) => c.dots))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('at most three places are marked', () => {
    const s = variant((s) => {
      for (const [i, id] of ['c-jong1', 'c-jong2'].entries())
        s.themes![`t-extra${i}`] = {
          id: `t-extra${i}`,
          label: `Extra ${i}`,
          cardIds: [id],
          proposedBy: null,
          createdAt: 1,
        };
      delete s.themes!['t-jong'];
      const dots: GroupResults['dots'] = {
        't-plek': { resident: 4 },
        't-regels': { municipality: 4 },
        't-extra0': { resident: 1, municipality: 3 },
        't-extra1': { resident: 3, municipality: 1 },
      };
      s.voting = {
        open: false,
        dots: 3,
        on: 'themes',
        results: { 't-plek': 4, 't-regels': 4, 't-extra0': 4, 't-extra1': 4 },
        byGroup: { dots, voters: { resident: 4, municipality: 4 } },
      };
    });
    const list = themesOf(s).list;
    expect(list.filter((t) => t.differs !== null).map((t) => t.id)).toEqual(['t-extra0', 't-plek', 't-regels']);
  });
});

describe('shownGroups: which groups are shown apart', () => {
  const rows: [string, Partial<Record<GroupKey, number>>, GroupKey[]][] = [
    ['two groups of three or more', { resident: 4, municipality: 3 }, ['resident', 'municipality']],
    [
      'small groups and "unknown" fold, the rest is three people',
      { resident: 4, municipality: 3, professional: 2, unknown: 1 },
      ['resident', 'municipality'],
    ],
    [
      '"unknown" is never a group, however many',
      { resident: 3, municipality: 3, unknown: 5 },
      ['resident', 'municipality'],
    ],
    [
      'a rest of one person takes the smallest group shown with it',
      { resident: 5, municipality: 4, entrepreneur: 3, professional: 1 },
      ['resident', 'municipality'],
    ],
    [
      'a rest of two leaves one group: nothing to set side by side',
      { resident: 4, municipality: 3, professional: 2 },
      [],
    ],
    ['two groups of two', { resident: 2, municipality: 2 }, []],
    ['one group only', { resident: 12 }, []],
    ['nobody voted', {}, []],
  ];
  it.each(rows)('%s', (_name, voters, shown) => {
    expect(shownGroups(voters)).toEqual(shown);
    // Whatever is shown, the rest is nobody or at least MIN_GROUP_VOTERS people.
    const all = Object.values(voters).reduce((a, b) => a + (b ?? 0), 0);
    const rest = all - shown.reduce((n, g) => n + (voters[g] ?? 0), 0);
    if (shown.length > 0) expect(rest === 0 || rest >= MIN_GROUP_VOTERS).toBe(true);
    for (const g of shown) expect(voters[g]).toBeGreaterThanOrEqual(MIN_GROUP_VOTERS);
  });
});
