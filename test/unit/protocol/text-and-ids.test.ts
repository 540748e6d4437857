import { describe, expect, it } from 'vitest';
import { Command } from '../../../shared/protocol/commands';
import { Id } from '../../../shared/protocol/ids';

const card = (text: string) => ({ id: 'cmd-1', type: 'card.add', cardId: 'c-1', text });
const question = (text: string) => ({
  id: 'cmd-1',
  type: 'question.ask',
  questionId: 'q-1',
  categoryId: 'other',
  text,
});

/** Each row: a command, then the first issue's path when refused, or the text kept when accepted. */
const refused: [string, unknown, string][] = [
  ['zero-width space only', card('\u200B\u200B'), 'text'],
  ['joiners, word joiner, BOM, soft hyphen', card('\u200C\u200D\u2060\uFEFF\u00AD'), 'text'],
  ['zero-width between spaces', card(' \u200B \u3000 '), 'text'],
  ['bidi override and NUL only', card('\u202E\u0000\u2066'), 'text'],
  ['question of invisible characters', question('\u200B\uFEFF'), 'text'],
  [
    'answer of a lone surrogate',
    { id: 'cmd-1', type: 'question.answer', questionId: 'q-1', answer: '\uD800' },
    'answer',
  ],
  ['tag of a zero-width space', { ...card('kaart'), tags: ['\u200B'] }, 'tags.0'],
  ['broadcast of a word joiner', { id: 'cmd-1', type: 'broadcast.send', text: '\u2060' }, 'text'],
];

const kept: [string, unknown, (c: Command) => unknown, string][] = [
  ['NUL and controls stripped', card('a\u0000b\u0007c\u001B'), (c) => (c as { text: string }).text, 'abc'],
  ['bidi override stripped', card('\u202Eevil\u202C'), (c) => (c as { text: string }).text, 'evil'],
  ['bidi isolates stripped', card('\u2066x\u2067y\u2068z\u2069'), (c) => (c as { text: string }).text, 'xyz'],
  ['lone surrogate stripped', card('a\uDC00b'), (c) => (c as { text: string }).text, 'ab'],
  ['line breaks kept', card('een\nkaart'), (c) => (c as { text: string }).text, 'een\nkaart'],
  [
    'emoji kept, ZWJ family intact',
    card('\u{1F468}\u200D\u{1F469}\u200D\u{1F467} 🎉'),
    (c) => (c as { text: string }).text,
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} 🎉',
  ],
  ['Arabic kept', question('ما هو الحي؟'), (c) => (c as { text: string }).text, 'ما هو الحي؟'],
  ['Turkish kept', card('İstanbul ışığı'), (c) => (c as { text: string }).text, 'İstanbul ışığı'],
  [
    'name stripped of NUL and override',
    { id: 'cmd-1', type: 'profile.set', name: '\u0000Ayşe\u202E' },
    (c) => (c as { name: string }).name,
    'Ayşe',
  ],
  [
    'broadcast stripped',
    { id: 'cmd-1', type: 'broadcast.send', text: 'Pauze\u0000!' },
    (c) => (c as { text: string }).text,
    'Pauze!',
  ],
];

describe('texts in commands', () => {
  it.each(refused)('refuses %s as empty', (_, input, path) => {
    const result = Command.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
    expect(result.error?.issues[0]?.message).toBe('may not be empty');
  });

  it.each(kept)('%s', (_, input, pick, expected) => {
    const result = Command.safeParse(input);
    expect(result.error?.issues).toBeUndefined();
    expect(pick(result.data!)).toBe(expected);
  });
});

describe('ids', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'refuses %s',
    (id) => {
      const result = Id.safeParse(id);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/reserved/);
    },
  );

  it('refuses every property name of Object.prototype', () => {
    const valid = Object.getOwnPropertyNames(Object.prototype).filter((n) => Id.safeParse(n).success);
    expect(valid).toEqual([]);
  });

  it('refuses a reserved id inside a command, with its path', () => {
    const result = Command.safeParse({ id: 'cmd-1', type: 'card.add', cardId: 'constructor', text: 'kaart' });
    expect(result.error?.issues[0]?.path.join('.')).toBe('cardId');
  });

  it.each(['c-1', 'proto', 'Constructor', 'to_string', 'V1StGXR8_Z5jdHi6B-myT'])('accepts %s', (id) => {
    expect(Id.safeParse(id).success).toBe(true);
  });
});
