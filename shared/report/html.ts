import { agendaMovedText, doorLines, type Report, type ReportCard, type ReportPart, roundLabel } from './model';
import { counted } from './texts';
import { differsLine, tablesLine, themesIntro, votersLine } from './theme-lines';
import { percent } from './themes';

/**
 * A printable page: open it in a browser and print to PDF. A4 with readable margins; every
 * theme table starts on a new page, so a table's host can be handed their own pages. The
 * same page is readable on screen (a phone, too).
 */

export function esc(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/** Exported for the app's Content-Security-Policy, which allows exactly this <style> (server/http/security-headers.ts). */
export const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #1f4e79; padding-bottom: .15rem; color: #1f4e79; }
h3 { font-size: 12.5pt; margin: 1.1rem 0 .35rem; }
h4, h5 { font-size: 11pt; margin: .9rem 0 .3rem; }
.part { break-before: page; }
p, li { overflow-wrap: anywhere; }
ul, ol { padding-left: 1.3rem; margin: .3rem 0 .6rem; }
li { margin: .15rem 0; }
.version { display: inline-block; padding: .15rem .5rem; border: 1px solid #1f4e79; border-radius: 4px; color: #1f4e79; font-weight: 600; }
.version.internal { border-color: #8a1c1c; color: #8a1c1c; }
.meta { color: #333; margin: .4rem 0 0; }
.muted { color: #555; }
.kind { color: #555; font-size: 9.5pt; }
.dots { font-weight: 600; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: 10pt; }
th, td { border: 1px solid #999; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.num, th.num { text-align: right; }
.answer { margin: .1rem 0 .5rem; padding-left: .6rem; border-left: 3px solid #1f4e79; }
.table-section { break-before: page; }
.theme { break-inside: avoid-page; }
.differs { margin: .3rem 0 .5rem; padding: .2rem .6rem; border-left: 4px solid #8a4b00; background: #fff6eb; }
h2, h3, h4, h5 { break-after: avoid; }
li, tr, .answer { break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

function card(r: Report, c: ReportCard): string {
  const extra = [
    ...(c.dots > 0 ? [`<span class="dots">${esc(counted(r, r.texts.dots, c.dots))}</span>`] : []),
    ...(c.merged > 0 ? [`+${c.merged} ${esc(r.texts.similar)}`] : []),
    ...c.tags.map((t) => `#${esc(t)}`),
  ];
  return `<li>${esc(c.text)} <span class="kind">(${esc(r.texts.kind[c.kind])}${extra.length > 0 ? `, ${extra.join(', ')}` : ''})</span></li>`;
}

function recommendationsSection(r: Report): string {
  const t = r.texts;
  if (r.recommendations.length === 0) return '';
  const rows = r.recommendations.map(
    ({ card, tableTitle, dueText }) =>
      `<tr><td>${esc(card.text)}</td><td>${card.owner === null ? `<span class="muted">${esc(t.noOwner)}</span>` : esc(card.owner)}</td><td>${card.due === null || dueText === null ? `<span class="muted">${esc(t.noDue)}</span>` : `<time datetime="${esc(card.due)}">${esc(dueText)}</time>`}</td><td>${esc(tableTitle)}</td></tr>`,
  );
  return `<section class="recommendations"><h2>${esc(t.recommendations)}</h2><p>${esc(t.recommendationsIntro)}</p><table><thead><tr><th scope="col">${esc(t.recommendationColumn)}</th><th scope="col">${esc(t.owner)}</th><th scope="col">${esc(t.due)}</th><th scope="col">${esc(t.table)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** A whole page around a body: the head with the print style, the body in <main>. */
export function htmlPage(language: string, title: string, body: string): string {
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(title)}</title><style>${CSS}</style></head><body><main>`,
    body,
    `</main></body></html>`,
  ].join('\n');
}

/** The version badge: public, or internal in red. */
export function versionBadge(r: { version: Report['version']; texts: Report['texts'] }): string {
  const t = r.texts;
  return `<p><span class="version ${r.version}">${esc(r.version === 'public' ? t.publicVersion : t.internalVersion)}</span></p>`;
}

export function reportHtml(r: Report): string {
  return htmlPage(r.language, `${r.texts.report}: ${r.title}`, reportHtmlBody(r));
}

/**
 * The report's sections; with `part`, as one session of a programme report: headings `depth`
 * levels deeper, headed by `part.title`, without the version the programme states once. People's
 * text is escaped (no "<" survives esc), so every "<hN" in the output is one of ours to shift.
 */
export function reportHtmlBody(r: Report, part?: ReportPart): string {
  const t = r.texts;
  const h: string[] = [];
  h.push(`<header><h1>${esc(part?.title ?? r.title)}</h1>`);
  if (part === undefined) h.push(versionBadge(r));
  h.push(
    `<p class="meta">${esc(t.date)}: ${esc(r.dateText ?? t.noDate)}${r.venue !== '' ? ` · ${esc(t.venue)}: ${esc(r.venue)}` : ''}</p></header>`,
  );
  if (r.goals.length > 0)
    h.push(`<section><h2>${esc(t.goals)}</h2><ul>${r.goals.map((g) => `<li>${esc(g)}</li>`).join('')}</ul></section>`);

  const moved = agendaMovedText(r);
  h.push(
    `<section><h2>${esc(t.agenda)}</h2>${moved === null ? '' : `<p>${esc(moved)}</p>`}<table><thead><tr><th scope="col">${esc(t.phase)}</th><th scope="col">${esc(t.planned)}</th><th scope="col">${esc(t.actual)}</th></tr></thead><tbody>`,
  );
  for (const p of r.agenda)
    h.push(
      `<tr><td>${esc(p.title)}</td><td>${p.plannedStart}</td><td>${p.actualStart ?? `<span class="muted">${esc(t.notHeld)}</span>`}</td></tr>`,
    );
  h.push(`</tbody></table></section>`);

  const a = r.attendance;
  h.push(
    `<section><h2>${esc(t.attendance)}</h2><ul><li>${esc(t.participants)}: ${a.participants}</li><li>${esc(t.checkedIn)}: ${a.checkedIn}</li></ul>`,
  );
  if (a.byGroup.length > 0) {
    h.push(
      `<h3>${esc(t.byGroup)}</h3><table><thead><tr><th scope="col">${esc(t.groupColumn)}</th><th scope="col" class="num">${esc(t.count)}</th></tr></thead><tbody>`,
    );
    for (const g of a.byGroup) h.push(`<tr><td>${esc(g.label)}</td><td class="num">${g.count}</td></tr>`);
    h.push(`</tbody></table>`);
  }
  if (r.sandwiches !== null) {
    const lunch = r.sandwiches;
    h.push(`<h3>${esc(t.sandwiches)}</h3><ul><li>${esc(t.sandwichCount)}: ${lunch.count}</li>`);
    if (lunch.names.length > 0) h.push(`<li>${esc(t.sandwichFor)}: ${lunch.names.map((n) => esc(n)).join(', ')}</li>`);
    if (lunch.unnamed > 0) h.push(`<li>${esc(t.sandwichUnnamed)}: ${lunch.unnamed}</li>`);
    h.push(`</ul>`);
  }
  const door = doorLines(r);
  if (door.length > 0) {
    h.push(`<h3>${esc(t.door)}</h3><ul>`);
    for (const d of door) h.push(`<li>${esc(d.label)}: ${d.count}</li>`);
    h.push(`</ul>`);
  }
  h.push(
    `<h3>${esc(t.perTable)}</h3><table><thead><tr><th scope="col">${esc(t.table)}</th>${a.perTable.map((p) => `<th scope="col" class="num">${esc(t.round)} ${p.round}</th>`).join('')}</tr></thead><tbody>`,
  );
  for (const [i, table] of r.tables.entries()) {
    h.push(
      `<tr><th scope="row">${esc(table.title)}</th>${a.perTable.map((p) => `<td class="num">${p.counts[i]?.count ?? 0}</td>`).join('')}</tr>`,
    );
  }
  h.push(`</tbody></table></section>`);

  h.push(recommendationsSection(r));

  for (const table of r.tables) {
    h.push(`<section class="table-section"><h2>${esc(t.table)}: ${esc(table.title)}</h2>`);
    if (table.keyQuestion !== '') h.push(`<p><strong>${esc(t.keyQuestion)}:</strong> ${esc(table.keyQuestion)}</p>`);
    if (table.host !== null) h.push(`<p><strong>${esc(t.host)}:</strong> ${esc(table.host)}</p>`);
    h.push(
      `<h3>${esc(t.summary)}</h3><p>${table.summary === null ? `<span class="muted">${esc(t.noSummary)}</span>` : esc(table.summary)}</p>`,
    );
    if (table.highlights.length > 0) {
      h.push(
        `<h3>${esc(t.highlights)}</h3><ul>${table.highlights.map((c) => `<li><strong>${esc(c.text)}</strong> — <span class="dots">${esc(counted(r, t.dots, c.dots))}</span></li>`).join('')}</ul>`,
      );
    }
    h.push(`<h3>${esc(t.allCards)}</h3>`);
    if (table.rounds.length === 0) h.push(`<p class="muted">${esc(t.noCards)}</p>`);
    for (const group of table.rounds)
      h.push(`<h4>${esc(roundLabel(r, group.round))}</h4><ul>${group.cards.map((c) => card(r, c)).join('')}</ul>`);
    h.push(`</section>`);
  }

  h.push(themesSection(r));

  h.push(`<section class="table-section"><h2>${esc(t.vote)}</h2>`);
  if (r.vote.length === 0)
    h.push(`<p class="muted">${esc(r.themes.dotsOn === 'themes' ? t.voteOnThemes : t.noVotes)}</p>`);
  else {
    h.push(
      `<table><thead><tr><th scope="col">#</th><th scope="col">${esc(t.cardColumn)}</th><th scope="col">${esc(t.table)}</th><th scope="col" class="num">${esc(t.dotsColumn)}</th></tr></thead><tbody>`,
    );
    for (const [i, v] of r.vote.entries())
      h.push(
        `<tr><td class="num">${i + 1}</td><td>${esc(v.card.text)}</td><td>${esc(v.tableTitle)}</td><td class="num">${v.card.dots}</td></tr>`,
      );
    h.push(`</tbody></table>`);
  }
  h.push(`</section>`);

  if (r.questionsBeforehand.length > 0) {
    h.push(`<section><h2>${esc(t.questionsBeforehand)}</h2><p>${esc(t.beforehandIntro)}</p>`);
    h.push(...questionGroups(r, r.questionsBeforehand, t.notAnsweredYet));
    h.push(`</section>`);
  }
  h.push(`<section><h2>${esc(t.questions)}</h2>`);
  if (r.questions.length === 0) h.push(`<p class="muted">${esc(t.noQuestions)}</p>`);
  h.push(...questionGroups(r, r.questions, t.noAnswer));
  h.push(`</section>`);

  h.push(`<section><h2>${esc(t.workingGroups)}</h2>`);
  for (const g of r.workingGroups) {
    h.push(
      `<h3>${esc(g.title)}</h3>${g.description !== '' ? `<p>${esc(g.description)}</p>` : ''}<p>${esc(counted(r, t.signups, g.signups))}</p>`,
    );
    if (g.contacts !== null) {
      h.push(`<h4>${esc(t.contacts)}</h4>`);
      if (g.contacts.length === 0) h.push(`<p class="muted">${esc(t.noContacts)}</p>`);
      else
        h.push(
          `<ul>${g.contacts
            .map(
              (c) =>
                `<li>${esc(c.name ?? t.anonymous)}: ${[c.email, c.phone]
                  .filter((x) => x !== null)
                  .map((x) => esc(x))
                  .join(', ')}</li>`,
            )
            .join('')}</ul>`,
        );
    }
  }
  h.push(`</section>`);

  h.push(`<section><h2>${esc(t.openFollowUps)}</h2>`);
  if (r.openFollowUps.length === 0) h.push(`<p class="muted">${esc(t.noOpenFollowUps)}</p>`);
  else
    h.push(
      `<ul>${r.openFollowUps.map((q) => `<li>${esc(q.text)} <span class="kind">(${esc(t.questionStatus[q.status])})</span></li>`).join('')}</ul>`,
    );
  h.push(`</section>`);
  const body = h.join('\n');
  const depth = part?.depth ?? 0;
  return depth === 0
    ? body
    : body.replace(/<(\/?)h([1-6])\b/g, (_, close: string, n: string) => `<${close}h${Math.min(6, Number(n) + depth)}`);
}

function themesSection(r: Report): string {
  const t = r.texts;
  // Themes get a page of their own, like a table; "no themes" is one line, not an empty page.
  const page = r.themes.list.length === 0 ? '' : ' class="table-section"';
  const h: string[] = [`<section${page}><h2>${esc(t.themes)}</h2>`];
  if (r.themes.list.length === 0) h.push(`<p class="muted">${esc(t.noThemes)}</p>`);
  else {
    for (const s of themesIntro(r)) h.push(`<p>${esc(s)}</p>`);
    const voters = votersLine(r);
    if (voters !== null) h.push(`<p><strong>${esc(t.votersByGroup)}:</strong> ${esc(voters)}</p>`);
  }
  for (const theme of r.themes.list) {
    const dots = r.themes.dotsOn === null ? '' : ` — <span class="dots">${esc(counted(r, t.dots, theme.dots))}</span>`;
    h.push(`<div class="theme"><h3>${esc(theme.label)}${dots}</h3>`);
    const differs = differsLine(r, theme);
    if (differs !== null) h.push(`<p class="differs"><strong>${esc(t.differs)}.</strong> ${esc(differs)}</p>`);
    h.push(`<p><strong>${esc(t.fromTables)}:</strong> ${esc(tablesLine(theme))}</p>`);
    if (theme.byGroup.length > 0) {
      h.push(
        `<table><thead><tr><th scope="col">${esc(t.groupColumn)}</th><th scope="col" class="num">${esc(t.dotsColumn)}</th><th scope="col" class="num">${esc(t.shareColumn)}</th></tr></thead><tbody>`,
      );
      for (const g of theme.byGroup)
        h.push(
          `<tr><th scope="row">${esc(g.label)}</th><td class="num">${g.dots}</td><td class="num">${percent(g.share)}</td></tr>`,
        );
      h.push(`</tbody></table>`);
    }
    h.push(`<h4>${esc(t.themeCards)}</h4><ul>`);
    for (const c of theme.cards) {
      const extra = [
        esc(c.tableTitle),
        ...(c.dots > 0 ? [`<span class="dots">${esc(counted(r, t.dots, c.dots))}</span>`] : []),
        ...(c.merged > 0 ? [`+${c.merged} ${esc(t.similar)}`] : []),
      ];
      h.push(`<li>${esc(c.text)} <span class="kind">(${extra.join(', ')})</span></li>`);
    }
    h.push(`</ul></div>`);
  }
  h.push(`</section>`);
  return h.join('\n');
}

/** Questions by category, each with its status and its answer (or `noAnswer`). */
function questionGroups(r: Report, groups: Report['questions'], noAnswer: string): string[] {
  const t = r.texts;
  const h: string[] = [];
  for (const cat of groups) {
    h.push(`<h3>${esc(cat.label)}</h3><ul>`);
    for (const q of cat.questions) {
      const times =
        q.duplicateIds.length > 0
          ? ` <span class="muted">(${esc(counted(r, t.askedTimes, q.duplicateIds.length + 1))})</span>`
          : '';
      h.push(
        `<li><strong>${esc(q.text)}</strong>${times} <span class="kind">${esc(t.status)}: ${esc(t.questionStatus[q.status])}</span>`,
      );
      h.push(
        `<p class="answer">${esc(t.answer)}: ${q.answer === null ? `<span class="muted">${esc(noAnswer)}</span>` : esc(q.answer)}</p></li>`,
      );
    }
    h.push(`</ul>`);
  }
  return h;
}
