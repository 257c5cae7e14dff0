export interface Mention {
  report: string;
  sentence: string;
  /**
   * `[start, end)` UTF-16 offsets into the sentence of the claim that states the fact, when the
   * sentence states more than this fact ("…, and it took nine hours to put out"); absent when the
   * whole sentence is the fact.
   */
  span?: [number, number];
}

/** Sentences in different reports that state the same fact. */
export interface Fact {
  id: string;
  /** `conflict` when the sentences state the same fact with different numbers, dates, names or quantities. */
  kind: 'shared' | 'conflict';
  mentions: Mention[];
  /** Similarity in [0,1] of the group's strongest link. */
  score: number;
  /** Human-readable reasons for the link, e.g. `tfidf=0.41`, shown in tooltips and `--explain`. */
  reasons: string[];
  /** For conflicts: what differs, e.g. `number: 35 vs 34`. Empty for shared facts. */
  differences: string[];
}

export interface PairScore {
  score: number;
  /** The same decision the app uses to link two sentences as one fact. */
  same: boolean;
  reasons: string[];
}
