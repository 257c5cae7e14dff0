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
}
