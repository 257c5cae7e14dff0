import type { NameMention } from '../text/names.ts';

/**
 * How precise an event's date is. `time` is kept for compatibility but never produced: TIME values
 * are truncated to their day (`day`), because the timeline places events on days, not hours.
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century' | 'time';

export interface EventMention {
  report: string;
  sentence: string;
  /** The time expression as written, and its UTF-16 offsets inside the sentence text. */
  text: string;
  start: number;
  end: number;
  /** The TIMEX3 value as tagged, before TIME values were truncated to their day (`2014-09-24TMO`). */
  value?: string;
  /** Which tagger parser produced the expression, e.g. `parser/weekday`. */
  source?: string;
  /**
   * The report's publication date (ISO) when the expression does not state its own year
   * ("on Wednesday", "in June"), so the UI can say the date was inferred from it.
   */
  inferredFrom?: string;
  /**
   * Set when a date that a report without a publication date left open ("on Saturday", "on March
   * 8") took its day from another report's telling of the same fact ("March 8, 2025", a Saturday):
   * that report and its expression (`date-through-facts.ts`).
   */
  datedBy?: { report: string; text: string };
  /**
   * The expression a "five years later" or "the following year" was counted from: the report's last
   * date before it ("in 1973"), not its publication date (`narrative-anchor.ts`).
   */
  countedFrom?: string;
  /**
   * The expression whose day a clock time without one was put on: "the blaze broke out on Friday
   * night … at 8.40pm" is 8.40pm on Friday, not on the publication day (`narrative-anchor.ts`).
   */
  onDayOf?: string;
  /**
   * Set when the expression is a date by which something must be done ("must leave by Friday",
   * "has until March 1 to respond"), not when something happened (`deadline.ts`). An event whose
   * mentions are all deadlines is titled "Deadline: …".
   */
  deadline?: true;
}

/** A person, organisation or place named in an event's sentences, deduplicated by canonical key. */
export interface ActorRef {
  key: string;
  /** Longest surface form seen, e.g. "David Cameron" over "Cameron". */
  name: string;
  kind: NameMention['kind'];
}

/** Something a sentence says happened (or will happen) at a resolved date. */
export interface TimelineEvent {
  id: string;
  /**
   * TIMEX3 value of a point in time: `2014-09-24`, `2014-06`, `1979`, `2014-W39`, `18` (the
   * 1800s); or a range written as one expression ("from March to May", "Feb. 3-4"), as the ISO
   * 8601 interval of its two ends: `2025-03/2025-05`, `2025-02-03/2025-02-04`. `start`/`end` then
   * cover the whole range and `granularity` is the coarser end's.
   */
  date: string;
  granularity: Granularity;
  /** The clause around the time expression, readable on its own. */
  label: string;
  /** People, organisations and places named in the mentioned sentences. */
  actors: string[];
  mentions: EventMention[];
  /** First and last day (ISO, inclusive) of the span `date` covers. Filled by buildTimeline. */
  start?: string;
  end?: string;
  /** `actors` with their canonical keys and kinds, same order. Filled by buildTimeline. */
  actorRefs?: ActorRef[];
  /**
   * Each report's clock time for this event, when two reports' lie further apart than news rounds
   * (`clockDisagreement`): one happening told at different times. Filled by buildTimeline.
   */
  clocksDiffer?: EventMention[];
}

/**
 * A time expression the timeline cannot place because its report has no publication date: "on
 * Monday" or "later this year" need a "now" to count from. Kept, not dropped, so the reader can say
 * "6 events can't be placed: set this report's publication date".
 */
export interface UnplacedMention {
  report: string;
  /** Sentence id, and the sentence itself so the list can be shown without looking it up. */
  sentence: string;
  sentenceText: string;
  /** The time expression as written, and its UTF-16 offsets inside the sentence text. */
  text: string;
  start: number;
  end: number;
  /** The TIMEX3 value with the unknown parts as X (`XXXX-WXX-1` for "Monday", `XXXX-06` for "June"). */
  value: string;
  /** Which tagger parser produced the expression, e.g. `parser/weekday`. */
  source?: string;
  /** The clause around the expression, as an event's label would read. */
  label: string;
}

/** What `buildTimelineResult` returns: the placed events and, per report, what could not be placed. */
export interface TimelineResult {
  events: TimelineEvent[];
  /** In report order, then sentence order; empty when every report has a publication date. */
  unplaced: UnplacedMention[];
}
