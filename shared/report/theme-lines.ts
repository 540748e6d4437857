import { MIN_GROUP_VOTERS } from '../rules/vote-results';
import type { Report } from './model';
import { percent, type ReportTheme } from './themes';

/** The themes section's sentences, the same in every format. */

/** What the dots were on, and how the groups are counted: one sentence each, nothing without a vote. */
export function themesIntro(r: Report): string[] {
  const t = r.texts;
  const th = r.themes;
  if (th.dotsOn === null || th.list.length === 0) return [];
  const on = th.dotsOn === 'themes' ? t.themesDotsOnThemes : t.themesDotsOnHighlights;
  return [on, th.groups.length === 0 ? t.noGroupSplit : t.groupsFolded.replace('{min}', String(MIN_GROUP_VOTERS))];
}

/** "bewoners 7, professionals 4", or null without a split. */
export function votersLine(r: Report): string | null {
  const groups = r.themes.groups;
  return groups.length === 0 ? null : groups.map((g) => `${g.label} ${g.voters}`).join(', ');
}

/** "Wijkhub (2), Wijkstem (1)". */
export function tablesLine(theme: ReportTheme): string {
  return theme.tables.map((t) => `${t.title} (${t.cards})`).join(', ');
}

/** "Deel van hun stippen: bewoners 40%, gemeente 5%.", or null when this theme is not marked. */
export function differsLine(r: Report, theme: ReportTheme): string | null {
  const d = theme.differs;
  if (d === null) return null;
  const share = (g: string) => percent(theme.byGroup.find((x) => x.group === g)?.share ?? 0);
  return r.texts.differsText
    .replace('{most}', d.mostLabel)
    .replace('{mostShare}', share(d.most))
    .replace('{least}', d.leastLabel)
    .replace('{leastShare}', share(d.least));
}
