/**
 * Wire-service datelines that open a report's first paragraph: where it was filed, when, and by
 * whom. The dateline stays in the text (it is part of the lede); only what it says is read.
 *
 *   "PORT LOUIS, Mauritius, March 3, 2019 (AFP) —"    place, region, full date, agency
 *   "LONDON, July 2 (Reuters) -"                      a day without its year (Reuters and Xinhua style)
 *   "WASHINGTON (AP) — "                              no date at all
 *   "Mauritius, 3 March 2019 /PRNewswire/ --"         press-release wires put the credit in slashes
 *   "SAN FRANCISCO--(BUSINESS WIRE)--"                and sometimes glue it to the dashes
 *   "KATHMANDU, Nepal, March 3, 2019 — "              no credit: accepted only with a date and a place in capitals
 *
 * A day without a year stays without one here: `parse-report.ts` takes the year from a stamp of the
 * same page, or marks the date inferred; a dateline never invents a year on its own.
 */
import { wireCredit } from './byline.ts';
import { toIso } from './dateline.ts';
import { monthIndex } from '../text/calendar-words.ts';

export interface WireDateline {
  /** Who the dateline credits ("Reuters", "PRNewswire"); null when it names no one. */
  agency: string | null;
  /** The day it was filed, as written; `year` is null when the dateline leaves it out. */
  date: { year: number | null; month: number; day: number } | null;
}

/** Datelines are short: the credit or the dash comes within this many characters of the start. */
const MAX_DATELINE = 140;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+`;

/** The date at the end of the dateline's head, month first (US, wires) or day first (UK, releases). */
const DATE_TAIL = new RegExp(
  String.raw`,\s*(?:${WEEKDAY})?(?:(?<m1>${MONTH})\s*(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${MONTH}))(?:,?\s+(?<y>\d{4}))?\s*$`,
  'iu',
);

/** Head, then a credit in brackets or slashes, then a dash or colon: the usual wire shape. */
const CREDITED = /^(?<head>[^()\n]{2,100}?)\s*(?:\((?<paren>[^()\n]{2,40})\)|\/(?<slash>[^/()\n]{2,40})\/)\s*(?:[-–—]{1,2}|:)\s*/u;
/** Head and a dash, no credit ("KATHMANDU, Nepal, March 3, 2019 —"). */
const UNCREDITED = /^(?<head>[^()\n]{2,100}?)\s*(?:--|[–—]|\s-)\s+/u;
/** One part of the place: "PORT LOUIS", "Mauritius", "N.J.", "LONDON/NEW YORK"; no digits. */
const PLACE_PART = /^\p{Lu}[\p{L} .'’&/-]{0,40}$/u;
const CAPITALS_PLACE = /^\p{Lu}[\p{Lu} .'’&-]+$/u;

/** Reads the wire dateline at the start of `paragraph`, or null when it does not open with one. */
export function readWireDateline(paragraph: string): WireDateline | null {
  const start = paragraph.slice(0, MAX_DATELINE);
  const credited = CREDITED.exec(start);
  if (credited) {
    const agency = wireCredit(credited.groups!.paren ?? credited.groups!.slash!);
    // "SAN FRANCISCO--(BUSINESS WIRE)--": the first pair of dashes belongs to the credit, not the place.
    const head = readHead(credited.groups!.head!.replace(/\s*[-–—]+$/, ''));
    return agency && head ? { agency, date: head.date } : null;
  }
  const bare = UNCREDITED.exec(start);
  if (!bare) return null;
  const head = readHead(bare.groups!.head!);
  // Without a credit, only a place in capitals and a date tell a dateline from an opening clause.
  if (!head?.date || !CAPITALS_PLACE.test(head.place.split(',')[0]!.trim())) return null;
  return { agency: null, date: head.date };
}

/** Splits a head into its place ("PORT LOUIS, Mauritius") and the date after it, if any. */
function readHead(head: string): { place: string; date: WireDateline['date'] } | null {
  const tail = DATE_TAIL.exec(head);
  const place = (tail ? head.slice(0, tail.index) : head).trim();
  const parts = place.split(/\s*,\s*/);
  if (parts.length > 3 || !parts.every((p) => PLACE_PART.test(p))) return null;
  if (!tail) return { place, date: null };
  const g = tail.groups!;
  const month = monthIndex((g.m1 ?? g.m2)!) ?? 0;
  const day = Number(g.d1 ?? g.d2);
  const year = g.y ? Number(g.y) : null;
  // Checked against a leap year when the year is missing, so "Feb. 29" is not refused too early.
  if (!toIso([year ?? 2000, month, day])) return { place, date: null };
  return { place, date: { year, month, day } };
}
