import { type Candidate, type Parser, span } from '../candidate.ts';

/** Fixed-date holidays: "Christmas", "Christmas Eve", "New Year's Day", "Halloween", "Independence Day" (US). */
export const PATTERN = /(?<![\w-])(?<h>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|New\s+Year['’]s|Halloween|Valentine['’]s\s+Day|Independence\s+Day|the\s+Fourth\s+of\s+July|Boxing\s+Day)(?![\w-])(?!\s+(?:tree|trees|card|cards|present|presents|shopping|market|party|lights|carol|carols|dinner|sales?|truce|bonus|season|holidays?|Island|Resolution|Honou?rs))/dg;

const DAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], "new year's eve": [12, 31],
  "new year's day": [1, 1], "new year's": [1, 1], halloween: [10, 31], "valentine's day": [2, 14],
  'independence day': [7, 4], 'the fourth of july': [7, 4], 'boxing day': [12, 26],
};

export function extract(match: RegExpExecArray): Candidate | null {
  const key = (match.groups?.h ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
  const md = DAYS[key];
  if (!md) return null;
  const [start, end] = span(match);
  const [month, day] = md;
  return {
    start, end, type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    source: 'parser/holiday', anchor: { kind: 'month', month, day },
  };
}

export const holidayParser: Parser = { name: 'holiday', pattern: PATTERN, extract };
