import type { Term } from './text';

/**
 * Card vectors for similarity, in three blocks: TF-IDF over stems, over character n-grams of the
 * stems, and over the subjects of the related-words list. The n-grams let Dutch compounds meet
 * their parts: "buurthuis" and "huis van de buurt" share "_hui", "huis", "uis_"; the subjects
 * let "pand" meet "buurthuis". Each block is normalised on its own and weighted, so the cosine
 * of two cards is `wordWeight · cos(words) + subjectWeight · cos(subjects) + the rest · cos(n-grams)`.
 */
export type VectorOptions = { gram: number; wordWeight: number; subjectWeight: number };

/** A sparse vector: feature ids ascending, with their weights. */
export type Vector = { ids: Int32Array; weights: Float64Array };

export function cardVectors(
  termLists: readonly (readonly Term[])[],
  options: VectorOptions,
  subjectsOf: (stem: string) => readonly string[] = () => [],
): Vector[] {
  const features = new Map<string, number>();
  const featureId = (key: string) => {
    const known = features.get(key);
    if (known !== undefined) return known;
    features.set(key, features.size);
    return features.size - 1;
  };
  // Presence, not counts: a card is a sentence; saying a word twice does not make it more about it.
  const words = termLists.map((list) => new Set(list.map((term) => featureId(`w:${term.stem}`))));
  const grams = termLists.map((list) => {
    const set = new Set<number>();
    for (const { stem } of list) for (const gram of nGrams(stem, options.gram)) set.add(featureId(`g:${gram}`));
    return set;
  });
  const subjects = termLists.map((list) => {
    const set = new Set<number>();
    for (const { stem } of list) for (const subject of subjectsOf(stem)) set.add(featureId(`s:${subject}`));
    return set;
  });
  const df = new Float64Array(features.size);
  for (const sets of [words, grams, subjects]) for (const set of sets) for (const id of set) df[id]! += 1;
  const n = termLists.length;
  // Smoothed IDF; a feature on one card only cannot make two cards similar, so it is left out.
  const idf = (id: number) => (df[id]! > 1 ? Math.log((1 + n) / (1 + df[id]!)) + 1 : 0);
  return termLists.map((_, index) => {
    const w = weigh(words[index]!, idf, Math.sqrt(options.wordWeight));
    const g = weigh(grams[index]!, idf, Math.sqrt(Math.max(0, 1 - options.wordWeight - options.subjectWeight)));
    const s = weigh(subjects[index]!, idf, Math.sqrt(options.subjectWeight));
    const entries = [...w, ...g, ...s].sort((a, b) => a[0] - b[0]);
    return {
      ids: Int32Array.from(entries, (entry) => entry[0]),
      weights: Float64Array.from(entries, (entry) => entry[1]),
    };
  });
}

function weigh(set: Set<number>, idf: (id: number) => number, scale: number): [number, number][] {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const id of set) {
    const weight = idf(id);
    if (weight === 0) continue;
    entries.push([id, weight]);
    norm += weight * weight;
  }
  const factor = norm > 0 ? scale / Math.sqrt(norm) : 0;
  for (const entry of entries) entry[1] *= factor;
  return entries;
}

/** N-grams of a stem with word boundaries marked, so a stem's start and end count too. */
export function nGrams(stem: string, size: number): string[] {
  const padded = `_${stem}_`;
  if (padded.length <= size) return [padded];
  const out: string[] = [];
  for (let i = 0; i + size <= padded.length; i++) out.push(padded.slice(i, i + size));
  return out;
}

/**
 * All pairwise cosines as a dense n×n matrix, through an inverted index: only pairs that share a
 * feature cost anything, which for short cards is far fewer than n² dot products.
 */
export function similarityMatrix(vectors: readonly Vector[]): Float64Array {
  const n = vectors.length;
  // Postings in flat arrays (counted first, then filled): no object per entry for the GC.
  let features = 0;
  let entries = 0;
  for (const vector of vectors) {
    entries += vector.ids.length;
    for (const id of vector.ids) if (id >= features) features = id + 1;
  }
  const start = new Int32Array(features + 1);
  for (const vector of vectors) for (const id of vector.ids) start[id + 1]! += 1;
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, features);
  const docs = new Int32Array(entries);
  const weights = new Float64Array(entries);
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const at = fill[vector.ids[k]!]!++;
      docs[at] = doc;
      weights[at] = vector.weights[k]!;
    }
  });
  const sim = new Float64Array(n * n);
  for (let f = 0; f < features; f++) {
    const end = start[f + 1]!;
    for (let a = start[f]!; a < end; a++) {
      const row = docs[a]! * n;
      const wa = weights[a]!;
      for (let b = a + 1; b < end; b++) sim[row + docs[b]!]! += wa * weights[b]!;
    }
  }
  // Postings are in document order, so only the upper triangle was filled: mirror it.
  for (let i = 0; i < n; i++) {
    sim[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) sim[j * n + i] = sim[i * n + j]!;
  }
  return sim;
}
