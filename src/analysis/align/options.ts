/** Every tunable of sentence alignment, with its default. Callers spread over this; nobody restates a default. */
export interface AlignOptions {
  /**
   * A pair is the same fact when `score >= threshold`. Chosen on the dev set
   * (`src/analysis/align/__fixtures__/pairs.jsonl`, `npm run -s bench:facts` prints a sweep):
   * 0.45 had the best accuracy (83.4%) and F1 (87.6%); 0.40 gave 81.3% / 86.6% and lost 4 points
   * on the MSR-style subset (p170–p193, long sentences where negatives share most words).
   * The weights below were set by a logistic fit on the same set, then rounded, with the names
   * weight held at 0 (see `wNames`).
   */
  threshold: number;
  /** Weight of the TF-IDF cosine in the combined score. */
  wCosine: number;
  /** Weight of coverage: the mean over both sentences of the share of its IDF mass the other contains. */
  wCoverage: number;
  /**
   * Weight of the lower of the two coverages: low when one sentence adds much the other lacks
   * ("…rose 12%" vs "…rose 12%, and it will cut 2,000 jobs"), which paraphrase judges call different.
   */
  wMinCoverage: number;
  /**
   * Weight of shared names (Jaccard over name terms). 0 by measurement: names already count in the
   * cosine with `nameBoost`, and a separate bonus mostly linked hard negatives (same people,
   * different fact). Kept as a knob for corpora where that differs.
   */
  wNames: number;
  /** Weight of shared numbers and years (IDF-weighted overlap; "one"/"two" left out). */
  wNumbers: number;
  /** Weight (negative) when exactly one sentence is negated. */
  wPolarity: number;
  /** Weight (negative) when the sentences use opposite words ("rose"/"fell"). */
  wOpposite: number;
  /** Bias of the logistic combination (negative: unrelated sentences score near 0). */
  bias: number;
  /** Multiplier on the IDF of name terms: a shared "Rouhani" says more than a shared "talks". */
  nameBoost: number;
  /**
   * Pseudo-count of background sentences mixed into corpus IDF: idf = mix of corpus IDF (weight
   * N/(N+k)) and a built-in English prior (weight k/(N+k)), so a two-sentence input still has sane weights.
   */
  priorSentences: number;
  /** Candidates per sentence taken from the inverted index before full scoring. */
  maxCandidates: number;
  /**
   * Terms in more than this fraction of all sentences are not indexed (too common to find
   * candidates); keeps posting lists short and the cost near-linear.
   */
  maxIndexedDf: number;
  /** …but terms in up to this many sentences are always indexed, so short reports lose no candidates. */
  minIndexedDf: number;
  /**
   * …and terms in more than this many sentences never are, whatever the text size: a fraction alone
   * lets posting lists grow with the input, which made very long inputs quadratic.
   */
  maxIndexedDfCap: number;
  /** Per fact, at most this many sentences from any one report (stops chains of weak links). */
  maxPerReport: number;
  /**
   * Two groups merge only when every sentence pair across them (from different reports) scores at
   * least this, not only the link that joins them (complete linkage; see `findFacts`).
   */
  groupThreshold: number;
  /** A compound sentence may state several facts; beyond this many its markers stop being readable. */
  maxFactsPerSentence: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  threshold: 0.45,
  wCosine: 0.5,
  wCoverage: 2.5,
  wMinCoverage: 2.5,
  wNames: 0,
  wNumbers: 2,
  wPolarity: -3,
  wOpposite: -4,
  bias: -2,
  nameBoost: 1.5,
  priorSentences: 30,
  maxCandidates: 12,
  maxIndexedDf: 0.05,
  minIndexedDf: 50,
  maxIndexedDfCap: 250,
  maxPerReport: 3,
  groupThreshold: 0.45,
  maxFactsPerSentence: 2,
};
