import type { Language, Registration, SessionState } from '../../shared/model/session';
import { clockText, dayText, eveningPlan, VENUE_TIME_ZONE } from '../../shared/rules/schedule';
import { personalLink } from '../session/registrations';

/**
 * The three messages a registered person gets (docs/registrations.md, "E-mail"), in the language
 * they chose, at B1 level. Pure: the session, the person and the server's public address in, the
 * subject and the text out, so every case is a line in a table test.
 */

export type Message = { subject: string; text: string };

/** What every message is written from. `baseUrl` is the server's public origin (PUBLIC_URL). */
export type MailContext = {
  state: Pick<
    SessionState,
    | 'title'
    | 'date'
    | 'venue'
    | 'agenda'
    | 'joinCode'
    | 'phaseLog'
    | 'status'
    | 'currentPhaseId'
    | 'createdAt'
    | 'questions'
  >;
  baseUrl: string;
  timeZone?: string;
};

type Person = Pick<Registration, 'name' | 'language' | 'status' | 'participantId'>;

/** One answered question of theirs, as the follow-up mail lists it. */
export type AnsweredQuestion = { question: string; answer: string };

const WORDS = {
  nl: {
    dear: (name: string) => `Hallo ${name},`,
    when: 'Wanneer',
    where: 'Waar',
    noDate: 'de datum volgt nog',
    at: (time: string) => `${time} uur`,
    regards: 'Met vriendelijke groet,\nde organisatie',
    confirmedSubject: (title: string) => `Aangemeld: ${title}`,
    waitingSubject: (title: string) => `Op de wachtlijst: ${title}`,
    confirmed: (title: string) => `Je bent aangemeld voor ${title}. Fijn dat je komt!`,
    waiting: (title: string) =>
      `Je staat op de wachtlijst voor ${title}. Alle plaatsen zijn nu bezet. Komt er een plaats vrij, dan krijg je die op volgorde van aanmelden.`,
    link: 'Je persoonlijke link. Open die op de avond op je telefoon, dan ben je meteen binnen:',
    code: (code: string) => `Of typ je code: ${code}`,
    calendar: 'Zet de avond in je agenda:',
    cancel: 'Kun je toch niet komen? Open je persoonlijke link en meld je af. Dan kan iemand anders je plaats krijgen.',
    reminderSubject: (title: string) => `Morgen: ${title}`,
    reminder: (title: string) => `Morgen is ${title}. We zien je graag!`,
    followupSubject: (title: string) => `Terugkoppeling: ${title}`,
    followup: (title: string) => `Dank je wel dat je meedeed aan ${title}. Hier lees je wat er met je inbreng gebeurt.`,
    yourAnswers: 'Je vragen en de antwoorden:',
    question: 'Vraag',
    answer: 'Antwoord',
    report: 'Het verslag van de avond en alle antwoorden staan hier:',
    why: 'Je krijgt deze e-mail omdat je bij je aanmelding vroeg om de terugkoppeling.',
  },
  en: {
    dear: (name: string) => `Dear ${name},`,
    when: 'When',
    where: 'Where',
    noDate: 'the date will follow',
    at: (time: string) => time,
    regards: 'Kind regards,\nthe organisers',
    confirmedSubject: (title: string) => `Signed up: ${title}`,
    waitingSubject: (title: string) => `On the waiting list: ${title}`,
    confirmed: (title: string) => `You are signed up for ${title}. We are glad you are coming!`,
    waiting: (title: string) =>
      `You are on the waiting list for ${title}. All places are taken now. When a place comes free, you get it in the order people signed up.`,
    link: 'Your personal link. Open it on your phone on the evening and you are in at once:',
    code: (code: string) => `Or type your code: ${code}`,
    calendar: 'Put the evening in your calendar:',
    cancel: 'Can you not come after all? Open your personal link and cancel. Then someone else can have your place.',
    reminderSubject: (title: string) => `Tomorrow: ${title}`,
    reminder: (title: string) => `Tomorrow is ${title}. We look forward to seeing you!`,
    followupSubject: (title: string) => `Follow-up: ${title}`,
    followup: (title: string) =>
      `Thank you for taking part in ${title}. Here you can read what happens with your input.`,
    yourAnswers: 'Your questions and the answers:',
    question: 'Question',
    answer: 'Answer',
    report: 'The report of the evening and all the answers are here:',
    why: 'You get this e-mail because you asked for the follow-up when you signed up.',
  },
} satisfies Record<Language, unknown>;

