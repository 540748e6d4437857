/**
 * How well a clustering agrees with reference labels, for the harvest benchmark. Both take one
 * label per item, in the same order (an item no suggestion holds gets a label of its own).
 * Own code rather than a package: two formulas on a contingency table, and the maintained
 * packages that have them (ml-*) come with matrix libraries we do not otherwise need.
 */

/** Adjusted Rand index (Hubert & Arabie 1985): 1 = the same partition, ~0 = chance, can be < 0. */
export function adjustedRandIndex(predicted: readonly string[], reference: readonly string[]): number {
  const { cells, rows, columns, n } = contingency(predicted, reference);
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const index = sum(cells.values(), pairs);
  const rowPairs = sum(rows.values(), pairs);
  const columnPairs = sum(columns.values(), pairs);
  const expected = (rowPairs * columnPairs) / pairs(n);
  const max = (rowPairs + columnPairs) / 2;
  // Both partitions all singletons or one cluster: they agree completely.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/** Purity: the share of items that carry the reference label most common in their cluster. */
export function purity(predicted: readonly string[], reference: readonly string[]): number {
  const { cells, n } = contingency(predicted, reference);
  const best = new Map<string, number>();
  for (const [key, count] of cells) {
    const cluster = key.slice(0, key.indexOf('\u0000'));
    best.set(cluster, Math.max(best.get(cluster) ?? 0, count));
  }
  return n === 0 ? 1 : sum(best.values(), (k) => k) / n;
}

function contingency(predicted: readonly string[], reference: readonly string[]) {
  if (predicted.length !== reference.length) throw new Error('predicted and reference differ in length');
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  predicted.forEach((p, i) => {
    const r = reference[i]!;
    const key = `${p}\u0000${r}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(p, (rows.get(p) ?? 0) + 1);
    columns.set(r, (columns.get(r) ?? 0) + 1);
  });
  return { cells, rows, columns, n: predicted.length };
}

function sum(values: Iterable<number>, f: (k: number) => number): number {
  let total = 0;
  for (const v of values) total += f(v);
  return total;
}
