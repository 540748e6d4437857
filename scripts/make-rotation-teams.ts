// node --import tsx scripts/make-rotation-teams.ts [--dir bench/rotation]
// Writes the keep-together, hybrid and programme instances B9–B12 (bench/rotation/README.md).
// Deterministic: the same script always writes the same files, so they can be remade and diffed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRotation } from '../shared/rotation/index';
import type { RotationInstance, RotationParticipant } from '../shared/rotation/index';
import { prng, randInt, shuffle } from '../shared/rotation/prng';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const k = process.argv.indexOf('--dir');
const dir = resolve(root, k >= 0 ? process.argv[k + 1]! : 'bench/rotation');

const tables = (count: number, min: number, max: number, prefix = 't', online = false) =>
  Array.from({ length: count }, (_, t) => ({
    id: `${prefix}${t + 1}`,
    capacityMin: min,
    capacityMax: max,
    ...(online ? { online: true } : {}),
  }));

/** B9: a Werkplaats — 8 trios stay at their own case table, 10 outside experts rotate. */
function werkplaats(): RotationInstance {
  const participants: RotationParticipant[] = [];
  const teams: { id: string; members: string[]; stays: true }[] = [];
  for (let c = 1; c <= 8; c++) {
    const members = [1, 2, 3].map((m) => `c${c}-${m}`);
    for (const id of members) participants.push({ id, group: 'civil-servant', picks: [`t${c}`] });
    teams.push({ id: `case${c}`, members, stays: true });
  }
  for (let e = 1; e <= 10; e++) participants.push({ id: `e${e}`, group: 'expert' });
  return {
    name: 'B9',
    title: 'Werkplaats: 8 trios stay at their case table (8 tables of 4-5), 10 experts rotate, 3 rounds',
    rounds: 3,
    groups: ['civil-servant', 'expert'],
    tables: tables(8, 4, 5),
    participants,
    teams,
  };
}

const GROUPS = ['resident', 'entrepreneur', 'professional', 'municipality'];

/** Picks from a skewed popularity (a few tables wanted by many), ranked, distinct. */
function skewedPicks(rand: () => number, T: number, count: number): string[] {
  const weight = Array.from({ length: T }, (_, t) => 1 / (1 + t) ** 0.8);
  const order = shuffle(
    prng(12345),
    Array.from({ length: T }, (_, t) => t),
  );
  const picks: string[] = [];
  while (picks.length < count) {
    const total = weight.reduce((a, b) => a + b, 0);
    let x = rand() * total;
    let t = 0;
    while (x >= weight[t]!) x -= weight[t++]!;
    weight[t] = 0;
    picks.push(`t${order[t]! + 1}`);
  }
  return picks;
}

/** B10: an evening of 120 with top-4 picks where 20 teams of 2–3 colleagues came together. */
function colleagues(): RotationInstance {
  const rand = prng(1010);
  const participants: RotationParticipant[] = [];
  const teams: { id: string; members: string[] }[] = [];
  let p = 1;
  for (let c = 1; c <= 20; c++) {
    const size = c <= 10 ? 3 : 2;
    const group = GROUPS[randInt(rand, GROUPS.length)]!;
    // Colleagues talked it over: the same four tables, each in a slightly own order.
    const shared = skewedPicks(rand, 12, 4);
    const members: string[] = [];
    for (let m = 0; m < size; m++) {
      const picks = shared.slice();
      const at = randInt(rand, 3);
      if (rand() < 0.5) [picks[at], picks[at + 1]] = [picks[at + 1]!, picks[at]!];
      const id = `p${p++}`;
      participants.push({ id, group, picks });
      members.push(id);
    }
    teams.push({ id: `team${c}`, members });
  }
  while (p <= 120)
    participants.push({ id: `p${p++}`, group: GROUPS[randInt(rand, 4)]!, picks: skewedPicks(rand, 12, 4) });
  return {
    name: 'B10',
    title: '120 people, 12 tables (8-12), 3 rounds, top-4 picks, 20 teams of 2-3 colleagues moving together',
    rounds: 3,
    groups: GROUPS,
    tables: tables(12, 8, 12),
    participants,
    teams,
  };
}

/** B11: hybrid — 60 in the room at 6 room tables, 16 at home on 2 online tables of 8. */
function hybrid(): RotationInstance {
  const rand = prng(1111);
  const participants: RotationParticipant[] = [];
  for (let p = 1; p <= 60; p++) participants.push({ id: `p${p}`, group: GROUPS[randInt(rand, 4)]! });
  for (let p = 1; p <= 16; p++) participants.push({ id: `r${p}`, group: GROUPS[randInt(rand, 4)]!, remote: true });
  return {
    name: 'B11',
    title: 'hybrid: 60 in the room at 6 tables (9-11), 16 remote on 2 online tables (6-8), 3 rounds',
    rounds: 3,
    groups: GROUPS,
    tables: [...tables(6, 9, 11), ...tables(2, 6, 8, 'online', true)],
    participants,
  };
}

/**
 * B12: session 2 of a programme. Session 1 (36 people, 6 tables of 6, 3 rounds) is planned by the
 * planner itself with a fixed number of moves; 30 of its people come back, with 18 new ones, and
 * every pair of returners who shared a table in session 1 is in `metBefore`.
 */
function programme(): RotationInstance {
  const rand = prng(1212);
  const first: RotationInstance = {
    name: 'B12-session-1',
    rounds: 3,
    tables: tables(6, 6, 6),
    participants: Array.from({ length: 36 }, (_, i) => ({ id: `s1p${i + 1}` })),
  };
  const plan = planRotation(first, { iterations: 200_000, seed: 1 }).plan.assignments;
  const back = new Set(
    shuffle(
      rand,
      first.participants.map((p) => p.id),
    ).slice(0, 30),
  );
  const met = new Set<string>();
  const metBefore: [string, string][] = [];
  const ids = [...back].sort();
  for (const a of ids)
    for (const b of ids) {
      if (a >= b) continue;
      if (plan[a]!.some((t, r) => t !== null && plan[b]![r] === t) && !met.has(`${a} ${b}`)) {
        met.add(`${a} ${b}`);
        metBefore.push([a, b]);
      }
    }
  const participants = [...ids.map((id) => ({ id })), ...Array.from({ length: 18 }, (_, i) => ({ id: `s2p${i + 1}` }))];
  return {
    name: 'B12',
    title: `programme session 2: 48 people (30 back from session 1, ${metBefore.length} pairs met there), 6 tables of 8, 3 rounds`,
    rounds: 3,
    tables: tables(6, 8, 8),
    participants,
    metBefore,
  };
}

const files: string[] = [];
for (const instance of [werkplaats(), colleagues(), hybrid(), programme()]) {
  const file = join(dir, `${instance.name}.json`);
  writeFileSync(file, `${JSON.stringify(instance, null, 2)}\n`);
  files.push(file);
  console.log(`wrote ${file}: ${instance.title}`);
}
// The repository's formatter has the last word on layout (the check in CI compares with it).
execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', ...files], { stdio: 'ignore' });
