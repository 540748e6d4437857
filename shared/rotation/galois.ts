/**
 * Finite fields GF(p^m) with elements numbered 0…q−1 (base-p digits = polynomial coefficients),
 * as addition and multiplication tables. The resolvable-design seed needs them: over a field,
 * "person (a, s) sits at table a + ρ·s in the round numbered ρ" lets two people meet at most once.
 */
export interface Field {
  readonly q: number;
  readonly add: Uint16Array;
  readonly mul: Uint16Array;
}

/** q = p^m as [p, m], or null when q is not a prime power. */
export function primePower(q: number): [number, number] | null {
  if (q < 2) return null;
  for (let p = 2; p * p <= q; p++) {
    if (q % p !== 0) continue;
    let m = 0;
    let x = q;
    while (x % p === 0) {
      x /= p;
      m++;
    }
    return x === 1 ? [p, m] : null;
  }
  return [q, 1];
}

/** Prime-power factors of t (t = product of the result), e.g. 40 → [8, 5]. */
export function primePowerFactors(t: number): number[] {
  const out: number[] = [];
  let x = t;
  for (let p = 2; p <= x; p++) {
    if (x % p !== 0) continue;
    let q = 1;
    while (x % p === 0) {
      x /= p;
      q *= p;
    }
    out.push(q);
  }
  return out;
}

const MAX_Q = 1024;

export function galoisField(q: number): Field | null {
  const pm = primePower(q);
  if (pm === null || q > MAX_Q) return null;
  const [p, m] = pm;
  const digits = (x: number): number[] => Array.from({ length: m }, (_, k) => Math.floor(x / p ** k) % p);
  const number = (d: readonly number[]): number => d.reduce((s, c, k) => s + c * p ** k, 0);
  const add = new Uint16Array(q * q);
  for (let a = 0; a < q; a++) {
    const da = digits(a);
    for (let b = 0; b < q; b++) {
      const db = digits(b);
      add[a * q + b] = number(da.map((c, k) => (c + db[k]!) % p));
    }
  }
  // Multiply modulo a primitive polynomial x^m − f(x), found by trial: x must generate all q − 1
  // units, which only happens when the polynomial is irreducible.
  const mulMod = (a: readonly number[], b: readonly number[], f: readonly number[]): number[] => {
    const prod = new Array<number>(2 * m).fill(0);
    a.forEach((ca, i) => {
      b.forEach((cb, j) => {
        prod[i + j] = (prod[i + j]! + ca * cb) % p;
      });
    });
    for (let k = 2 * m - 1; k >= m; k--) {
      const c = prod[k]!;
      if (c === 0) continue;
      prod[k] = 0;
      // x^k = x^(k−m) · x^m = x^(k−m) · f(x)
      f.forEach((cf, j) => {
        prod[k - m + j] = (prod[k - m + j]! + c * cf) % p;
      });
    }
    return prod.slice(0, m);
  };
  const table = (mulBy: (a: number[], b: number[]) => number[]): Uint16Array => {
    const mul = new Uint16Array(q * q);
    for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) mul[a * q + b] = number(mulBy(digits(a), digits(b)));
    return mul;
  };
  if (m === 1) return { q, add, mul: table((a, b) => [(a[0]! * b[0]!) % p]) };
  const x = digits(p);
  for (let cand = 1; cand < q; cand++) {
    const f = digits(cand);
    if (f[0] === 0) continue;
    let cur = digits(1);
    const seen = new Set<number>();
    for (let k = 0; k < q - 1; k++) {
      seen.add(number(cur));
      cur = mulMod(cur, x, f);
    }
    if (seen.size === q - 1 && !seen.has(0)) return { q, add, mul: table((a, b) => mulMod(a, b, f)) };
  }
  return null;
}
