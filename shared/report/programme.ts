import type { Language, ProgrammeLink, SessionState } from '../model/session';
import type { PluralForms } from '../plural';
import { buildReport, type Report, type ReportVersion } from './model';
import { REPORT_TEXTS, type ReportTexts } from './texts';

/**
 * The programme report (the "gereedschapskist"): every session of a series in one document,
 * oldest first, each as a part built by the session report's own model. So what the public
 * version holds is decided once, in model.ts: counts and public answers, no names, no contacts.
 *
 * A session that is no longer kept (deleted by its facilitator or by retention) stays in the
 * list as a numbered part with nothing in it: the numbers keep matching "Bijeenkomst 2 van …".
 */
export type ProgrammePart =
  | { number: number; sessionId: string; kept: true; report: Report }
  | { number: number; sessionId: string; kept: false };

export type ProgrammeTexts = {
  toolbox: string;
  /** "Bijeenkomst {number}: {title}" */
  part: string;
  /** "Bijeenkomst {number}" for a session no longer kept. */
  partGone: string;
  gone: string;
  sessions: PluralForms;
  /** The CSV's first column. */
  sessionColumn: string;
};

const PROGRAMME_TEXTS: Record<Language, ProgrammeTexts> = {
  nl: {
    toolbox: 'Gereedschapskist van de reeks',
    part: 'Bijeenkomst {number}: {title}',
    partGone: 'Bijeenkomst {number}',
    gone: 'Deze bijeenkomst is niet meer bewaard: ze is gewist. Er staat daarom niets van in dit verslag.',
    sessions: { one: '{count} bijeenkomst', other: '{count} bijeenkomsten' },
    sessionColumn: 'bijeenkomst',
  },
  en: {
    toolbox: 'Toolbox of the series',
    part: 'Meeting {number}: {title}',
    partGone: 'Meeting {number}',
    gone: 'This meeting is no longer kept: it was deleted. So nothing of it is in this report.',
    sessions: { one: '{count} meeting', other: '{count} meetings' },
    sessionColumn: 'meeting',
  },
};

export type ProgrammeReport = {
  version: ReportVersion;
  language: Language;
  texts: ReportTexts;
  programmeTexts: ProgrammeTexts;
  programmeId: string;
  title: string;
  parts: ProgrammePart[];
};

/**
 * `sessions` holds the programme's sessions in order, `programme.sessionIds` and then the
 * session asking (the latest), each its state or null when it is no longer kept.
 */
export function buildProgrammeReport(
  programme: ProgrammeLink,
  sessions: { sessionId: string; state: SessionState | null }[],
  version: ReportVersion,
  options: { language: Language; timeZone?: string },
): ProgrammeReport {
  const { language } = options;
  return {
    version,
    language,
    texts: REPORT_TEXTS[language],
    programmeTexts: PROGRAMME_TEXTS[language],
    programmeId: programme.id,
    title: programme.title,
    parts: sessions.map(({ sessionId, state }, i) =>
      state === null
        ? { number: i + 1, sessionId, kept: false }
        : { number: i + 1, sessionId, kept: true, report: buildReport(state, version, options) },
    ),
  };
}

/** The heading of a part: "Bijeenkomst 2: Buurtavond Oost", or "Bijeenkomst 2" when it is gone. */
export function partTitle(p: ProgrammeReport, part: ProgrammePart): string {
  const x = p.programmeTexts;
  return part.kept
    ? x.part.replace('{number}', String(part.number)).replace('{title}', part.report.title)
    : x.partGone.replace('{number}', String(part.number));
}

/** The JSON download: the model without its words, as the session archive leaves them out too. */
export function programmeJson(p: ProgrammeReport): string {
  const parts = p.parts.map((part) => {
    if (!part.kept) return { number: part.number, sessionId: part.sessionId, kept: false };
    const { texts: _texts, ...report } = part.report;
    return { number: part.number, sessionId: part.sessionId, kept: true, report };
  });
  const body = {
    format: 'tafelronde-programme',
    formatVersion: 1,
    version: p.version,
    language: p.language,
    programmeId: p.programmeId,
    title: p.title,
    parts,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
