export interface Mention {
  report: string;
  sentence: string;
  /**
   * `[start, end)` UTF-16 offsets into the sentence of the claim that states the fact, when the
   * sentence states more than this fact ("…, and it took nine hours to put out"); absent when the
   * whole sentence is the fact.
   */
  span?: [number, number];
  /**
   * In a conflict, a wording that holds none of its differences: its links to the others agree
   * ("15% contained" beside "15 percent", both against another report's "25 per cent"; a lead that
   * gives no count at all). Absent on the wordings that disagree, and on every wording of a shared fact.
   */
  undisputed?: true;
}

/**
 * A sentence that no fact holds, and its closest wording in another report: scored below the link
 * threshold, but within the reach a fact's other members need (`AlignOptions.groupShare` of it). The
 * reader offers it so "only here" can be checked: on the labelled whole ECB+ articles
 * (`bench:links` pools) 43 % of such pairs state the same fact and 83 % the same event (train; dev
 * 56 % and 94 %), against about 20 % and 50 % for pairs further below.
 */
export interface RelatedWording {
  report: string;
  sentence: string;
  partner: { report: string; sentence: string };
  score: number;
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
