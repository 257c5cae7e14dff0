import { unifySpellings } from '../text/name-spellings.ts';
import { findNames, type NameMention } from '../text/names.ts';
import { CLAIM_SHARE } from './facts.ts';
import { sentenceFeatures, type SentenceFeatures } from './features.ts';
import { namesOutsideAsides, withoutAsides } from '../text/claims.ts';
import { corpusIdf } from './idf.ts';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './options.ts';
import { PAIR_MODELS, type PairContext } from './pair-model.ts';
import { comparePair, explainEvidence, weigh, type PairResult } from './similarity.ts';
import type { PairScore } from './types.ts';

/**
 * Compares two sentences with nothing else to go on: IDF comes from the pair itself mixed with the
 * built-in English prior. Same evidence and model as `findFacts`. In the default `pair` context the
 * model's own threshold applies; `context: 'story'` takes the model and threshold the app links two
 * reports' sentences by (see `PairContext`). The scores are not the app's for the same two sentences:
 * there IDF is counted over every sentence of the compared reports, and names are read over each
 * whole report.
 */
export function explainPair(a: string, b: string, options: PairOptions = {}): PairResult {
  const opts = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const context = options.context ?? 'pair';
  const [na, nb] = namesOfPair(a, b);
  const fa = sentenceFeatures(a, na);
  const fb = sentenceFeatures(b, nb);
  const { idf } = corpusIdf([fa.terms.keys(), fb.terms.keys()], opts.priorSentences);
  const [wa, wb] = [weigh(fa, idf, opts), weigh(fb, idf, opts)];
  const model = PAIR_MODELS[context];
  const threshold = options.threshold ?? model.threshold;
  const whole = comparePair(wa, wb, model, context, threshold);
  const core = mainClauses(a, b, na, nb, threshold, (x, y) => comparePair(weigh(x, idf, opts), weigh(y, idf, opts), model, context, threshold));
  const result = core && core.score > whole.score ? core : whole;
  return result.same ? result : { ...result, reasons: explainEvidence(wa, wb, result.evidence) };
}

/**
 * The two sentences compared without their asides (`withoutAsides`), as the app's second look
 * scores a sentence's main clause, with a claim's discount (`CLAIM_SHARE`); undefined when neither
 * has one. On ECB+ train ("Tara Reid, the American Pie star, has checked into rehab"): F1 at the
 * threshold 0.584 → 0.590 (58 more true pairs, 7 more false); dev 0.634 → 0.635.
 */
function mainClauses(
  a: string,
  b: string,
  na: NameMention[],
  nb: NameMention[],
  threshold: number,
  compare: (x: SentenceFeatures, y: SentenceFeatures) => PairResult,
): PairResult | undefined {
  const [ca, cb] = [withoutAsides(a), withoutAsides(b)];
  if (ca === a && cb === b) return undefined;
  const result = compare(sentenceFeatures(ca, namesOutsideAsides(ca, na)), sentenceFeatures(cb, namesOutsideAsides(cb, nb)));
  const score = Math.round(result.score * CLAIM_SHARE * 1000) / 1000;
  return { ...result, score, same: score >= threshold };
}

/**
 * Names read as if the two sentences were one text, as the app reads a report: "Felt" then resolves
 * to the "Mark Felt" of the other sentence, and a title-case headline finds its names where the other
 * sentence capitalises them in running prose.
 */
function namesOfPair(a: string, b: string): [NameMention[], NameMention[]] {
  const gap = a.length + 2;
  const all = findNames(`${a}\n\n${b}`);
  const [na, nb] = unifySpellings([all.filter((m) => m.end <= a.length), all.filter((m) => m.start >= gap)]);
  return [na!, nb!.map((m) => ({ ...m, start: m.start - gap, end: m.end - gap }))];
}

export interface PairOptions extends Partial<AlignOptions> {
  context?: PairContext;
}

export function scorePair(a: string, b: string, options: PairOptions = {}): PairScore {
  const { score, same, reasons, differences } = explainPair(a, b, options);
  return { score, same, reasons: [...reasons, ...differences.map((d) => `differs ${d}`)] };
}
