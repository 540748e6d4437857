import type { Field } from './galois';
import { galoisField, primePowerFactors } from './galois';
import type { Model } from './model';

/**
 * A seed with no repeated pairs from a resolvable design (Kirkman / social-golfer style).
 *
 * Number the tables as elements of the ring Z = GF(q1) × … × GF(qm), where T = q1·…·qm is split
 * into prime powers (40 = 8 · 5). Person (a, s) — a any element, s a unit (no zero component) —
 * sits at table a + ρ_r·s in round r, with ρ_r = (r, …, r). Each round is a partition (for fixed s,
 * a ↦ a + ρ_r·s is a bijection, so every table gets one person per s), nobody revisits (ρ_r·s
 * differs per round), and two people meeting in rounds r and r' would need (ρ_r − ρ_r')(s − s') = 0,
 * which forces s = s' and then a = a'. This needs R ≤ min qi rounds and at most Π(qi − 1) people per
 * table. T prime gives the README's "(a + r·b) mod T".
 *
 * Returns null when the instance does not fit (locks, sit-outs, uneven capacities, too many
 * rounds or people per table).
 */
export function designSeed(model: Model): Int32Array | null {
  const { n, T, R, capMin, capMax, visits, lockTable, group, G } = model;
  if (n === 0 || lockTable.some((t) => t >= 0) || visits.some((v) => v !== R)) return null;
  const k = Math.ceil(n / T);
  const smallest = Math.floor(n / T);
  for (let t = 0; t < T; t++) if (capMin[t]! > smallest || capMax[t]! < k) return null;

  const qs = primePowerFactors(T);
  if (R > Math.min(...qs)) return null;
  const fields = qs.map((q) => galoisField(q));
  if (fields.some((f) => f === null)) return null;
  const F = fields as Field[];
  const units = qs.reduce((u, q) => u * (q - 1), 1);
  if (k > units) return null;

  // Ring elements as component vectors; table index = mixed-radix number of the components.
  const toVec = (x: number): number[] =>
    qs.map((q, c) => Math.floor(x / qs.slice(0, c).reduce((a, b) => a * b, 1)) % q);
  const fromVec = (v: readonly number[]): number =>
    v.reduce((s, x, c) => s + x * qs.slice(0, c).reduce((a, b) => a * b, 1), 0);
  const slopes: number[][] = [];
  for (let x = 0; x < T && slopes.length < k; x++) {
    const v = toVec(x);
    if (v.every((c) => c !== 0)) slopes.push(v);
  }

  // Everyone with the same s meets everyone else in that class never, and each table gets exactly
  // one person of each class per round. So fill classes group by group: groups whose size is a
  // multiple of T fill whole classes and every table gets the same mix; the rest share few classes.
  const size = new Int32Array(G);
  for (let i = 0; i < n; i++) size[group[i]!]!++;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => {
    const gi = group[i]!;
    const gj = group[j]!;
    const wi = size[gi]! % T === 0 ? 0 : 1;
    const wj = size[gj]! % T === 0 ? 0 : 1;
    return wi - wj || size[gj]! - size[gi]! || gi - gj || i - j;
  });

  const assign = new Int32Array(R * n);
  order.forEach((i, idx) => {
    const s = slopes[Math.floor(idx / T)]!;
    const a = toVec(idx % T);
    for (let r = 0; r < R; r++) {
      const v = a.map((ac, c) => {
        const f = F[c]!;
        return f.add[ac * f.q + f.mul[r * f.q + s[c]!]!]!;
      });
      assign[r * n + i] = fromVec(v);
    }
  });
  return assign;
}
