import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { agendaMovedText, doorLines, type Report, type ReportCard, type ReportPart, roundLabel } from './model';
import { counted } from './texts';
import { differsLine, tablesLine, themesIntro, votersLine } from './theme-lines';
import { percent } from './themes';

/**
 * The report as a Word document, made with the maintained `docx` library. Real heading styles
 * (Title, Heading 1–4), so Word's navigation pane and a screen reader list the sections; tables
 * have a header row that repeats on every page; each theme table starts on a new page.
 */

const LEVELS = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
/** Heading `level` (0 the title, 1–4 the sections) made `depth` levels deeper: a session as a part of a programme. */
type Heading = (text: string, level: number, pageBreakBefore?: boolean) => Paragraph;
export const headingAt =
  (depth: number): Heading =>
  (text, level, pageBreakBefore = false) =>
    new Paragraph({ text, heading: LEVELS[Math.min(6, level + depth)], pageBreakBefore, keepNext: true });
const para = (text: string) => new Paragraph({ text });
const muted = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true, color: '555555' })] });
const bullet = (children: TextRun[]) => new Paragraph({ children, bullet: { level: 0 } });
const labelled = (label: string, text: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] });

function table(header: string[], rows: string[][], numeric: boolean[] = []): Table {
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [new TextRun({ text, bold })],
          alignment: numeric[i] === true ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function cardRuns(r: Report, c: ReportCard): TextRun[] {
  const extra = [
    r.texts.kind[c.kind],
    ...(c.dots > 0 ? [counted(r, r.texts.dots, c.dots)] : []),
    ...(c.merged > 0 ? [`+${c.merged} ${r.texts.similar}`] : []),
    ...c.tags.map((t) => `#${t}`),
  ];
  return [new TextRun(c.text), new TextRun({ text: ` (${extra.join(', ')})`, color: '555555' })];
}

function themesSection(r: Report, heading: Heading): (Paragraph | Table)[] {
  const t = r.texts;
  const body: (Paragraph | Table)[] = [heading(t.themes, 1, true)];
  if (r.themes.list.length === 0) body.push(muted(t.noThemes));
  for (const s of themesIntro(r)) body.push(para(s));
  const voters = votersLine(r);
  if (voters !== null) body.push(labelled(t.votersByGroup, voters));
  for (const theme of r.themes.list) {
    const dots = r.themes.dotsOn === null ? '' : ` — ${counted(r, t.dots, theme.dots)}`;
    body.push(heading(`${theme.label}${dots}`, 2));
    const differs = differsLine(r, theme);
    if (differs !== null)
      body.push(
        new Paragraph({
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: '8A4B00', space: 6 } },
          children: [new TextRun({ text: `${t.differs}. `, bold: true }), new TextRun(differs)],
        }),
      );
    body.push(labelled(t.fromTables, tablesLine(theme)));
    if (theme.byGroup.length > 0)
      body.push(
        table(
          [t.groupColumn, t.dotsColumn, t.shareColumn],
          theme.byGroup.map((g) => [g.label, String(g.dots), percent(g.share)]),
          [false, true, true],
        ),
      );
    body.push(heading(t.themeCards, 3));
    for (const c of theme.cards) {
      const extra = [
        c.tableTitle,
        ...(c.dots > 0 ? [counted(r, t.dots, c.dots)] : []),
        ...(c.merged > 0 ? [`+${c.merged} ${t.similar}`] : []),
      ];
      body.push(bullet([new TextRun(c.text), new TextRun({ text: ` (${extra.join(', ')})`, color: '555555' })]));
    }
  }
  return body;
}

/** The version line: public, or internal (with its warning). */
export const versionLine = (r: { version: Report['version']; texts: Report['texts'] }) =>
  new Paragraph({
    children: [
      new TextRun({ text: r.version === 'public' ? r.texts.publicVersion : r.texts.internalVersion, bold: true }),
    ],
  });

/**
 * The report's paragraphs; with `part`, one session of a programme report: headed by
 * `part.title` on a new page, every heading `depth` levels deeper, without the version line.
 */
