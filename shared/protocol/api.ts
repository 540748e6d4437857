import { z } from 'zod';
import { Language } from '../model/session';
import { CarryOptions } from '../rules/carry-over';
import { RegistrationInput } from './commands';
import { Id, PersonalCode } from './ids';
import { ColumnMapping } from '../registrations/mapping';
import type { ImportProblem } from '../registrations/problems';
import type { ImportEntry } from '../registrations/read-rows';
import { SHEET_LIMITS } from '../registrations/sheet';
import { LIMITS } from './limits';

/**
 * The small REST API next to the socket. Secrets travel in the URL fragment of the links
 * (`/facilitator#token`), so they never reach a server log or a Referer header; the API itself
 * takes the facilitator token as `Authorization: Bearer <token>`.
 */

export const TEMPLATE_IDS = [
  'world-cafe-evening',
  'blank',
  'wijklab-day',
  'leerkring-start',
  'leerkring-local',
  'werkplaats',
  'online-meeting',
] as const;
export const TemplateId = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof TemplateId>;

/** POST /api/sessions */
export const CreateSessionRequest = z.object({ template: TemplateId, language: Language.default('nl') }).strict();
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/**
 * POST /api/sessions/:id/next (Bearer facilitator of :id) → 201 CreateSessionResponse: the next
 * session of the programme (reeks), made from this one; `carry` chooses what it takes over
 * (shared/rules/carry-over.ts). `programmeTitle` names the series when this is its first step
 * (default: this session's title); later steps keep the name they have.
 */
export const NextSessionRequest = z
  .object({
    programmeTitle: z.string().trim().min(1).max(LIMITS.title).optional(),
    carry: CarryOptions.default(CarryOptions.parse({})),
  })
  .strict();
export type NextSessionRequest = z.infer<typeof NextSessionRequest>;

/** Every way into one session. Paths are relative to the site's origin. */
export type SessionLinks = {
  sessionId: string;
  joinCode: string;
  /** `/facilitator#<token>`: only in the answer to create (tokens are stored hashed). */
  facilitator?: string;
  hosts: { tableId: string; title: string; code: string; link: string }[];
  desk: { code: string; link: string };
  screen: string;
  /** `/join/<joinCode>`: the QR target for participants. */
  participant: string;
};

/** POST /api/sessions → 201 SessionLinks (with `facilitator`). */
export type CreateSessionResponse = SessionLinks & { facilitator: string };

/** GET /api/sessions/:id/links (Bearer facilitator) → SessionLinks, for the cockpit and printables. */
/** POST /api/sessions/:id/facilitators (Bearer facilitator) → { facilitator: link } for a co-facilitator. */
/** GET /api/sessions/:id/summary (Bearer facilitator) → SessionSummary. */
export type SessionSummary = {
  sessionId: string;
  title: string;
  status: 'draft' | 'live' | 'ended';
  version: number;
  currentPhase: string | null;
  participants: number;
  checkedIn: number;
  cards: number;
  questions: number;
  signups: number;
};

/** GET /api/health → { ok: true, writable, sessions } */
/**
 * `GET /api/sessions/:id/met-before` (facilitator): pairs of this session's participant ids (each
 * in id order) who sat at one table in a played round of an earlier session of the programme,
 * recognised as the same programme members. The planner counts meeting again as a repeat.
 */
export type MetBeforeResponse = { pairs: [string, string][] };

/**
 * `GET /api/sessions/:id/registrations/codes` (facilitator): every registration's personal code
 * and link (`/p#CODE`), to print or hand out; the people who signed up, in name order.
 */
export type PersonalCodesResponse = {
  people: { registrationId: string; name: string; code: string; link: string }[];
};

export type Health = { ok: boolean; writable: boolean; sessions: number };

/**
 * GET /api/address → PublicAddress: the address phones in the room open, for every QR code,
 * poster, table card and shared link (the links above are paths, relative to this). No secret:
 * it is what the poster shows anyway.
 */
