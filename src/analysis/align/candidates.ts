import type { Weighted } from './similarity.ts';

/** A sentence as the index sees it: its report, its position, its weighted terms. */
export interface IndexedSentence {
  report: number;
  index: number;
  vector: Weighted;
}

/**
 * Candidate pairs from an inverted index over the rarer terms, instead of comparing every
 * sentence with every other one. Terms in more than `maxDf` sentences are not indexed (they find
 * everything and decide nothing); each sentence keeps the `maxCandidates` partners with the most
 * shared IDF weight. Cost is the sum of the (capped) posting lists: near-linear in text size.
 * Only pairs from different reports, each returned once with the lower global index first.
 */
export function candidatePairs(sentences: IndexedSentence[], maxDf: number, maxCandidates: number): [number, number][] {
  const postings = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const t of s.vector.weights.keys()) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const acc = new Map<number, number>();
  sentences.forEach((s, i) => {
    acc.clear();
    for (const [t, w] of s.vector.weights) {
      const list = postings.get(t)!;
      if (list.length > maxDf) continue;
      for (const j of list) {
        if (j === i || sentences[j]!.report === s.report) continue;
        acc.set(j, (acc.get(j) ?? 0) + w * (sentences[j]!.vector.weights.get(t) ?? 0));
      }
    }
    const best = [...acc].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, maxCandidates);
    for (const [j] of best) {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      const key = lo * sentences.length + hi;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([lo, hi]);
    }
  });
  return pairs;
}
