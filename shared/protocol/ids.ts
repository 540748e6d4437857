import { z } from 'zod';

/**
 * Ids become keys of plain objects in the state (cards, participants, votes), on the server and
 * in every client. A name that Object.prototype already has (`constructor`, `toString`,
 * `__proto__`) would find an inherited function instead of "nothing there", or change an
 * object's prototype when assigned, so those names are refused at the door.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Ids are made by clients (nanoid) or the server; a narrow alphabet keeps them safe in URLs and logs. */
export const Id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'id may hold only letters, digits, _ and -')
  .refine((id) => !RESERVED_IDS.has(id), 'id is reserved (a name every JavaScript object already has)');
export type Id = z.infer<typeof Id>;

/** Join codes avoid look-alikes (0/O, 1/I/L) so they survive being read aloud or typed on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const JoinCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'not a join code'),
  );

/** Secret codes (host, desk) use the same readable alphabet, longer so they cannot be guessed. */
export const SECRET_CODE_LENGTH = 10;
export const SecretCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .length(SECRET_CODE_LENGTH)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'not a code'),
  );

/**
 * A programme member's code (member credential): the phone keeps it, and the person can write it
 * down to be recognised on another phone. Read-aloud alphabet, 12 letters (31^12, about 2^59),
 * typed with or without the spaces and dashes it is shown with.
 */
export const MEMBER_CODE_LENGTH = 12;
export const MemberCode = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .length(MEMBER_CODE_LENGTH, 'a member code has 12 letters and digits')
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'not a member code'),
  );

/**
 * A registered person's personal code (their personal link carries it): it makes a phone that
 * person, or is typed on the join page. The member code's alphabet and length.
 */
export const PersonalCode = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .length(MEMBER_CODE_LENGTH, 'a personal code has 12 letters and digits')
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'not a personal code'),
  );

/** Tokens are long random strings (facilitator, screen, device); compared by hash on the server. */
export const Token = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** Make a code from the readable alphabet; `random` is injected so the rules stay pure and testable. */
export function makeCode(length: number, random: (n: number) => Uint8Array): string {
  const alphabet = JOIN_CODE_ALPHABET;
  // Rejection sampling keeps every letter equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}
