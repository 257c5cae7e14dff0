import type { TimexRange, TimexType } from './types.ts';
import type { Tense } from './tense.ts';
import type { Ymd } from './calendar.ts';

/** Part of day in TIMEX3 terms (morning, afternoon, evening, night). */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/**
 * What a parser knew but could not resolve on its own: the refiner `resolve-relative` turns an
 * anchor into a value using the document date and the tense around the expression.
 */
export type Anchor =
  /**
   * A weekday, 1 = Monday. `shift` is -1 for "last", 1 for "next", 0 for "this", null when only tense
   * decides; `weekOn`: a week after the coming one ("Tuesday week", "a week on Tuesday").
   */
  | { kind: 'weekday'; day: number; shift: -1 | 0 | 1 | null; pod?: PartOfDay; step?: 1 | -1; weekOn?: true }
  /**
   * A month (1-12), maybe with a day, whose year the text did not give. `step` is set by "the
   * following January" (1) and "the previous March" (-1): the first such month after (before) the
   * date told just before, not the DCT.
   */
  | { kind: 'month'; month: number; day?: number; force?: 'PAST' | 'FUTURE'; step?: 1 | -1 }
  /**
   * The document date moved by `n` units, written at that unit's granularity ("last week" = W-1).
   * `anaphoric` offsets ("a year earlier", "the next day") count from the date mentioned just
   * before them when there is one, as HeidelTime does, else from the DCT.
   */
  | { kind: 'offset'; unit: Unit; n: number; pod?: PartOfDay; anaphoric?: boolean }
  /** A season or quarter or half of a year not given ("this summer", "the third quarter"). */
  /** `told`: "that spring", in the year of the date told just before (DCT and tense without one). */
  | { kind: 'part-of-year'; code: string; shift: -1 | 0 | 1 | null; told?: boolean }
  /**
   * A quarter named by reference to the one the text is reporting on ("the quarter", "the latest
   * period", "the year-earlier quarter", "the 1988 period"): that quarter, `shift` years away, in
   * `year` when written. `fallback` says what to do when no quarter was mentioned before: the last
   * completed quarter (for "latest"), the year alone, or nothing.
   */
  | { kind: 'quarter-ref'; shift: 0 | -1; year?: number; fallback: 'latest' | 'year' | 'drop' }
  /** "the weekend": the nearest one in the tense's direction. */
  | { kind: 'weekend' }
  /** A clock time whose date comes from the document date or an adjacent date. */
  | { kind: 'clock'; time: string }
  /**
   * A day that comes once a year, fixed ("Christmas Day") or movable ("Easter", "Thanksgiving"):
   * `on` gives its date in a year. `force` comes from "last"/"next"/"this" before it, `year` from
   * "last year"/"next year" after it ("on Christmas Eve last year").
   */
  | { kind: 'yearly'; on: (year: number) => Ymd; force?: 'PAST' | 'FUTURE' | 'THIS'; year?: -1 | 1 };

export type Unit = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

/** One expression found by a parser: a `Timex` in the making. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** The TIMEX3 value when the parser could decide it; refiners fill it from `anchor` otherwise. */
  value: string;
  source: string;
  anchor?: Anchor;
  /** Position of the parser in the pipeline; breaks ties between equally long overlapping matches. */
  rank?: number;
  /** A compact range of days in one month ("Feb. 3-4", "3 and 4 February") ends on this day. */
  lastDay?: number;
  /** Set by link-ranges on both ends of a range, or on a compact range. */
  range?: TimexRange;
  /** TIMEX3 `mod`, set by attach-modifiers. */
  mod?: string;
}

/** What every parser and refiner may consult. */
export interface Context {
  text: string;
  dct: Ymd | null;
  /** Tense of the clause around a UTF-16 offset (see tense.ts). */
  tenseAt(offset: number): Tense;
  /** `[start, end)` of the sentence around a UTF-16 offset (see tense.ts). */
  sentenceAt(offset: number): [number, number];
  /**
   * How the whole report writes an all-number date that either order allows ("05/06/2023"), when the
   * text tagged is one sentence of it (`readsDayFirst` over the report); the text's own decides first.
   */
  dayFirst?: boolean;
}

/** A parser finds one kind of expression. `extract` returns null when the match is not a time expression. */
export interface Parser {
  name: string;
  /** Global regex with the `d` flag; the named group `t` is the expression when the pattern needs context around it. */
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: Context): Candidate | Candidate[] | null;
}

/** A refiner takes all candidates (sorted by start) and returns the cleaned list. */
export interface Refiner {
  name: string;
  refine(candidates: Candidate[], ctx: Context): Candidate[];
}

/**
 * A refiner that may widen each candidate to the left ("about" three years, "two to" three weeks),
 * given where the candidate before it ends so that no two spans overlap.
 */
export function widenLeft(name: string, widen: (c: Candidate, text: string, previousEnd: number) => Candidate): Refiner {
  return {
    name,
    refine(candidates, { text }) {
      let previousEnd = 0;
      return candidates.map((c) => {
        const out = widen(c, text, previousEnd);
        previousEnd = Math.max(previousEnd, out.end);
        return out;
      });
    },
  };
}

/** Offsets of the named group `t` when present, otherwise of the whole match. */
export function span(match: RegExpExecArray, group = 't'): [number, number] {
  const g = match.indices?.groups?.[group];
  if (g) return [g[0], g[1]];
  return [match.index, match.index + match[0].length];
}

/** Tests `re` (anchored with `$`) against the up-to-40 characters before `at`. */
export function precededBy(text: string, at: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, at - 40), at));
}

/** Tests `re` (anchored with `^`) against the up-to-40 characters after `at`. */
export function followedBy(text: string, at: number, re: RegExp): boolean {
  return re.test(text.slice(at, at + 40));
}
