import type { Timex } from '../time/types.ts';

/** A weekday the tagger could not place for want of a publication date: `XXXX-WXX-6`, `XXXX-WXX-1TNI`. */
const BARE_WEEKDAY = /^XXXX-WXX-([1-7])(T[\dA-Z:]+)?$/;
/** A month, or a day of a month, without its year: `XXXX-03`, `XXXX-03-08`, `XXXX-03-08T18:00`. */
const YEARLESS = /^XXXX-(\d{2}(?:-\d{2})?)(T[\dA-Z:]+)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** What another report's telling of the same fact dates it by: its sentence and tagged dates. */
export interface PartnerDates {
  report: string;
  sentence: string;
  timexes: readonly Timex[];
}

/** A date placed through another report, and the expression there that placed it. */
export interface DatedThrough {
  value: string;
  report: string;
  text: string;
}

/**
 * Places a date that a report without a publication date leaves open ("on Saturday", "on March 8",
 * "in March") by a dated report that states the same fact: the shared fact says the two tellings are
 * one happening, and the partner's date must agree with everything the open one does say (a
 * Saturday, the 8th of March). "The five entered the cave on Saturday" / "entered the cave on
 * March 8, 2025" gives Saturday 8 March 2025. What says nothing to check against ("yesterday", "last
 * week") stays unplaced: the partner's sentence may date another of its claims. So does a date two
 * different partner dates would fit.
 */
export function dateThroughFacts(value: string, partners: readonly PartnerDates[]): DatedThrough | undefined {
  const fits = fitter(value);
  if (!fits) return undefined;
  let found: DatedThrough | undefined;
  for (const p of partners) {
    for (const t of p.timexes) {
      const placed = fits(t.value);
      if (placed === undefined) continue;
      if (found && found.value !== placed) return undefined;
      found ??= { value: placed, report: p.report, text: p.sentence.slice(t.start, t.end) };
    }
  }
  return found;
}

/** For an open value, what a partner's value places it as, or undefined when the two disagree. */
function fitter(value: string): ((partner: string) => string | undefined) | undefined {
  const weekday = BARE_WEEKDAY.exec(value);
  if (weekday) {
    return (partner) => {
      const day = DAY.exec(partner);
      return day && isoWeekday(day) === Number(weekday[1]) ? `${day[0]}${weekday[2] ?? ''}` : undefined;
    };
  }
  const yearless = YEARLESS.exec(value);
  if (yearless) {
    const [, monthDay, timeOfDay = ''] = yearless;
    return (partner) =>
      /^\d{4}-/.test(partner) && partner.slice(5, 5 + monthDay!.length) === monthDay ? `${partner.slice(0, 5 + monthDay!.length)}${timeOfDay}` : undefined;
  }
  return undefined;
}

/** ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` match. */
function isoWeekday([, y, m, d]: RegExpExecArray): number {
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay() || 7;
}
