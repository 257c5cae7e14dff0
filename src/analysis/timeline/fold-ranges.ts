import { tagTimexes } from '../time/tag.ts';
import type { Timex } from '../time/types.ts';

/**
 * One expression per range: the tagger keeps TIMEX3's two ends of "from March to May" (both
 * carrying the same `range`), but a timeline event on a range should hold the whole of it, not
 * two cards for its two ends. Each range becomes one Timex over its whole text whose value is the
 * ISO 8601 interval of its ends (`2025-03/2025-05`), which `date-span.ts` reads as one span.
 */
export function foldRanges(sentence: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = [];
  const seen = new Set<string>();
  for (const t of timexes) {
    const r = t.range;
    if (!r || typeof r.from !== 'string' || typeof r.to !== 'string' || !(r.start >= 0 && r.end <= sentence.length && r.start < r.end)) {
      out.push(t);
      continue;
    }
    const key = `${r.start}:${r.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: r.start, end: r.end, text: sentence.slice(r.start, r.end), type: t.type, value: `${r.from}/${r.to}`, source: t.source, range: r });
  }
  return foldDatePairs(sentence, foldPeriodsTo(sentence, out));
}

/** "the three months to March", "the year to June 2024", "the six months ended December 31": the period before a month. */
const PERIOD_TO =
  /\bthe\s+(?:(three|six|nine|twelve|3|6|9|12)\s+months|(year|half-year|half|quarter))\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?$/i;
const PERIOD_MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, year: 12, 'half-year': 6, half: 6, quarter: 3 };

/**
 * A reporting period told by the month it ends in, as British and Australian business news does: "in
 * the three months to March" is January to March, "the year to June 2024" July 2023 to June 2024.
 * Read as the month alone, a quarter's profit sat on a card of its last month; the span replaces the
 * month and the duration the tagger read in "the three months".
 */
function foldPeriodsTo(sentence: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = [];
  for (const t of timexes) {
    const month = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(t.value);
    const period = month ? PERIOD_TO.exec(sentence.slice(Math.max(0, t.start - 60), t.start)) : null;
    if (!month || !period) {
      out.push(t);
      continue;
    }
    const months = PERIOD_MONTHS[(period[1] ?? period[2])!.toLowerCase()] ?? Number(period[1]);
    const end = Number(month[1]) * 12 + Number(month[2]) - 1;
    const begin = end - months + 1;
    const from = `${Math.floor(begin / 12)}-${String((begin % 12) + 1).padStart(2, '0')}`;
    const start = t.start - (sentence.slice(Math.max(0, t.start - 60), t.start).length - period.index);
    // The duration the tagger read in "the three months" is part of the period now.
    while (out.length && out.at(-1)!.start >= start) out.pop();
    out.push({ ...t, start, text: sentence.slice(start, t.end), value: `${from}/${month[1]}-${month[2]}` });
  }
  return out;
}

/**
 * Two dates that date one claim together. "In 2009 and 2010, he was sued three times": two years in
 * a row joined by "and" (or "or") date one claim over both, one event on their span, not two cards
 * that each say "sued three times"; years further apart ("fined in 2016 and 2018") are two occasions
 * and stay two. "Either Jan. 10 or Jan. 11", "in May or June": two days or months joined by "or" are
 * one event whose date the report is unsure of, so one card over both. A day and its year said
 * apart ("Valentine's Day in 2012") are one date, read as if written together; and two days in a row
 * that one stretch covers ("across Monday and Tuesday") one event over both.
 */
function foldDatePairs(sentence: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = [];
  for (const t of timexes) {
    const last = out.at(-1);
    const between = last ? sentence.slice(last.end, t.start) : '';
    const years = last && YEAR.test(last.value) && YEAR.test(t.value) && Number(t.value) === Number(last.value) + 1 && /^\s+(?:and|or|&)\s+$/.test(between);
    const either =
      last &&
      ((DAY.test(last.value) && DAY.test(t.value)) || (MONTH.test(last.value) && MONTH.test(t.value))) &&
      last.value < t.value &&
      /^\s+or\s+$/.test(between);
    // "deliberated across Monday and Tuesday", "over Saturday and Sunday": two days in a row that one
    // stretch of time covers.
    const stretch =
      last &&
      DAY.test(last.value) &&
      DAY.test(t.value) &&
      nextDay(last.value) === t.value &&
      /^\s+and\s+$/.test(between) &&
      /\b(?:across|over|between|throughout)\s+$/i.test(sentence.slice(Math.max(0, last.start - 12), last.start));
    // "Valentine's Day in 2012", "on June 5 of 2009": a day and its year said apart are one date.
    const ownYear = last && YEAR.test(t.value) && DAY.test(last.value) && !/\d{4}/.test(last.text) && /^\s+(?:in|of)\s+$/.test(between);
    if (last && ownYear) {
      const value = tagTimexes(`${last.text} ${t.text}`, null)[0]?.value;
      if (value && DAY.test(value)) {
        out[out.length - 1] = { ...last, end: t.end, text: sentence.slice(last.start, t.end), value };
        continue;
      }
    }
    if (last && (years || either || stretch)) {
      out[out.length - 1] = { ...last, end: t.end, text: sentence.slice(last.start, t.end), value: `${last.value}/${t.value}` };
      continue;
    }
    out.push(t);
  }
  return out;
}
/** The ISO day after `day` (`YYYY-MM-DD`). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
