export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | 'time';

export interface EventMention {
  report: string;
  sentence: string;
  /** The time expression as written, and its UTF-16 offsets inside the sentence text. */
  text: string;
  start: number;
  end: number;
}

/** Something a sentence says happened (or will happen) at a resolved date. */
export interface TimelineEvent {
  id: string;
  /** TIMEX3 value of a point in time: `2014-09-24`, `2014-06`, `1979`, `2014-W39`. */
  date: string;
  granularity: Granularity;
  /** The clause around the time expression, readable on its own. */
  label: string;
  /** People, organisations and places named in the mentioned sentences. */
  actors: string[];
  mentions: EventMention[];
}