export function reportBody(r: Report, part?: ReportPart): (Paragraph | Table)[] {
  const t = r.texts;
  const heading = headingAt(part?.depth ?? 0);
  const body: (Paragraph | Table)[] = [];
  body.push(heading(part?.title ?? r.title, 0, part !== undefined));
  if (part === undefined) body.push(versionLine(r));
  body.push(labelled(t.date, r.dateText ?? t.noDate));
  if (r.venue !== '') body.push(labelled(t.venue, r.venue));
  if (r.goals.length > 0) {
    body.push(heading(t.goals, 1));
    for (const g of r.goals) body.push(bullet([new TextRun(g)]));
  }
  body.push(heading(t.agenda, 1));
  const moved = agendaMovedText(r);
  if (moved !== null) body.push(para(moved));
  body.push(
    table(
      [t.phase, t.planned, t.actual],
      r.agenda.map((p) => [p.title, p.plannedStart, p.actualStart ?? t.notHeld]),
    ),
  );

  const a = r.attendance;
  body.push(heading(t.attendance, 1));
  body.push(labelled(t.participants, String(a.participants)));
  body.push(labelled(t.checkedIn, String(a.checkedIn)));
  if (a.byGroup.length > 0) {
    body.push(heading(t.byGroup, 2));
    body.push(
      table(
        [t.groupColumn, t.count],
        a.byGroup.map((g) => [g.label, String(g.count)]),
        [false, true],
      ),
    );
  }
  if (r.sandwiches !== null) {
    const lunch = r.sandwiches;
    body.push(heading(t.sandwiches, 2));
    body.push(labelled(t.sandwichCount, String(lunch.count)));
    if (lunch.names.length > 0) body.push(labelled(t.sandwichFor, lunch.names.join(', ')));
    if (lunch.unnamed > 0) body.push(labelled(t.sandwichUnnamed, String(lunch.unnamed)));
  }
  const door = doorLines(r);
  if (door.length > 0) {
    body.push(heading(t.door, 2));
    for (const d of door) body.push(labelled(d.label, String(d.count)));
  }
  body.push(heading(t.perTable, 2));
  body.push(
    table(
      [t.table, ...a.perTable.map((p) => `${t.round} ${p.round}`)],
      r.tables.map((table, i) => [table.title, ...a.perTable.map((p) => String(p.counts[i]?.count ?? 0))]),
      [false, ...a.perTable.map(() => true)],
    ),
  );

  if (r.recommendations.length > 0) {
    body.push(heading(t.recommendations, 1));
    body.push(para(t.recommendationsIntro));
    body.push(
      table(
        [t.recommendationColumn, t.owner, t.due, t.table],
        r.recommendations.map(({ card, tableTitle, dueText }) => [
          card.text,
          card.owner ?? t.noOwner,
          dueText ?? t.noDue,
          tableTitle,
        ]),
      ),
    );
  }

  for (const table of r.tables) {
    body.push(heading(`${t.table}: ${table.title}`, 1, true));
    if (table.keyQuestion !== '') body.push(labelled(t.keyQuestion, table.keyQuestion));
    if (table.host !== null) body.push(labelled(t.host, table.host));
    body.push(heading(t.summary, 2));
    body.push(table.summary === null ? muted(t.noSummary) : para(table.summary));
    if (table.highlights.length > 0) {
      body.push(heading(t.highlights, 2));
      for (const c of table.highlights)
        body.push(bullet([new TextRun({ text: c.text, bold: true }), new TextRun(` — ${counted(r, t.dots, c.dots)}`)]));
    }
    body.push(heading(t.allCards, 2));
    if (table.rounds.length === 0) body.push(muted(t.noCards));
    for (const group of table.rounds) {
      body.push(heading(roundLabel(r, group.round), 3));
      for (const c of group.cards) body.push(bullet(cardRuns(r, c)));
    }
  }

  body.push(...themesSection(r, heading));

  body.push(heading(t.vote, 1, true));
  if (r.vote.length === 0) body.push(muted(r.themes.dotsOn === 'themes' ? t.voteOnThemes : t.noVotes));
  else
    body.push(
      table(
        ['#', t.cardColumn, t.table, t.dotsColumn],
        r.vote.map((v, i) => [String(i + 1), v.card.text, v.tableTitle, String(v.card.dots)]),
        [true, false, false, true],
      ),
    );

  if (r.questionsBeforehand.length > 0) {
    body.push(heading(t.questionsBeforehand, 1), para(t.beforehandIntro));
    body.push(...questionGroups(r, r.questionsBeforehand, t.notAnsweredYet, heading));
  }
  body.push(heading(t.questions, 1));
  if (r.questions.length === 0) body.push(muted(t.noQuestions));
  body.push(...questionGroups(r, r.questions, t.noAnswer, heading));

  body.push(heading(t.workingGroups, 1));
  for (const g of r.workingGroups) {
    body.push(heading(g.title, 2));
    if (g.description !== '') body.push(para(g.description));
    body.push(para(counted(r, t.signups, g.signups)));
    if (g.contacts !== null) {
      body.push(heading(t.contacts, 3));
      if (g.contacts.length === 0) body.push(muted(t.noContacts));
      for (const c of g.contacts)
        body.push(
          bullet([new TextRun(`${c.name ?? t.anonymous}: ${[c.email, c.phone].filter((x) => x !== null).join(', ')}`)]),
        );
    }
  }

  body.push(heading(t.openFollowUps, 1));
  if (r.openFollowUps.length === 0) body.push(muted(t.noOpenFollowUps));
  for (const q of r.openFollowUps) body.push(bullet([new TextRun(`${q.text} (${t.questionStatus[q.status]})`)]));
  return body;
}

export function reportDocument(r: Report): Document {
  return wordDocument(r.language, `${r.texts.report}: ${r.title}`, reportBody(r));
}

/** A Word file around a body: A4, the language, page numbers in the footer. */
export function wordDocument(language: Report['language'], title: string, body: (Paragraph | Table)[]): Document {
  const lang = language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Document({
    title,
    creator: 'Tafelronde',
    styles: { default: { document: { run: { language: { value: lang }, font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

export function reportDocx(r: Report): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(r));
}

/** Questions by category, each with its status and its answer (or `noAnswer`). */
function questionGroups(r: Report, groups: Report['questions'], noAnswer: string, heading: Heading): Paragraph[] {
  const t = r.texts;
  const body: Paragraph[] = [];
  for (const cat of groups) {
    body.push(heading(cat.label, 2));
    for (const q of cat.questions) {
      const times = q.duplicateIds.length > 0 ? ` (${counted(r, t.askedTimes, q.duplicateIds.length + 1)})` : '';
      body.push(
        bullet([
          new TextRun({ text: q.text, bold: true }),
          new TextRun(`${times} — ${t.status}: ${t.questionStatus[q.status]}`),
        ]),
      );
      body.push(
        new Paragraph({
          indent: { left: 720 },
          children: [new TextRun({ text: `${t.answer}: `, bold: true }), new TextRun(q.answer ?? noAnswer)],
        }),
      );
    }
  }
  return body;
}
