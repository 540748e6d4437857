import { describe, expect, it } from 'vitest';
import { boundedLog } from '../../../server/security/bounded-log';

describe('the bounded log', () => {
  function setup() {
    let t = 0;
    const lines: string[] = [];
    const log = boundedLog((m) => lines.push(m), { now: () => t, perWindow: 2, windowMs: 1000, maxChars: 20 });
    return { log, lines, advance: (ms: number) => (t += ms) };
  }

  it.each([
    ['each kind has its own allowance', ['a x', 'a x', 'a x', 'b y', 'b y'], ['a x', 'a x', 'b y', 'b y']],
    ['a kind is its first words', ['cut off "1"', 'cut off "2"', 'cut off "3"'], ['cut off "1"', 'cut off "2"']],
    ['a long line is cut', ['x'.repeat(50)], [`${'x'.repeat(20)}…`]],
  ])('%s', (_name, sent, written) => {
    const { log, lines } = setup();
    for (const m of sent) log(m);
    expect(lines).toEqual(written);
  });

  it('tells what it held back when the window is over, then lets lines through again', () => {
    const { log, lines, advance } = setup();
    for (let i = 0; i < 10; i++) log(`refused ${i}`, 'http 400');
    expect(lines).toEqual(['refused 0', 'refused 1']);
    advance(1000);
    log('refused 10', 'http 400');
    expect(lines).toEqual([
      'refused 0',
      'refused 1',
      '8 more like this suppressed in the last 1 s: http 400',
      'refused 10',
    ]);
  });

  it('tells what it held back at flush even if nothing else comes', () => {
    const { log, lines } = setup();
    for (let i = 0; i < 5; i++) log('same', 'k');
    log.flush();
    expect(lines).toEqual(['same', 'same', '3 more like this suppressed in the last 1 s: k']);
  });
});
