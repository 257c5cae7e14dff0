import { findDifferences } from './conflicts.ts';
import type { SentenceFeatures } from './features.ts';
import type { Idf } from './idf.ts';
import type { AlignOptions } from './options.ts';
import { oppositeStem } from '../text/synonyms.ts';

/** The parts of a pair's score, kept apart so reasons and the bench can show them. */
export interface PairParts {
  cosine: number;
  coverage: number;
  /** The lower of the two coverages: low when one sentence adds much the other lacks. */
  minCoverage: number;
  names: number;
  numbers: number;
  /** 1 when exactly one side is negated ("would vote" / "would not vote"). */
  polarity: number;
  /** 1 when one side has a word whose opposite the other has and not itself ("rose" / "fell"). */
  opposite: number;
}

export interface PairResult {
  score: number;
  same: boolean;
  parts: PairParts;
  reasons: string[];
  /** Filled only for `same` pairs: what the two state differently (see `findDifferences`). */
  differences: string[];
}

/** A sentence's weighted term vector: (1 + ln tf) · idf, names boosted. */
export interface Weighted {
  features: SentenceFeatures;
  weights: Map<string, number>;
  norm: number;
  mass: number;
}

export function weigh(features: SentenceFeatures, idf: Idf, opts: AlignOptions): Weighted {
  const weights = new Map<string, number>();
  let sq = 0;
  let mass = 0;
  for (const [t, tf] of features.terms) {
    const w = (1 + Math.log(tf)) * Math.max(0.05, idf(t)) * (t.startsWith('@') ? opts.nameBoost : 1);
    weights.set(t, w);
    sq += w * w;
    mass += w;
  }
  return { features, weights, norm: Math.sqrt(sq), mass };
}

/**
 * Smallest denominator for the number overlap: a lone shared small number ("two", IDF ~1.5)
 * must not count as full agreement, a shared "1979" (IDF 3.5 and up) nearly does.
 */
const NUMBER_FLOOR = 4;

/** "one" and "two" are as often determiners ("the two leaders") as counts; they stay in the cosine only. */
function isTellingNumber(t: string): boolean {
  return t.startsWith('#') && t !== '#1' && t !== '#2' && t !== '#0';
}

/** Raw similarity parts in [0,1]. */
export function pairParts(a: Weighted, b: Weighted): PairParts {
  let dot = 0;
  let sharedA = 0;
  let sharedB = 0;
  let namesShared = 0;
  let namesUnion = 0;
  let numsShared = 0;
  let numsUnion = 0;
  // Numbers count by IDF weight: a shared "1979" says much, a shared "two" little.
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v === undefined) continue;
    dot += w * v;
    if (small === a) { sharedA += w; sharedB += v; } else { sharedA += v; sharedB += w; }
    if (t.startsWith('@')) namesShared++;
    else if (isTellingNumber(t)) numsShared += Math.min(w, v);
  }
  for (const x of [a, b]) {
    for (const t of x.weights.keys()) {
      if (t.startsWith('@')) namesUnion++;
      else if (isTellingNumber(t)) numsUnion += x.weights.get(t)!;
    }
  }
  namesUnion -= namesShared;
  numsUnion -= numsShared;
  numsUnion = Math.max(numsUnion, NUMBER_FLOOR);
  const cosine = a.norm && b.norm ? Math.min(1, dot / (a.norm * b.norm)) : 0;
  const coverage = a.mass && b.mass ? Math.min(1, (sharedA / a.mass + sharedB / b.mass) / 2) : 0;
  const opposite = oppositePair(a, b) ? 1 : 0;
  return {
    cosine,
    coverage,
    minCoverage: a.mass && b.mass ? Math.min(sharedA / a.mass, sharedB / b.mass, 1) : 0,
    names: namesUnion ? namesShared / namesUnion : 0,
    numbers: numsUnion ? numsShared / numsUnion : 0,
    polarity: a.features.negated !== b.features.negated ? 1 : 0,
    opposite,
  };
}

/** The first word of `a` whose opposite `b` uses instead ("fall", "rise"), as canonical stems. */
export function oppositePair(a: Weighted, b: Weighted): [string, string] | undefined {
  for (const t of a.weights.keys()) {
    const o = oppositeStem(t);
    if (o && b.weights.has(o) && !b.weights.has(t) && !a.weights.has(o)) return [t, o];
  }
  return undefined;
}

/** Logistic combination of the parts: a score in [0,1]. */
export function combine(p: PairParts, opts: AlignOptions): number {
  const z = opts.bias + opts.wCosine * p.cosine + opts.wCoverage * p.coverage + opts.wMinCoverage * p.minCoverage + opts.wNames * p.names + opts.wNumbers * p.numbers +
    opts.wPolarity * p.polarity + opts.wOpposite * p.opposite;
  const s = 1 / (1 + Math.exp(-z));
  return Number.isFinite(s) ? Math.round(s * 1000) / 1000 : 0;
}

/**
 * Two sentences that share names but no content word or telling number ("Cameron is head of the
 * British government" / "Cameron will meet Rouhani in New York") are about the same people, not
 * the same fact: their score is scaled down so it stays below the threshold in all but extreme cases.
 */
const NAMES_ONLY_FACTOR = 0.5;

/** Scores one pair and explains it. */
export function comparePair(a: Weighted, b: Weighted, opts: AlignOptions): PairResult {
  const parts = pairParts(a, b);
  const namesOnly = !sharesContentWord(a, b);
  const score = Math.round(combine(parts, opts) * (namesOnly ? NAMES_ONLY_FACTOR : 1) * 1000) / 1000;
  const same = score >= opts.threshold;
  const reasons = [`tfidf=${parts.cosine.toFixed(2)}`, `coverage=${parts.coverage.toFixed(2)}/${parts.minCoverage.toFixed(2)}`];
  const sharedNames = [...a.weights.keys()].filter((t) => t.startsWith('@') && b.weights.has(t)).map((t) => t.slice(1));
  const sharedNumbers = [...a.weights.keys()].filter((t) => t.startsWith('#') && b.weights.has(t)).map((t) => t.slice(1));
  if (sharedNames.length) reasons.push(`names=${sharedNames.join(',')}`);
  if (sharedNumbers.length) reasons.push(`numbers=${sharedNumbers.join(',')}`);
  if (parts.polarity) reasons.push('negation differs');
  if (parts.opposite) reasons.push('opposite words');
  if (namesOnly) reasons.push('only names shared');
  const differences = same ? findDifferences(a.features, b.features) : [];
  // Linked despite opposite words: the reports disagree on the direction ("rose" / "fell").
  const flipped = same ? oppositePair(a, b) : undefined;
  if (flipped) differences.push(`direction: ${flipped[0]} vs ${flipped[1]}`);
  return { score, same, parts, reasons, differences };
}

/** Whether the pair shares anything besides names: a content word or a telling number ("78 million"). */
function sharesContentWord(a: Weighted, b: Weighted): boolean {
  for (const t of a.weights.keys()) if (!t.startsWith('@') && (!t.startsWith('#') || isTellingNumber(t)) && b.weights.has(t)) return true;
  return false;
}
