import { findNames, type NameMention } from '../text/names.ts';
import type { SegmentedReport } from '../text/types.ts';
import { candidatePairs, type IndexedSentence } from './candidates.ts';
import { sentenceFeatures, type SentenceFeatures } from './features.ts';
import { corpusIdf } from './idf.ts';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './options.ts';
import { comparePair, weigh, type PairResult } from './similarity.ts';
import type { Fact, Mention } from './types.ts';

/** One accepted link between two sentences (global indices into the flattened sentence list). */
export interface Link {
  a: number;
  b: number;
  result: PairResult;
}

/**
 * Groups sentences that state the same fact across reports.
 *
 * 1. Names are found over each whole report, so a bare "Cameron" takes the key of "David Cameron"
 *    from elsewhere in the same report; each sentence gets its terms, names, numbers, dates.
 * 2. IDF is counted over all sentences of all reports, mixed with the English prior.
 * 3. Candidate pairs come from an inverted index (never all pairs), then get the full score.
 * 4. Links at or above the threshold are merged strongest first (Kruskal-style union-find), but a
 *    merge is refused when the group would hold more than `maxPerReport` sentences of one report,
 *    or when the new cross-report pairs score below `groupThreshold` on average (average linkage). Chosen over plain connected components, which chain weak links into one
 *    giant "fact" through long sentences that cover two facts, and over strict one-to-one best
 *    match, which loses the common case of one sentence in report A stating what report B splits
 *    over two sentences. Each sentence belongs to at most one fact.
 * 5. A group is a `conflict` when any of its links states the same fact with different numbers,
 *    dates or names. Facts are ordered by first appearance in the first report.
 */
export function findFacts(reports: SegmentedReport[], options: Partial<AlignOptions> = {}): Fact[] {
  return alignReports(reports, options).facts;
}

export function alignReports(reports: SegmentedReport[], options: Partial<AlignOptions> = {}): { facts: Fact[]; links: Link[] } {
  const opts = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const flat: { report: number; index: number; features: SentenceFeatures }[] = [];
  reports.forEach((report, r) => {
    const names = namesBySentence(report);
    report.sentences.forEach((s, i) => flat.push({ report: r, index: i, features: sentenceFeatures(s.text, names[i] ?? []) }));
  });
  if (reports.length < 2 || flat.length === 0) return { facts: [], links: [] };

  const { idf } = corpusIdf(flat.map((s) => s.features.terms.keys()), opts.priorSentences);
  const indexed: IndexedSentence[] = flat.map((s) => ({ report: s.report, index: s.index, vector: weigh(s.features, idf, opts) }));
  const maxDf = Math.max(opts.minIndexedDf, Math.ceil(opts.maxIndexedDf * indexed.length));

  const links: Link[] = [];
  for (const [a, b] of candidatePairs(indexed, maxDf, opts.maxCandidates)) {
    const result = comparePair(indexed[a]!.vector, indexed[b]!.vector, opts);
    if (result.same) links.push({ a, b, result });
  }
  links.sort((x, y) => y.result.score - x.result.score || x.a - y.a || x.b - y.b);

  // Union-find with per-report counts, merging strongest links first.
  const parent = indexed.map((_, i) => i);
  const counts = indexed.map((s) => new Map([[s.report, 1]]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const members = indexed.map((_, i) => [i]);
  const direct = new Map<number, number>();
  for (const l of links) direct.set(l.a * indexed.length + l.b, l.result.score);
  const pairScore = (i: number, j: number): number => {
    const [lo, hi] = i < j ? [i, j] : [j, i];
    return direct.get(lo * indexed.length + hi) ?? comparePair(indexed[lo]!.vector, indexed[hi]!.vector, opts).score;
  };
  const meanCrossScore = (xs: number[], ys: number[]): number => {
    let sum = 0;
    let n = 0;
    for (const i of xs) for (const j of ys) if (indexed[i]!.report !== indexed[j]!.report) { sum += pairScore(i, j); n++; }
    return n ? sum / n : 1;
  };
  const kept: Link[] = [];
  for (const link of links) {
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra === rb) { kept.push(link); continue; }
    const [ca, cb] = [counts[ra]!, counts[rb]!];
    let ok = true;
    for (const [rep, n] of cb) if ((ca.get(rep) ?? 0) + n > opts.maxPerReport) ok = false;
    // Average linkage: the new cross-report pairs must be related on average, so a long sentence
    // covering two facts does not chain them into one, while one weak pair does not veto a merge.
    if (ok) ok = meanCrossScore(members[ra]!, members[rb]!) >= opts.groupThreshold;
    if (!ok) continue;
    parent[rb] = ra;
    for (const [rep, n] of cb) ca.set(rep, (ca.get(rep) ?? 0) + n);
    members[ra]!.push(...members[rb]!);
    kept.push(link);
  }

  const groups = new Map<number, { members: number[]; links: Link[] }>();
  for (const link of kept) {
    const root = find(link.a);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { members: [], links: [] }));
    g.links.push(link);
  }
  indexed.forEach((_, i) => {
    const g = groups.get(find(i));
    if (g) g.members.push(i);
  });

  const order = (i: number) => indexed[i]!.report * 1e9 + indexed[i]!.index;
  const facts = [...groups.values()]
    .map((g) => {
      g.members.sort((x, y) => order(x) - order(y));
      const strongest = g.links.reduce((best, l) => (l.result.score > best.result.score ? l : best));
      const differences = [...new Set(g.links.flatMap((l) => l.result.differences))];
      const mentions: Mention[] = g.members.map((i) => ({
        report: reports[indexed[i]!.report]!.id,
        sentence: reports[indexed[i]!.report]!.sentences[indexed[i]!.index]!.id,
      }));
      return {
        first: order(g.members[0]!),
        fact: {
          id: '',
          kind: differences.length ? ('conflict' as const) : ('shared' as const),
          mentions,
          score: strongest.result.score,
          reasons: strongest.result.reasons,
          differences,
        },
      };
    })
    .sort((x, y) => x.first - y.first)
    .map(({ fact }, k) => ({ ...fact, id: `f${k + 1}` }));
  return { facts, links: kept };
}

/** Names per sentence, found over the whole report so surnames resolve against full names. */
function namesBySentence(report: SegmentedReport): NameMention[][] {
  const parts: string[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const s of report.sentences) {
    offsets.push(pos);
    parts.push(s.text);
    pos += s.text.length + 2;
  }
  const all = findNames(parts.join('\n\n'));
  const out: NameMention[][] = report.sentences.map(() => []);
  let k = 0;
  for (const m of all) {
    while (k + 1 < offsets.length && offsets[k + 1]! <= m.start) k++;
    const base = offsets[k]!;
    out[k]!.push({ ...m, start: m.start - base, end: m.end - base });
  }
  return out;
}
