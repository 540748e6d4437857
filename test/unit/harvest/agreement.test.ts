import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, purity } from '../../../shared/harvest/agreement';

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBe(1);
  });
  it('matches the hand-computed value when one cluster is split', () => {
    // pairs together in both: 1 + 0 + 0 = 1; predicted pairs 1, reference pairs 2, all pairs 6:
    // expected 1·2/6 = 1/3, max (1+2)/2 = 1.5, so (1 − 1/3) / (1.5 − 1/3) = 4/7.
    expect(adjustedRandIndex(['p', 'p', 'q', 'r'], ['x', 'x', 'y', 'y'])).toBeCloseTo(4 / 7, 12);
  });
  it('matches the hand-computed value for overlapping clusters', () => {
    // cells a/x 2, a/y 1, b/y 1, b/z 2: index 2; rows 3+3 = 6 pairs, columns 1+1+1 = 3, all 15:
    // expected 6·3/15 = 1.2, max 4.5, so 0.8 / 3.3.
    expect(adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['x', 'x', 'y', 'y', 'z', 'z'])).toBeCloseTo(
      0.8 / 3.3,
      12,
    );
  });
  it('is negative when the clusters cut across the labels', () => {
    expect(adjustedRandIndex(['a', 'b', 'a', 'b'], ['x', 'x', 'y', 'y'])).toBeLessThan(0);
  });
});

describe('purity', () => {
  it('counts the most common label in each cluster', () => {
    expect(purity(['a', 'a', 'a', 'b', 'b', 'b'], ['x', 'x', 'y', 'y', 'z', 'z'])).toBeCloseTo(4 / 6, 12);
    expect(purity(['a', 'a', 'a', 'a'], ['x', 'x', 'x', 'y'])).toBe(0.75);
    expect(purity(['a', 'b', 'c'], ['x', 'x', 'x'])).toBe(1);
  });
  it('refuses lists of different lengths', () => {
    expect(() => purity(['a'], ['x', 'y'])).toThrow(/length/);
  });
});
