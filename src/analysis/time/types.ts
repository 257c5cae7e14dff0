export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression found in text, normalised in TIMEX3 terms. Offsets are UTF-16 indices. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2014-09-24`, `2014-W39`, `1979`, `P35Y`, `PRESENT_REF`, `XXXX-06`, … */
  value: string;
  /** Which parser produced it, e.g. `parser/weekday`, for explanations and debugging. */
  source: string;
  /**
   * Set when the expression is part of a range. TIMEX3 (and TimeBank) tag the two ends of "from
   * March to May" or "between 2014 and 2016" as two expressions, so each end stays a Timex of its
   * own and both carry the same `range`; a compact range ("Feb. 3-4", "3 and 4 February") is one
   * Timex whose value is its first day. Readers that want the span as one expression use `range`.
   */
  range?: TimexRange;
  /**
   * TIMEX3 `mod` when a modifier is part of the span: APPROX ("about three years"), MORE_THAN,
   * LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, START ("early 1990"), MID, END ("late November").
   * The value is that of the expression without it.
   */
  mod?: string;
}

/** A range as one expression: where it is written (UTF-16 offsets) and the TIMEX3 values of its ends. */
export interface TimexRange {
  start: number;
  end: number;
  from: string;
  to: string;
}
