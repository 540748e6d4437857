/**
 * Pure helpers of the benchmark: percentiles and the printed table. No I/O, so they are unit
 * tested (test/unit/bench) and the figures mean what the table says.
 */

export type Summary = { n: number; p50: number; p99: number; max: number };

/**
 * Nearest-rank percentile of an ascending array: the smallest value with at least p % of the
 * values at or below it. p99 of 100 values is the 99th value, not an interpolation.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Milliseconds for the table: two decimals below 10, one below 100, none above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** A plain-text table: the first column left-aligned, the others right-aligned, a rule under the header. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => line(header.map((_, i) => r[i] ?? ''))),
  ].join('\n');
}

/** "met" / "MISSED" against a target; "–" when there is nothing to judge. */
export function verdict(value: number, limit: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(limit)) return '–';
  return value <= limit ? 'met' : 'MISSED';
}