export type PublicAddress = {
  /** An origin (`https://cafe.example.org`, `http://192.168.1.23:3000`), no path. */
  url: string;
  /** False when `url` names the server's own computer only (loopback): no phone can open it. */
  reachable: boolean;
  /** `public-url`: set by PUBLIC_URL; `network`: an address the server listens on; `loopback`: none but its own. */
  source: 'public-url' | 'network' | 'loopback';
};

export type ApiError = { error: { code: string; message: string; path?: string } };

/**
 * The public sign-up page (docs/registrations.md), no token: the join code names the session.
 * `GET /api/signup/:joinCode` → SignupInfo. Instants are milliseconds; `startsAt`/`endsAt` are
 * the agenda's planned span in the venue's time zone, null while the session has no date.
 * `closesAt` null: the page takes sign-ups until the session begins.
 */
export type SignupInfo = {
  joinCode: string;
  title: string;
  date: string | null;
  venue: string;
  language: Language;
  startsAt: number | null;
  endsAt: number | null;
  open: boolean;
  /** null: no limit; 0: full, a new sign-up goes on the waiting list. */
  placesLeft: number | null;
  closesAt: number | null;
  askSandwich: boolean;
  tables: { id: string; title: string }[];
  programmeTitle: string | null;
  /** `/api/signup/<joinCode>/calendar.ics`; null while there is no date. */
  calendar: string | null;
  /** `/api/signup/<joinCode>/programme.ics` for a session in a programme; else null. */
  programmeCalendar: string | null;
};

/** `POST /api/signup/:joinCode`: one person signs up; `id` is the command id (a retry is not a second sign-up). */
export const SignupRequest = RegistrationInput.extend({ id: Id }).strict();
export type SignupRequest = z.input<typeof SignupRequest>;

/** → 201 SignupResponse. `personalLink` is `/p#CODE`: the phone that opens it is this person. */
export type SignupResponse = {
  status: 'registered' | 'waiting';
  code: string;
  personalLink: string;
  calendar: string | null;
  programmeCalendar: string | null;
};

/** `POST /api/signup/cancel` → 200 { status: 'cancelled' }: the person cancels with their personal code. */
export const CancelSignupRequest = z.object({ code: PersonalCode }).strict();
export type CancelSignupRequest = z.input<typeof CancelSignupRequest>;

/**
 * `POST /api/sessions/:id/registrations/preview` (Bearer facilitator): the raw bytes of a sign-up
 * list (Content-Type text/csv or the .xlsx type; `X-File-Name` may name it) → 200 ImportPreview:
 * the whole grid (the client sends it back to import), the guessed mapping, and the people and
 * problems as that mapping reads them. A file that cannot be read → 400/413/415 ApiError whose
 * code is a SheetErrorCode (shared/registrations/sheet.ts).
 */
export type ImportPreview = {
  header: string[];
  grid: string[][];
  mapping: ColumnMapping;
  entries: ImportEntry[];
  problems: ImportProblem[];
};

/**
 * `POST /api/sessions/:id/registrations/import` (Bearer facilitator): the grid and the mapping
 * the facilitator confirmed. The server reads them again; any problem → 400 ImportRefused and
 * nothing is imported; otherwise one `registrations.add` with `id` (a retried id imports once)
 * → 200 ImportDone.
 */
export const ImportRequest = z
  .object({
    id: Id,
    grid: z
      .array(z.array(z.string().max(SHEET_LIMITS.cell)).max(SHEET_LIMITS.columns))
      .min(1)
      .max(SHEET_LIMITS.rows + 1),
    mapping: ColumnMapping,
  })
  .strict();
export type ImportRequest = z.infer<typeof ImportRequest>;
export type ImportDone = { added: number };
export type ImportRefused = ApiError & { problems: ImportProblem[] };
