import { randomBytes } from 'node:crypto';
import { customAlphabet } from 'nanoid';
import { JOIN_CODE_LENGTH, makeCode, MEMBER_CODE_LENGTH, SECRET_CODE_LENGTH } from '../../shared/protocol/ids';

/** Random material for links and codes. Tokens are 32 url-safe characters (~190 bits). */
export const newToken = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32);
export const newId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);
export const newJoinCode = () => makeCode(JOIN_CODE_LENGTH, randomBytes);
/** Host and desk codes are typed on a tablet now and then, so they use the readable alphabet too. */
export const newSecretCode = () => makeCode(SECRET_CODE_LENGTH, randomBytes);
/** A programme member's code: written down by the person, so the readable alphabet, and longer. */
export const newMemberCode = () => makeCode(MEMBER_CODE_LENGTH, randomBytes);
