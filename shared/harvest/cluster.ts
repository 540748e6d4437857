/**
 * Average-linkage agglomerative clustering, cut at a similarity threshold.
 *
 * Our own compact implementation of the nearest-neighbour-chain algorithm (O(n²) time on the
 * n×n matrix) rather than `ml-hclust`: its AGNES searches the whole matrix for every merge
 * (O(n³): seconds for 600 cards) and builds a tree of objects we would only cut again.
 * Average linkage is reducible, so the chain finds the same merges as the textbook algorithm,
 * and cutting the merges at the threshold gives the same clusters.
 *
 * Ties go to the lower index; callers sort their items first, so the result does not depend on
 * the order they came in.
 *
 * @param similarity n×n, symmetric; it is used as scratch space and left changed.
 * @returns the clusters as lists of indices, each ascending, ordered by their first index.
 */
export function averageLinkage(similarity: Float64Array, n: number, threshold: number): number[][] {
  const sim = similarity;
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (start: number): number => {
    let i = start;
    while (parent[i] !== i) {
      // Path halving keeps the trees flat.
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let remaining = n;
  const chain: number[] = [];
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const a = chain[chain.length - 1]!;
    const previous = chain.length >= 2 ? chain[chain.length - 2]! : -1;
    // The most similar active cluster to a; the previous link of the chain wins a tie.
    let best = previous;
    let bestSim = previous >= 0 ? sim[a * n + previous]! : Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      if (k === a || !active[k]) continue;
      const s = sim[a * n + k]!;
      if (s > bestSim) {
        best = k;
        bestSim = s;
      }
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2;
    // Merge a and best into the lower index; the merge's similarity is final (reducibility).
    const [keep, gone] = a < best ? [a, best] : [best, a];
    if (bestSim >= threshold) parent[find(gone)] = find(keep);
    const total = size[keep]! + size[gone]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === gone) continue;
      const s = (size[keep]! * sim[keep * n + k]! + size[gone]! * sim[gone * n + k]!) / total;
      sim[keep * n + k] = s;
      sim[k * n + keep] = s;
    }
    size[keep] = total;
    active[gone] = 0;
    remaining--;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}
