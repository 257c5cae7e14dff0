import { findDifferences, measuredApart } from './conflicts.ts';
import { oppositePair, pairEvidence, type PairEvidence } from './evidence.ts';
import type { SentenceFeatures } from './features.ts';
import type { Idf } from './idf.ts';
import type { AlignOptions } from './options.ts';
import { scoreEvidence, type PairContext, type PairModel } from './pair-model.ts';

export interface PairResult {
  score: number;
  same: boolean;
  evidence: PairEvidence;
  /** Why the pair scored as it did (`tfidf=0.41`, `names=rouhani`); filled for linked pairs and by `explainPair`. */
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

/** Scores one pair with the fitted model in a context, links it at `threshold`, and says what differs. */
export function comparePair(a: Weighted, b: Weighted, model: PairModel, context: PairContext, threshold: number): PairResult {
  const evidence = pairEvidence(a, b, context === 'pair');
  const score = scoreEvidence(evidence, model, context);
  const same = score >= threshold;
  // Reasons are for links a reader sees; most scored pairs are not linked, so they get none here.
  const reasons = same ? explainEvidence(a, b, evidence) : [];
  const differences = same ? findDifferences(a.features, b.features) : [];
  // Linked despite opposite words: the reports disagree on the direction ("rose" / "fell").
  const flipped = same ? oppositePair(a, b, true) : undefined;
  if (flipped) differences.push(`direction: ${flipped[0]} vs ${flipped[1]}`);
  return { score, same, evidence, reasons, differences };
}

/** The reasons shown in tooltips and printed by the CLI, from the same evidence the model weighed. */
export function explainEvidence(a: Weighted, b: Weighted, evidence: PairEvidence): string[] {
  const reasons = [`tfidf=${evidence.cosine.toFixed(2)}`, `coverage=${evidence.coverage.toFixed(2)}/${evidence.minCoverage.toFixed(2)}`];
  const sharedNames = [...a.weights.keys()].filter((t) => t.startsWith('@') && b.weights.has(t)).map((t) => t.slice(1));
  const sharedNumbers = [...a.weights.keys()]
    .filter((t) => t.startsWith('#') && b.weights.has(t) && !measuredApart(a.features.quantities, b.features.quantities, Number(t.slice(1))))
    .map((t) => t.slice(1));
  if (sharedNames.length) reasons.push(`names=${sharedNames.join(',')}`);
  if (sharedNumbers.length) reasons.push(`numbers=${sharedNumbers.join(',')}`);
  if (evidence.polarity) reasons.push('negation differs');
  if (evidence.opposite) reasons.push('opposite words');
  if (evidence.namesOnly) reasons.push('only names shared');
  return reasons;
}
