// A fresh process: one `suggest` round-trip through the worker pool for 600 cards (worker start
// included), then one more on other cards (a warm worker). Prints two numbers in ms.
import { readFileSync } from 'node:fs';
import { type Card, newSessionState, type SessionState } from '../shared/model/session';
import { templateSetup } from '../shared/templates';
import { openSuggestPool } from '../server/harvest/suggest-pool';

type BenchCard = { id: string; table: string; text: string };

function state(cards: BenchCard[], count: number, round: number): SessionState {
  const base = newSessionState({
    id: 'bench',
    joinCode: 'ABC234',
    setup: templateSetup('world-cafe-evening', 'nl'),
    now: 0,
  });
  const all: Record<string, Card> = {};
  for (let k = 0; k < count; k++) {
    const c = cards[k % cards.length]!;
    const id = `${c.id}-r${round}-${Math.floor(k / cards.length)}`;
    all[id] = {
      id,
      tableId: c.table,
      round: 1,
      kind: 'idea',
      text: c.text,
      tags: [],
      authorRole: 'host',
      authorId: null,
      createdAt: 0,
      editedAt: null,
      hidden: false,
      highlighted: false,
      mergedInto: null,
    };
  }
  return { ...base, status: 'live', version: round, cards: all };
}

const [file, count] = [process.argv[2]!, Number(process.argv[3] ?? 600)];
const set = JSON.parse(readFileSync(file, 'utf8')) as { cards: BenchCard[] };
const pool = openSuggestPool({ threads: 1 });
const times: number[] = [];
for (const round of [1, 2]) {
  const start = performance.now();
  await pool.suggest(state(set.cards, count, round));
  times.push(performance.now() - start);
}
await pool.close();
process.stdout.write(`${times.map((ms) => ms.toFixed(0)).join(' ')}\n`);
