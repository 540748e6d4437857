// npm run bench:harvest [-- --sets bench/harvest/nl.json,bench/harvest/en.json]
// Agreement of the theme suggestions with a facilitator's labels (adjusted Rand index, purity)
// next to two baselines, and the time suggestThemes takes for 600 cards, cold and warm.
// By default on the training sets (nl, en: what the defaults were tuned on) and the held-out
// sets (nl-heldout, en-heldout: written before tuning, never tuned on), so overfitting shows.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { adjustedRandIndex, purity } from '../shared/harvest/agreement';
import { type SuggestInput, suggestThemes } from '../shared/harvest/index';
import { terms } from '../shared/harvest/text';

const BenchSet = z.object({
  language: z.enum(['nl', 'en']),
  cards: z.array(z.object({ id: z.string(), table: z.string(), text: z.string(), theme: z.string() })),
});
type BenchSet = z.infer<typeof BenchSet>;

const TIMED_CARDS = 600;
const WARM_RUNS = 10;
const COLD_RUNS = 5;

/** One label per card: its suggested theme's key, or a label of its own when none holds it. */
function suggested(set: BenchSet): string[] {
  const of = new Map<string, string>();
  for (const theme of suggestThemes(set).themes) for (const id of theme.cardIds) of.set(id, theme.key);
  return set.cards.map((card) => of.get(card.id) ?? `loose:${card.id}`);
}

/** Baseline: every table is one theme. */
function perTable(set: BenchSet): string[] {
  return set.cards.map((card) => card.table);
}

/** Baseline: cards sharing any non-stop word (same stem) are one theme, transitively. */
function sharedWordComponents(set: BenchSet): string[] {
  const parent = set.cards.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  const firstWith = new Map<string, number>();
  set.cards.forEach((card, i) => {
    for (const { stem } of terms(set.language, card.text)) {
      const first = firstWith.get(stem);
      if (first === undefined) firstWith.set(stem, i);
      else parent[find(i)] = find(first);
    }
  });
  return set.cards.map((_, i) => `c${find(i)}`);
}

/** Baseline: each card joins the earlier group it shares the most words with, else starts one. */
function sharedWordGreedy(set: BenchSet): string[] {
  const groups: Set<string>[] = [];
  return set.cards.map((card) => {
    const stems = new Set(terms(set.language, card.text).map((t) => t.stem));
    let best = -1;
    let bestShared = 0;
    groups.forEach((group, g) => {
      const shared = [...stems].filter((s) => group.has(s)).length;
      if (shared > bestShared) {
        best = g;
        bestShared = shared;
      }
    });
    if (best < 0) groups.push(stems);
    else for (const s of stems) groups[best]!.add(s);
    return `g${best < 0 ? groups.length - 1 : best}`;
  });
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
}

function agreementTable(sets: { name: string; set: BenchSet }[]): void {
  const widths = [10, 34, 6, 6, 8, 8];
  console.log(row(['set', 'method', 'ARI', 'purity', 'themes', 'covered'], widths));
  for (const { name, set } of sets) {
    const reference = set.cards.map((card) => card.theme);
    const methods: [string, string[]][] = [
      ['suggestThemes', suggested(set)],
      ['baseline: one theme per table', perTable(set)],
      ['baseline: shared word (components)', sharedWordComponents(set)],
      ['baseline: shared word (greedy)', sharedWordGreedy(set)],
    ];
    for (const [method, labels] of methods) {
      const sizes = new Map<string, number>();
      for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
      const themes = [...sizes.values()].filter((size) => size >= 2);
      const covered = themes.reduce((a, b) => a + b, 0) / labels.length;
      console.log(
        row(
          [
            name,
            method,
            adjustedRandIndex(labels, reference).toFixed(3),
            purity(labels, reference).toFixed(3),
            themes.length,
            `${(covered * 100).toFixed(0)}%`,
          ],
          widths,
        ),
      );
    }
    console.log(row([name, `(reference: ${new Set(reference).size} themes, ${set.cards.length} cards)`], widths));
  }
  console.log('purity counts a loose card (in no suggested theme) as pure; "covered" = cards in a theme of 2 or more');
}

/** The set repeated to `count` cards with fresh ids: the size of a big evening. */
function scaled(set: BenchSet, count: number): SuggestInput {
  const cards = Array.from({ length: count }, (_, k) => {
    const card = set.cards[k % set.cards.length]!;
    return { id: `${card.id}-r${Math.floor(k / set.cards.length)}`, table: card.table, text: card.text };
  });
  return { language: set.language, cards };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeOnce(input: SuggestInput): number {
  const start = performance.now();
  suggestThemes(input);
  return performance.now() - start;
}

function timing(file: string, set: BenchSet): void {
  const input = scaled(set, TIMED_CARDS);
  const self = fileURLToPath(import.meta.url);
  // Cold: a fresh Node process per run, so nothing is compiled or cached yet (the first
  // suggestion after a server start).
  const cold = Array.from({ length: COLD_RUNS }, () =>
    Number(execFileSync(process.execPath, ['--import', 'tsx', self, '--cold', file], { encoding: 'utf8' }).trim()),
  );
  const warm = Array.from({ length: WARM_RUNS }, () => timeOnce(input));
  const themes = suggestThemes(input).themes.length;
  // Through the server's worker pool (server/harvest/suggest-pool.ts), in a fresh process.
  const pool = fileURLToPath(new URL('./bench-suggest-pool.ts', import.meta.url));
  const [first, next] = execFileSync(process.execPath, ['--import', 'tsx', pool, file, String(TIMED_CARDS)], {
    encoding: 'utf8',
  })
    .trim()
    .split(' ');
  console.log(
    `${TIMED_CARDS} cards through the suggest pool (fresh process): first round-trip ${first} ms (worker start included), next ${next} ms`,
  );
  console.log(
    `${TIMED_CARDS} cards (${file}, ${themes} themes): cold ${median(cold).toFixed(0)} ms (median of ${COLD_RUNS} fresh processes: ${cold.map((ms) => ms.toFixed(0)).join(', ')}), warm ${median(warm).toFixed(0)} ms (median of ${WARM_RUNS}; min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})`,
  );
}

function load(file: string): BenchSet {
  return BenchSet.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function main(args: string[]): void {
  if (args[0] === '--cold') {
    process.stdout.write(`${timeOnce(scaled(load(args[1]!), TIMED_CARDS))}\n`);
    return;
  }
  const k = args.indexOf('--sets');
  const files =
    k >= 0
      ? args[k + 1]!.split(',')
      : ['nl', 'en', 'nl-heldout', 'en-heldout'].map((name) => `bench/harvest/${name}.json`);
  const present = files.filter((file) => existsSync(file) || (console.log(`${file}: missing, skipped`), false));
  const sets = present.map((file) => ({ name: basename(file, '.json'), set: load(file), file }));
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown cpu'} × ${cpus.length}, Node ${process.version}, ${os.platform()}`,
  );
  agreementTable(sets);
  const first = sets[0];
  if (first) timing(first.file, first.set);
}

main(process.argv.slice(2));
