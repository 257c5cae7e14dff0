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
 * everything and decide nothing). Each sentence queries with at most `queryTerms` of its
 * heaviest indexed terms and keeps the `maxCandidates` partners with the most shared weight.
 * Cost is bounded by sentences × queryTerms × maxDf, and the posting lists stay short in real
 * text: near-linear in text size. Only pairs from different reports, each once, lower index first.
 */
export function candidatePairs(sentences: IndexedSentence[], maxDf: number, maxCandidates: number, queryTerms = 12): [number, number][] {
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
  const acc = new Float64Array(sentences.length);
  const touched: number[] = [];
  const top: number[] = [];
  sentences.forEach((s, i) => {
    const query = [...s.vector.weights]
      .filter(([t]) => postings.get(t)!.length <= maxDf)
      .sort((x, y) => y[1] - x[1])
      .slice(0, queryTerms);
    for (const [t, w] of query) {
      for (const j of postings.get(t)!) {
        const other = sentences[j]!;
        if (other.report === s.report) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] = acc[j]! + w * (other.vector.weights.get(t) ?? 0);
      }
    }
    // Keep the best few by insertion: cheaper than sorting every touched sentence.
    top.length = 0;
    for (const j of touched) {
      if (top.length === maxCandidates && acc[j]! <= acc[top[top.length - 1]!]!) continue;
      let k = top.length < maxCandidates ? top.length : top.length - 1;
      top[k] = j;
      while (k > 0 && acc[top[k - 1]!]! < acc[j]!) {
        top[k] = top[k - 1]!;
        top[k - 1] = j;
        k--;
      }
    }
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
    for (const j of top) {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      const key = lo * sentences.length + hi;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([lo, hi]);
    }
  });
  return pairs;
}
