import { describe, expect, it } from 'vitest';
import { picksFor } from '../../../scripts/bench/messages';
import { formatTable, ms, percentile, summarize, verdict } from '../../../scripts/bench/stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [50, 50],
    [99, 99],
    [100, 100],
    [1, 1],
    [0, 1],
  ])('p%i of 1..100 is %i', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('p99 of ten values is the largest, p50 the fifth', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 99)).toBe(10);
    expect(percentile(ten, 50)).toBe(5);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts before taking percentiles and keeps the input untouched', () => {
    const input = [5, 1, 4, 2, 3];
    expect(summarize(input)).toEqual({ n: 5, p50: 3, p99: 5, max: 5 });
    expect(input).toEqual([5, 1, 4, 2, 3]);
  });
});

describe('ms', () => {
  it.each([
    [1.234, '1.23'],
    [12.34, '12.3'],
    [123.4, '123'],
    [Number.NaN, '–'],
  ])('%f → %s', (value, text) => expect(ms(value)).toBe(text));
});

describe('formatTable', () => {
  it('aligns the first column left and the others right, with a rule under the header', () => {
    expect(
      formatTable(
        ['what', 'p50'],
        [
          ['card', '1.5'],
          ['phase change', '12.0'],
        ],
      ),
    ).toBe(['what           p50', '------------  ----', 'card           1.5', 'phase change  12.0'].join('\n'));
  });
});

describe('verdict', () => {
  it('says met at or under the limit and MISSED above it', () => {
    expect(verdict(100, 100)).toBe('met');
    expect(verdict(100.1, 100)).toBe('MISSED');
    expect(verdict(Number.NaN, 100)).toBe('–');
  });
});

describe('picksFor', () => {
  const tables = Array.from({ length: 40 }, (_, i) => `t${i}`);
  it('gives two different tables and spreads the first table evenly', () => {
    const firsts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const [a, b] = picksFor(i, tables);
      expect(a).not.toBe(b);
      firsts.set(a!, (firsts.get(a!) ?? 0) + 1);
    }
    expect([...firsts.values()]).toEqual(Array(40).fill(50));
  });

  it('works for one and three tables', () => {
    expect(picksFor(5, ['a'])).toEqual(['a']);
    expect(picksFor(2, ['a', 'b', 'c'])).toEqual(['c', 'a']);
  });
});
