import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/model/session';
import { buildReport, reportHtml, reportMarkdown } from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { clockText, eveningPlan } from '../../../shared/rules/schedule';
import { docxParagraphs } from './docx-text';
import { referenceEvening } from './evening';

/**
 * The report's programme: the planned times of the one plan the cockpit and the projector show
 * (shared/rules/schedule.ts), so a phase has the same planned time everywhere.
 */
const { state } = referenceEvening();
const MIN = 60_000;

/** The same evening with every phase started `byMin` minutes earlier (a rehearsal in the afternoon). */
function earlier(byMin: number): SessionState {
  const s = structuredClone(state);
  s.phaseLog = s.phaseLog.map((run) => ({ ...run, startedAt: run.startedAt - byMin * MIN }));
  return s;
}

/** The same evening without the short break before round 1 ever held. */
function withoutFirstBreak(): SessionState {
  const s = structuredClone(state);
  s.phaseLog = s.phaseLog.filter((run) => run.phaseId !== 'break-1');
  return s;
}

describe('the report programme', () => {
  it.each([
    [
      'as written, with the real starts',
      state,
      ['18:30', '19:00', '19:30', '19:40', '20:25', '21:10', '21:15', '21:30'],
      ['18:30', '19:01', '19:33', '19:42', '20:27', '21:12', '21:17', '21:32'],
      null,
    ],
    [
      'a rehearsal 268 minutes early: the plan moved with it, said once',
      earlier(268),
      ['14:02', '14:32', '15:02', '15:12', '15:57', '16:42', '16:47', '17:02'],
      ['14:02', '14:33', '15:05', '15:14', '15:59', '16:44', '16:49', '17:04'],
      { planned: '18:30', started: '14:02' },
    ],
    [
      'a skipped break: not held',
      withoutFirstBreak(),
      ['18:30', '19:00', '19:30', '19:40', '20:25', '21:10', '21:15', '21:30'],
      ['18:30', '19:01', null, '19:42', '20:27', '21:12', '21:17', '21:32'],
      null,
    ],
  ] as const)('%s', (_what, s, planned, actual, moved) => {
    const r = buildReport(s, 'public');
    expect(r.agenda.map((p) => p.plannedStart)).toEqual(planned);
    expect(r.agenda.map((p) => p.actualStart)).toEqual(actual);
    expect(r.agendaMoved).toEqual(moved);
    // The very times the cockpit and the projector read from the plan.
    expect(r.agenda.map((p) => p.plannedStart)).toEqual(
      eveningPlan(s).phases.map((p) => clockText(p.plannedStart, 'nl')),
    );
  });

  it('a moved plan is said once, in every format and both languages', async () => {
    const s = earlier(268);
    for (const [language, line] of [
      ['nl', 'De avond begon om 14:02 in plaats van om 18:30.'],
      ['en', 'The evening started at 14:02 instead of 18:30.'],
    ] as const) {
      const r = buildReport(s, 'internal', { language });
      const docx = docxParagraphs(await reportDocx(r))
        .map((p) => p.text)
        .join('\n');
      for (const [format, out] of Object.entries({ md: reportMarkdown(r), html: reportHtml(r), docx }))
        expect(out.split(line).length - 1, `${language} ${format}`).toBe(1);
    }
    expect(reportMarkdown(buildReport(state, 'internal'))).not.toContain('in plaats van');
  });
});