/** "vrijdag 12 maart 2027, 19:30 uur": the session's date and the start of its first phase, in the venue's zone. */
export function whenText(ctx: MailContext, language: Language): string {
  const w = WORDS[language];
  if (ctx.state.date === null) return w.noDate;
  const first = eveningPlan(ctx.state).phases[0];
  const day = dayText(ctx.state.date, language);
  if (first === undefined) return day;
  return `${day}, ${w.at(clockText(first.plannedStart, language, ctx.timeZone ?? VENUE_TIME_ZONE))}`;
}

function details(ctx: MailContext, language: Language): string[] {
  const w = WORDS[language];
  const lines = [`${w.when}: ${whenText(ctx, language)}`];
  if (ctx.state.venue.trim() !== '') lines.push(`${w.where}: ${ctx.state.venue}`);
  return lines;
}

function personal(ctx: MailContext, language: Language, code: string): string[] {
  const w = WORDS[language];
  return [w.link, `${ctx.baseUrl}${personalLink(code)}`, w.code(code)];
}

const paragraphs = (...blocks: string[][]): string => `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;

/** After signing up: registered or on the waiting list, when and where, their link, the calendar file, how to cancel. */
export function confirmationMessage(ctx: MailContext, person: Person, code: string): Message {
  const w = WORDS[person.language];
  const title = ctx.state.title;
  const waiting = person.status === 'waiting';
  return {
    subject: waiting ? w.waitingSubject(title) : w.confirmedSubject(title),
    text: paragraphs(
      [w.dear(person.name)],
      [waiting ? w.waiting(title) : w.confirmed(title)],
      details(ctx, person.language),
      personal(ctx, person.language, code),
      [w.calendar, `${ctx.baseUrl}/api/signup/${encodeURIComponent(ctx.state.joinCode)}/calendar.ics`],
      [w.cancel],
      [w.regards],
    ),
  };
}

/** The day before: tomorrow, when and where, their link. */
export function reminderMessage(ctx: MailContext, person: Person, code: string): Message {
  const w = WORDS[person.language];
  return {
    subject: w.reminderSubject(ctx.state.title),
    text: paragraphs(
      [w.dear(person.name)],
      [w.reminder(ctx.state.title)],
      details(ctx, person.language),
      personal(ctx, person.language, code),
      [w.cancel],
      [w.regards],
    ),
  };
}

/**
 * The published answers to the questions this person asked: their own questions (by the
 * participant their registration reserved), or the question theirs was merged into, once it is
 * answered and not hidden. In the order they asked.
 */
export function answersFor(state: Pick<SessionState, 'questions'>, participantId: string): AnsweredQuestion[] {
  const found: AnsweredQuestion[] = [];
  const mine = Object.values(state.questions)
    .filter((q) => q.authorId === participantId && !q.hidden)
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  for (const q of mine) {
    let holder = q;
    // A merged question's answer is the one it was merged into; a chain ends (ids are unique).
    for (let hops = 0; holder.mergedInto !== null && hops < 10; hops++) {
      const next = state.questions[holder.mergedInto];
      if (next === undefined) break;
      holder = next;
    }
    if (holder.status === 'answered' && !holder.hidden && holder.answer !== null && holder.answer.trim() !== '')
      found.push({ question: q.text, answer: holder.answer });
  }
  return found;
}

/** After the evening, once published: the answers to their questions and the public follow-up page. */
export function followupMessage(ctx: MailContext, person: Person): Message {
  const w = WORDS[person.language];
  const answers = answersFor(ctx.state, person.participantId);
  const blocks: string[][] = [[w.dear(person.name)], [w.followup(ctx.state.title)]];
  if (answers.length > 0) {
    blocks.push([w.yourAnswers]);
    for (const a of answers) blocks.push([`${w.question}: ${a.question}`, `${w.answer}: ${a.answer}`]);
  }
  blocks.push([w.report, `${ctx.baseUrl}/followup/${encodeURIComponent(ctx.state.joinCode)}`], [w.why], [w.regards]);
  return { subject: w.followupSubject(ctx.state.title), text: paragraphs(...blocks) };
}
