/**
 * A reference date for a report that states none: the latest day its body names.
 *
 * News is told from its publication day looking back ("said on Monday", "since March 3, 2019"), so
 * the latest full date a report mentions is usually that day or shortly before it, and resolving
 * "on Monday" against it lands on the right week far more often than dropping the event. The date
 * is marked `inferred` on the Report, so the reader can show it as a guess and the user can fix it.
 *
 * Rules, in order:
 * 1. Only day-precise dates that write their year ("March 3, 2019", "3 March 2019", "2019-03-03"):
 *    "in March" or "in 2019" cannot name a day, and a year taken from elsewhere would be a guess
 *    built on a guess.
 * 2. Dates that look forward are skipped: a future tense at the date ("will vote on March 10, 2019",
 *    "is expected", "plans to", see `time/tense.ts`), or a deadline word shortly before it in its
 *    clause ("until", "by", "before", "ahead of", "due", "expires", "scheduled for", "planned for",
 *    "effective").
 *    A past "lasted until March 3" is lost with them; missing one past day costs less than taking
 *    a deadline years ahead as "now".
 * 3. The end of a range ("from March 1 to December 31, 2025", "March 1–3, 2019") is skipped unless
 *    the range is told in the past tense: a running exhibition or contract ends after the report.
 * 4. The latest remaining date wins. Dates in the title and in removed furniture are not read (the
 *    caller passes the body): furniture dates may belong to other articles.
 * 5. No date when a season the body names starts in a later year (see below).
 * 6. A birth date is never the report's day ("was born on April 22, 1923"): an obituary or profile
 *    names it first of all, and its "died Thursday" then landed before the birth.
 * 7. No date when the body names a later year in a clause that does not look forward: "released in
 *    2005" beside "born on April 22, 1923" shows that day is background, however full its date.
 */
import { dayNumber, findDatesInProse, toIso, type FoundDate } from './dateline.ts';
import { makeTenseLookup } from '../time/tense.ts';

/** How far back from a date its clause is searched for a deadline word or a range start. */
const LOOKBACK_CHARS = 40;

/**
 * A dateline day without a year ("LONDON, July 2 (Reuters)") is placed on or after the latest body
 * date, allowing it to fall this many days before it: the body may name a day slightly ahead that
 * rule 2 did not catch ("meets again on July 5, 2018" in the present tense).
 */
const DATELINE_SLACK_DAYS = 31;

/** A deadline word right before the date, with at most a few function words between ("due on the"). */
const DEADLINE =
  /\b(?:until|till|through|thru|by|before|ahead\s+of|no\s+later\s+than|deadline|due|expir\w*|matur\w*|scheduled|slated|planned|expected|set|starting|effective)(?:\s+(?:on|the|of|for|is|was|at|to|be|date))*\s*$/i;
/** "1 to", "March 1 –", "2018 and": another day, month or year just before, joined as a range. */
const RANGE_START = /(?:\b\d{1,2}(?:st|nd|rd|th)?|\b\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*(?:to|[-–—]|and)\s*$/i;

/** The latest day `paragraphs` name that can stand for the report's own date (see the rules above), or null. */
export function inferReferenceDate(paragraphs: readonly string[]): string | null {
  let latest: string | null = null;
  // The latest year the body names on its own (rule 7) and the latest season start (rule 5).
  let looseYear = 0;
  let seasonYear = 0;
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== 'string') continue;
    let lookup: ((offset: number) => string | null) | null = null;
    const tenseAt = (offset: number) => (lookup ??= makeTenseLookup(paragraph))(offset);
    const dates = findDatesInProse(paragraph);
    for (const found of dates) {
      const before = clauseBefore(paragraph, found.index);
      if (DEADLINE.test(before) || BORN.test(before)) continue;
      const tense = tenseAt(found.index);
      if (tense === 'FUTURE') continue;
      if (RANGE_START.test(before) && tense !== 'PAST') continue;
      if (!latest || found.iso > latest) latest = found.iso;
    }
    looseYear = Math.max(looseYear, latestLooseYear(paragraph, dates, tenseAt));
    seasonYear = Math.max(seasonYear, ...seasonStartYears(paragraph));
  }
  if (!latest) return null;
  const year = Number(latest.slice(0, 4));
  // 5. A season that starts after that day's year ("through the 2008-09 season") shows the day is
  //    background: a coach "named on May 23, 2005" in a report of December 2008. No date beats a
  //    wrong one, which would move every "on Monday" of the report years away. The season the day
  //    opens ("named on May 23, 2005, for the 2005-06 season") leaves it. 7. So does a later year.
  return looseYear > year || seasonYear > year ? null : latest;
}

/** "born", "was born on", "born in Nashville on": the date that follows is a birth date. */
const BORN = /\bborn\b[^;]*$/i;

/**
 * The latest year `text` names on its own (rule 7), else 0: not inside a full date (`dates`; rules
 * 1–4 judge those), not the second year of a season ("2005-06"), not a deadline or a plan.
 */
function latestLooseYear(text: string, dates: readonly FoundDate[], tenseAt: (offset: number) => string | null): number {
  let latest = 0;
  for (const m of text.matchAll(/\b(?:1[89]|20)\d\d\b/g)) {
    const year = Number(m[0]);
    if (year <= latest || dates.some((d) => m.index >= d.index && m.index < d.index + d.length)) continue;
    if (/\d[-–/]$/.test(text.slice(0, m.index)) || DEADLINE.test(clauseBefore(text, m.index))) continue;
    if (tenseAt(m.index) !== 'FUTURE') latest = year;
  }
  return latest;
}

/** The first years of seasons written "2008-09" or "2008-2009" (the second year follows the first). */
function seasonStartYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\b((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)\b/g)) {
    const start = Number(m[1]);
    const end = m[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (end === start + 1) out.push(start);
  }
  return out;
}

/**
 * A dateline's day in the year that puts it on or after `latest` (less `DATELINE_SLACK_DAYS`):
 * the dateline is the filing day, and the body looks back from it.
 */
export function datelineDayAfter(latest: string, month: number, day: number): string | null {
  const year = Number(latest.slice(0, 4));
  const floor = dayNumber(latest) - DATELINE_SLACK_DAYS;
  for (const y of [year - 1, year, year + 1]) {
    const iso = toIso([y, month, day]);
    if (iso && dayNumber(iso) >= floor) return iso;
  }
  return null;
}

/** The few words before `index` in the same clause. */
function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - LOOKBACK_CHARS), index);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}
