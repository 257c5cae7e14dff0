import { findNames } from '../text/names.ts';
import { sentenceFeatures } from './features.ts';
import { corpusIdf } from './idf.ts';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './options.ts';
import { comparePair, weigh, type PairResult } from './similarity.ts';
import type { PairScore } from './types.ts';

/**
 * Compares two sentences with nothing else to go on: IDF comes from the pair itself mixed with the
 * built-in English prior. Same scoring and threshold as `findFacts`, so `pairs --jsonl` answers
 * the way the app links sentences.
 */
export function explainPair(a: string, b: string, options: Partial<AlignOptions> = {}): PairResult {
  const opts = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const fa = sentenceFeatures(a, findNames(a));
  const fb = sentenceFeatures(b, findNames(b));
  const { idf } = corpusIdf([fa.terms.keys(), fb.terms.keys()], opts.priorSentences);
  return comparePair(weigh(fa, idf, opts), weigh(fb, idf, opts), opts);
}

export function scorePair(a: string, b: string, options: Partial<AlignOptions> = {}): PairScore {
  const { score, same, reasons, differences } = explainPair(a, b, options);
  return { score, same, reasons: [...reasons, ...differences.map((d) => `differs ${d}`)] };
}
