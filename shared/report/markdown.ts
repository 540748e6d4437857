import { agendaMovedText, doorLines, type Report, type ReportCard, type ReportPart, roundLabel } from './model';
import { counted } from './texts';
import { differsLine, tablesLine, themesIntro, votersLine } from './theme-lines';
import { percent } from './themes';

/** Markdown that organisers can paste into their own document and edit. */

/** Text from people, made inert: no headings, lists, links or tables can come out of a card. */
export function mdText(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/([\\`*_{}[\]<>#|~])/g, '\\$1')
      // A line starting like a list item or a heading would turn into one.
      .replace(/^(\d+)\. /, '$1\\. ')
      .replace(/^([+-]) /, '\\$1 ')
      .trim()
  );
}

function cardLine(r: Report, c: ReportCard): string {
  const extra = [
    r.texts.kind[c.kind],
    ...(c.dots > 0 ? [counted(r, r.texts.dots, c.dots)] : []),
    ...(c.merged > 0 ? [`+${c.merged} ${r.texts.similar}`] : []),
    ...c.tags.map((t) => `#${mdText(t)}`),
  ];
  return `- ${mdText(c.text)} _(${extra.join(', ')})_`;
}

/**
 * A session's report, or (with `part`) one session of a programme report: its headings one level
 * deeper under the programme's title, headed by `part.title`, without the version line the
 * programme states once. Every heading goes through `line`, and text from people can never start
 * a line with "#" (mdText escapes it), so shifting lines that start with "#" shifts exactly ours.
 */
export function reportMarkdown(r: Report, part?: ReportPart): string {
  const t = r.texts;
  const out: string[] = [];
  const deeper = '#'.repeat(part?.depth ?? 0);
  const line = (s = '') => out.push(s.startsWith('#') ? deeper + s : s);
  line(`# ${mdText(part?.title ?? r.title)}`);
  line();
  if (part === undefined) {
    line(`**${t.report}** — ${r.version === 'public' ? t.publicVersion : t.internalVersion}`);
    line();
  }
  line(`- ${t.date}: ${r.dateText ?? t.noDate}`);
  if (r.venue !== '') line(`- ${t.venue}: ${mdText(r.venue)}`);
  line();
  if (r.goals.length > 0) {
    line(`## ${t.goals}`);
    line();
    for (const g of r.goals) line(`- ${mdText(g)}`);
    line();
  }
  line(`## ${t.agenda}`);
  line();
  const moved = agendaMovedText(r);
  if (moved !== null) {
    line(moved);
    line();
  }
  line(`| ${t.phase} | ${t.planned} | ${t.actual} |`);
  line('| --- | --- | --- |');
  for (const p of r.agenda) line(`| ${mdText(p.title)} | ${p.plannedStart} | ${p.actualStart ?? t.notHeld} |`);
  line();
  line(`## ${t.attendance}`);
  line();
  line(`- ${t.participants}: ${r.attendance.participants}`);
  line(`- ${t.checkedIn}: ${r.attendance.checkedIn}`);
  line();
  if (r.attendance.byGroup.length > 0) {
    line(`### ${t.byGroup}`);
    line();
    for (const g of r.attendance.byGroup) line(`- ${g.label}: ${g.count}`);
    line();
  }
  if (r.sandwiches !== null) {
    const lunch = r.sandwiches;
    line(`### ${t.sandwiches}`);
    line();
    line(`- ${t.sandwichCount}: ${lunch.count}`);
    if (lunch.names.length > 0) line(`- ${t.sandwichFor}: ${lunch.names.map(mdText).join(', ')}`);
    if (lunch.unnamed > 0) line(`- ${t.sandwichUnnamed}: ${lunch.unnamed}`);
    line();
  }
  const door = doorLines(r);
  if (door.length > 0) {
    line(`### ${t.door}`);
    line();
    for (const d of door) line(`- ${d.label}: ${d.count}`);
    line();
  }
  line(`### ${t.perTable}`);
  line();
  line(`| ${t.table} | ${r.attendance.perTable.map((p) => `${t.round} ${p.round}`).join(' | ')} |`);
  line(`| --- |${r.attendance.perTable.map(() => ' --- |').join('')}`);
  for (const [i, table] of r.tables.entries()) {
    line(
      `| ${mdText(table.title)} | ${r.attendance.perTable.map((p) => String(p.counts[i]?.count ?? 0)).join(' | ')} |`,
    );
  }
  line();
  recommendationsSection(r, line);
  line(`## ${t.tables}`);
  line();
  for (const table of r.tables) {
    line(`### ${mdText(table.title)}`);
    line();
    if (table.keyQuestion !== '') line(`**${t.keyQuestion}:** ${mdText(table.keyQuestion)}`);
    if (table.host !== null) line(`**${t.host}:** ${mdText(table.host)}`);
    line();
    line(`#### ${t.summary}`);
    line();
    line(table.summary === null ? `_${t.noSummary}_` : mdText(table.summary));
    line();
    if (table.highlights.length > 0) {
      line(`#### ${t.highlights}`);
      line();
      for (const c of table.highlights) line(`- **${mdText(c.text)}** — ${counted(r, t.dots, c.dots)}`);
      line();
    }
    line(`#### ${t.allCards}`);
    line();
    if (table.rounds.length === 0) line(`_${t.noCards}_`);
    for (const group of table.rounds) {
      line(`##### ${roundLabel(r, group.round)}`);
      line();
      for (const c of group.cards) line(cardLine(r, c));
      line();
    }
    line();
  }
  themesSection(r, line);
  line(`## ${t.vote}`);
  line();
  if (r.vote.length === 0) line(`_${r.themes.dotsOn === 'themes' ? t.voteOnThemes : t.noVotes}_`);
  for (const [i, v] of r.vote.entries())
    line(`${i + 1}. ${mdText(v.card.text)} (${mdText(v.tableTitle)}) — ${counted(r, t.dots, v.card.dots)}`);
  line();
  if (r.questionsBeforehand.length > 0) {
    line(`## ${t.questionsBeforehand}`);
    line();
    line(t.beforehandIntro);
    line();
    questionGroups(r, r.questionsBeforehand, t.notAnsweredYet, line);
  }
  line(`## ${t.questions}`);
  line();
  if (r.questions.length === 0) line(`_${t.noQuestions}_`);
  questionGroups(r, r.questions, t.noAnswer, line);
  line(`## ${t.workingGroups}`);
  line();
  for (const g of r.workingGroups) {
    line(`### ${mdText(g.title)}`);
    line();
    if (g.description !== '') line(mdText(g.description));
    line(counted(r, t.signups, g.signups));
    line();
    if (g.contacts !== null) {
      line(`#### ${t.contacts}`);
      line();
      if (g.contacts.length === 0) line(`_${t.noContacts}_`);
      for (const c of g.contacts)
        line(
          `- ${mdText(c.name ?? t.anonymous)}: ${[c.email, c.phone]
            .filter((x) => x !== null)
            .map(mdText)
            .join(', ')}`,
        );
      line();
    }
  }
  line(`## ${t.openFollowUps}`);
  line();
  if (r.openFollowUps.length === 0) line(`_${t.noOpenFollowUps}_`);
  for (const q of r.openFollowUps) line(`- ${mdText(q.text)} (${t.questionStatus[q.status]})`);
  line();
  return out.join('\n');
}

function recommendationsSection(r: Report, line: (s?: string) => void): void {
  const t = r.texts;
  if (r.recommendations.length === 0) return;
  line(`## ${t.recommendations}`);
  line();
  line(t.recommendationsIntro);
  line();
  line(`| ${t.recommendationColumn} | ${t.owner} | ${t.due} | ${t.table} |`);
  line('| --- | --- | --- | --- |');
  for (const { card, tableTitle, dueText } of r.recommendations)
    line(
      `| ${mdText(card.text)} | ${card.owner === null ? `_${t.noOwner}_` : mdText(card.owner)} | ${dueText ?? `_${t.noDue}_`} | ${mdText(tableTitle)} |`,
    );
  line();
}

/** Questions by category, each with its status and its answer (or `noAnswer`). */
function questionGroups(r: Report, groups: Report['questions'], noAnswer: string, line: (s?: string) => void): void {
  const t = r.texts;
  for (const cat of groups) {
    line(`### ${mdText(cat.label)}`);
    line();
    for (const q of cat.questions) {
      const times = q.duplicateIds.length > 0 ? ` (${counted(r, t.askedTimes, q.duplicateIds.length + 1)})` : '';
      line(`- **${mdText(q.text)}**${times} — ${t.status}: ${t.questionStatus[q.status]}`);
      line(`  ${t.answer}: ${q.answer === null ? `_${noAnswer}_` : mdText(q.answer)}`);
    }
    line();
  }
}

function themesSection(r: Report, line: (s?: string) => void): void {
  const t = r.texts;
  line(`## ${t.themes}`);
  line();
  if (r.themes.list.length === 0) {
    line(`_${t.noThemes}_`);
    line();
    return;
  }
  for (const s of themesIntro(r)) {
    line(s);
    line();
  }
  const voters = votersLine(r);
  if (voters !== null) {
    line(`**${t.votersByGroup}:** ${voters}`);
    line();
  }
  for (const theme of r.themes.list) {
    const dots = r.themes.dotsOn === null ? '' : ` — ${counted(r, t.dots, theme.dots)}`;
    line(`### ${mdText(theme.label)}${dots}`);
    line();
    const differs = differsLine(r, theme);
    if (differs !== null) {
      line(`**${t.differs}.** ${differs}`);
      line();
    }
    line(`**${t.fromTables}:** ${mdText(tablesLine(theme))}`);
    line();
    if (theme.byGroup.length > 0) {
      line(`| ${t.groupColumn} | ${t.dotsColumn} | ${t.shareColumn} |`);
      line('| --- | --- | --- |');
      for (const g of theme.byGroup) line(`| ${g.label} | ${g.dots} | ${percent(g.share)} |`);
      line();
    }
    for (const c of theme.cards) {
      const extra = [
        mdText(c.tableTitle),
        ...(c.dots > 0 ? [counted(r, t.dots, c.dots)] : []),
        ...(c.merged > 0 ? [`+${c.merged} ${t.similar}`] : []),
      ];
      line(`- ${mdText(c.text)} _(${extra.join(', ')})_`);
    }
    line();
  }
}
