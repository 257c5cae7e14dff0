import { COMMON_WORDS, VERY_COMMON_WORDS } from '../text/common-words.ts';
import { canonicalStem } from '../text/synonyms.ts';
import { stem } from '../text/tokenize.ts';

/** Inverse document frequency of a term, as used by the similarity. */
export type Idf = (term: string) => number;

const BACKGROUND = new Map<string, number>();
for (const w of COMMON_WORDS) BACKGROUND.set(canonicalStem(stem(w)), 2);
// Very common words last, so a word in both lists gets the lower weight.
for (const w of VERY_COMMON_WORDS) BACKGROUND.set(canonicalStem(stem(w)), 1);

/**
 * A built-in prior for when there is no corpus to count (two sentences from `pairs`): listed common
 * words are cheap, names and specific numbers are dear, and unlisted words get more weight the
 * longer they are, since word length tracks rarity in English.
 */
export function backgroundIdf(term: string): number {
  if (term.startsWith('@')) return 4;
  if (term.startsWith('#')) {
    const v = Number(term.slice(1));
    return v <= 2 ? 1.5 : v <= 10 ? 2.5 : 3.5;
  }
  const known = BACKGROUND.get(term);
  if (known !== undefined) return known;
  return 3 + Math.min(1.5, Math.max(0, term.length - 4) * 0.25);
}

/**
 * IDF over the compared sentences, mixed with the background prior: with N sentences the corpus
 * estimate gets weight N/(N+k). Document frequencies come from `docs` (one term set per sentence).
 */
export function corpusIdf(docs: Iterable<Iterable<string>>, priorSentences: number): { idf: Idf; df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    n++;
    for (const t of doc) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const lambda = n / (n + priorSentences);
  const cache = new Map<string, number>();
  const idf: Idf = (term) => {
    let v = cache.get(term);
    if (v === undefined) {
      const corpus = Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5));
      v = lambda * corpus + (1 - lambda) * backgroundIdf(term);
      cache.set(term, v);
    }
    return v;
  };
  return { idf, df, n };
}
