import type { Timex } from '../time/types.ts';

/** A weekday the tagger could not place for want of a publication date: `XXXX-WXX-6`, `XXXX-WXX-1TNI`. */
const BARE_WEEKDAY = /^XXXX-WXX-([1-7])(T[A-Z]{2})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** What another report's telling of the same fact dates it by: its tagged dates. */
export interface PartnerDates {
  report: string;
  sentence: string;
  timexes: readonly Timex[];
}

/** A weekday placed through another report, and the expression there that placed it. */
export interface DatedThrough {
  value: string;
  report: string;
  text: string;
}

/**
 * Places "on Saturday" in a report without a publication date by a dated report that states the same
 * fact: when the partners' sentences give exactly one calendar day, and that day is a Saturday, the
 * Saturday is that day ("the five entered the cave on Saturday" / "entered the cave on March 8").
 * The shared fact says the two tellings are one event and the weekday checks the day; without a
 * check (a month, "last week", "yesterday") the partner's day could be another happening of the same
 * sentence, so those stay unplaced. Two different candidate days leave it unplaced too.
 */
export function weekdayThroughFacts(value: string, partners: readonly PartnerDates[]): DatedThrough | undefined {
  const bare = BARE_WEEKDAY.exec(value);
  if (!bare) return undefined;
  const weekday = Number(bare[1]);
  let found: DatedThrough | undefined;
  for (const p of partners) {
    for (const t of p.timexes) {
      const day = DAY.exec(t.value);
      if (!day || isoWeekday(day) !== weekday) continue;
      const placed = `${day[0]}${bare[2] ?? ''}`;
      if (found && found.value.slice(0, 10) !== placed.slice(0, 10)) return undefined;
      found ??= { value: placed, report: p.report, text: p.sentence.slice(t.start, t.end) };
    }
  }
  return found;
}

/** ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` match. */
function isoWeekday([, y, m, d]: RegExpExecArray): number {
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay() || 7;
}
