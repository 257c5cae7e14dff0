/** Every tunable of sentence alignment, with its default. Callers spread over this; nobody restates a default. */
export interface AlignOptions {
  /**
   * Two sentences of one story are one fact when their score reaches this. Left unset, the story
   * model's threshold (`pair-model.json`, chosen by `scripts/train-pairs.ts` for link precision on the
   * fitting half of the multi-outlet stories); set it only to trade recall for precision.
   */
  threshold?: number;
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
   * A sentence joins a fact only when it scores at least this share of the link threshold with a
   * member of every other report the fact holds, not only with the one that brought it in (complete
   * linkage over reports; see `findFacts`; until Dec 1 with every member, see `allLinked`). 1: every cross-report pair in a fact is itself a link. At the threshold of 0.29 the
   * stories once had, lower values chained the bundled reports' meeting, 1979 and sidelines facts into
   * one. At 0.42, chosen on whole real articles (`bench:links --train`, 13 stories then), 0.8 kept their
   * link precision at 0.8 with recall 41.0 % instead of 37.8 %. On 50 labelled train stories, with the
   * threshold re-chosen for each: 0.7 links 48.3 % at precision 80.4 % (0.8: 47.0 %, 0.6: 48.3 % at a
   * higher threshold, 0.5: 46.9 %, 1: 44.4 %); ECB+ dev in threes (`bench:news`) 46.6 % at 96.0 %
   * instead of 44.3 % at 95.8 %; the held-out stories lost precision (95.7 % → 91.7 %, two links), and
   * the bundled reports keep their facts apart.
   */
  groupShare: number;
  /**
   * …and a sentence from a report the fact already holds must score this share of the threshold with
   * that report's sentences: an outlet states one fact twice mostly as its headline and its lead, and
   * without this the meeting and "the first meeting since 1979" of the bundled reports became one fact
   * through the report that states both in two sentences (they still do at 0.8). It was 1.5, set when
   * the threshold was 0.29; at 0.5 that asked 0.75 of a headline and its lead, and on the 50 labelled
   * train stories (`bench:links --train`) it was the commonest reason a pair above the threshold went
   * unlinked (49 of 106). At 1.0: train recall 47.0 % at precision 80.4 % (44.6 % at 80.3 % with 1.5
   * and the threshold re-chosen), dev 92.1 % / 45.4 % (90.1 % / 44.4 %); 1.2 gained less.
   * Dec 1, with the model of that day: 0.9 links 49.8 % of the train pairs at precision 80.2 % (1.0:
   * 48.5 %, 80.1 %); 0.8 and 0.7 link more (50.1 %, 50.5 % at 80.0 %) but join the bundled reports'
   * meeting with "the first meeting since 1979" again (`seeds.test.ts`); dev unchanged at 0.9.
   * Two facts that merge are held to less (see `mergeable`).
   */
  sameReportShare: number;
  /** A compound sentence may state several facts; beyond this many its markers stop being readable. */
  maxFactsPerSentence: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  nameBoost: 1.5,
  priorSentences: 30,
  maxCandidates: 12,
  maxIndexedDf: 0.05,
  minIndexedDf: 50,
  maxIndexedDfCap: 250,
  maxPerReport: 3,
  groupShare: 0.7,
  sameReportShare: 0.9,
  maxFactsPerSentence: 2,
};
