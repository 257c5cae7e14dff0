import type { Anchor, Candidate, Context, Refiner } from '../candidate.ts';
import type { Tense } from '../tense.ts';
import { THAT_BEFORE } from '../words.ts';
import { periodSaidBeside } from '../period-said.ts';
import { type Ymd, addDays, addMonths, diffDays, fmtDay, fmtMonth, fmtWeek, fmtYear, pad, weekday } from '../calendar.ts';

/**
 * Turns anchors into values against the document date (DCT). Without a DCT the value keeps X's
 * for what the text did not say ("in June" → XXXX-06). Direction follows HeidelTime: the tense
 * around the expression decides past or future, and with no tense cue the nearest one wins.
 */
export const resolveRelative: Refiner = {
  name: 'resolve-relative',
  refine(candidates, ctx) {
    const refs: Reference[] = [];
    // The quarter the text is reporting on, and whether a day or month was mentioned since it.
    let quarter: Reference | null = null;
    let finerSince = false;
    const out = candidates.map((c) => {
      let ref = refs.at(-1) ?? null;
      if (ref && c.anchor?.kind === 'offset' && c.anchor.anaphoric) {
        // The latest date fine enough to count from ("on Oct. 2 this year, … a day later" counts
        // from Oct. 2, not from "this year"); an offset right after a date dates that same thing
        // ("Ash Wednesday a day later", "on Sunday, a day earlier"), so that one is skipped.
        const unit = c.anchor.unit;
        // So is a step after "of" ("In May of the following year" counts from the date before May).
        const gap = ctx.text.slice(ref.end, c.start);
        const adjacent = /^[\s,]*$/.test(gap) || (c.anchor.n !== 0 && /^\s+of\s+$/i.test(gap));
        ref =
          refs
            .slice(0, adjacent ? -1 : refs.length)
            .reverse()
            .find((r) => fineEnough(r, unit) && c.start - r.end <= ANAPHORA_REACH) ?? null;
      }
      const out = c.anchor ? { ...c, value: resolve(c, c.anchor, ctx, ref, quarter && { ...quarter, current: !finerSince }) } : c;
      const next = asReference(out, ctx.text);
      if (next) refs.push(next);
      // Only a quarter named for itself sets the story's quarter; "the year-earlier quarter", "the
      // 1988 period" and "a year ago" point away from it. And results are reported for a quarter
      // that has ended: "a fourth-quarter charge" written in November is an outlook, not the story's quarter.
      const pointsAway =
        c.anchor?.kind === 'quarter-ref' ? c.anchor.shift !== 0 || c.anchor.year !== undefined : YEAR_BACK.test(ctx.text.slice(c.start, c.end));
      const ended = !ctx.dct || !next?.quarter || next.ymd.y * 4 + next.quarter < ctx.dct.y * 4 + Math.ceil(ctx.dct.m / 3);
      if (next?.quarter && !pointsAway && ended) [quarter, finerSince] = [next, false];
      else if (next && next.gran !== 'Y') finerSince = true;
      return out;
    });
    // A quarter named by reference with no quarter to refer to ("the quarter" in a text that named none).
    return out.filter((c) => c.value !== '');
  },
};

/** The last calendar date mentioned, for anaphoric offsets; `gran` is its finest known unit. */
interface Reference {
  ymd: Ymd;
  gran: 'Y' | 'M' | 'D';
  end: number;
  /** Set when the reference is a quarter ("the fourth quarter"). */
  quarter?: number;
  /** Set when the reference is a season written across two years ("the 2005-06 season"). */
  season?: boolean;
  /** Set when the date names a thing rather than telling when ("the Dec. 21, 1988, bombing"). */
  modifier?: boolean;
}

// Anaphora reach back about two sentences; further away the DCT is the safer anchor.
const ANAPHORA_REACH = 400;

function asReference(c: Candidate, text: string): Reference | null {
  if (c.type !== 'DATE' && c.type !== 'TIME') return null;
  const m = /^(?:FY)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?/.exec(c.value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3])
    return {
      ymd: { y, m: Number(m[2]), d: Number(m[3]) },
      gran: 'D',
      end: c.end,
      ...(/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) && { modifier: true }),
    };
  if (m[2]) return { ymd: { y, m: Number(m[2]), d: 1 }, gran: 'M', end: c.end };
  if (m[4]) return { ymd: { y, m: Number(m[4]) * 3 - 2, d: 1 }, gran: 'M', end: c.end, quarter: Number(m[4]) };
  const season = c.range !== undefined && Number(c.range.to) === y + 1;
  return { ymd: { y, m: 1, d: 1 }, gran: 'Y', end: c.end, ...(season && { season }) };
}

/** Whether `ref` is precise enough to count `unit`s from: days need a day, months a month. */
function fineEnough(ref: Reference, unit: string): boolean {
  const need = unit === 'D' || unit === 'W' || unit === 'WE' ? 'D' : unit === 'M' ? 'M' : 'Y';
  return need === 'Y' || (need === 'M' && ref.gran !== 'Y') || ref.gran === 'D';
}

function anchorFor(c: Candidate, unit: string, ref: Reference | null, dct: Ymd): Ymd {
  if (!ref || c.start - ref.end > ANAPHORA_REACH) return dct;
  return fineEnough(ref, unit) ? ref.ymd : dct;
}

// "since June" always looks back; "until Friday", "starting Monday" look forward for weekdays
// and to the nearest month for months ("closed until April 6" is usually still ahead).
const SINCE = /\bsince\s+$/i;
/**
 * A day that a past verb right before it dates, "was arrested on 29 May", "died on May 29": done
 * then, so not a day still ahead of the DCT, which the news-style slack of `monthValue` allows for
 * looser past tenses ("was named president, effective Sept. 1").
 */
// …also past where it was done: "was launched from Tanegashima on December 4".
const DONE_ON = /\b(?:(?:was|were)\s+[a-z]+(?:ed|en)|[a-z]{3,}ed)\s+(?:(?:from|at|in|near|off|outside)\s+(?:[\p{L}'’-]+\s+){1,4})?on\s+$/iu;
/**
 * A month a past verb just before it dates, "was arrested in December", "died in hospital in June": a
 * month not yet begun holds nothing done (DCT 20 November, last December). Not "for September
 * delivery" (a month that names a thing), "moved … to a day in May" (a month the verb looks to) or
 * "guided tours start in May" (an adjective in -ed).
 */
const DONE_IN = /\b(?:(?:was|were)\s+[a-z]+(?:ed|en)\s+(?:[a-z]+\s+){0,2}|[a-z]{2,}ed\s+)(?:in|during)\s+$/i;
const UNTIL = /\b(?:until|till|starting|beginning|through)\s+(?:at\s+least\s+)?$/i;
/** "starting on Thursday", "beginning from Monday": "starting Monday" with its preposition. */
const STARTING_ON = /\b(?:starting|beginning)\s+(?:on|from)\s+$/i;
/**
 * "from Thursday" after a verb that declares, announces or orders what starts then, in its sentence:
 * "announced three days of mourning from Thursday", "has ordered schools closed from Monday". The
 * day is the start of what was declared, still ahead; not a declaration told in the pluperfect
 * ("had declared a curfew from Friday"). Without such a verb "from" is as often a past span's start
 * ("was in hospital from Thursday").
 */
const DECLARED_FROM = /\b(?<!\bhad\s+(?:been\s+)?)(?:announc|declar|proclaim|order|impos|call)(?:ed|es|e|s|ing)?\b[^.;!?]{0,80}?\bfrom\s+$/i;
const UNTIL_ONLY = /\b(?:until|till)\s+(?:at\s+least\s+)?$/i;
/** A postponement moves something to a later day, however past its verb: "the hearing was adjourned until Monday". */
const PUT_OFF = /\b(?:delayed|postponed|adjourned|deferred|put\s+off|pushed\s+back|rescheduled|suspended)\s+(?:until|till|to)\s+$/i;

function tenseFor(c: Candidate, ctx: Context): Tense {
  // Wide enough for "until at least ".
  const before = ctx.text.slice(Math.max(0, c.start - 16), c.start);
  if (SINCE.test(before)) return 'PAST';
  if (c.anchor?.kind === 'weekday' && PUT_OFF.test(ctx.text.slice(Math.max(0, c.start - 30), c.start))) return 'FUTURE';
  // "declared three days of national mourning, starting on Thursday": what was declared starts
  // then, ahead, however past the verb that declared it ("The strike started on Thursday" has no "-ing").
  if (c.anchor?.kind === 'weekday') {
    const sentenceStart = Math.max(ctx.sentenceAt(c.start)[0], c.start - 120);
    if (STARTING_ON.test(ctx.text.slice(Math.max(0, c.start - 20), c.start)) || DECLARED_FROM.test(ctx.text.slice(sentenceStart, c.start))) return 'FUTURE';
  }
  if (UNTIL.test(before)) {
    // A month or season until which something will hold lies ahead: "will stay closed until September"
    // (left to the nearest month, September told in March had been the one behind).
    if (c.anchor?.kind !== 'weekday') return ctx.tenseAt(c.start) === 'FUTURE' ? 'FUTURE' : null;
    // "It was not until Monday evening that divers reached them", "the road was closed until
    // Friday": a past clause keeps "until" in the past. "starting Monday" looks ahead whatever
    // the clause ("declared three days of mourning starting Wednesday").
    return UNTIL_ONLY.test(before) && ctx.tenseAt(c.start) === 'PAST' ? 'PAST' : 'FUTURE';
  }
  return ctx.tenseAt(c.start);
}

/** Matches "a year ago", "one year earlier": the comparison results stories make with the same quarter. */
const YEAR_BACK = /^(?:a|one)\s+year\s+(?:ago|earlier)$/i;

function resolve(c: Candidate, a: Anchor, ctx: Context, ref: Reference | null, quarter: (Reference & { current: boolean }) | null): string {
  if (a.kind === 'quarter-ref') return quarterRef(a, quarter, ctx.dct);
  const dct = ctx.dct;
  if (!dct) return a.kind === 'offset' ? UNKNOWN[a.unit] + (a.pod ? `T${a.pod}` : '') : c.value;
  switch (a.kind) {
    case 'clock':
      return fmtDay(dct) + a.time;
    case 'offset': {
      const from = a.anaphoric ? anchorFor(c, a.unit, ref, dct) : dct;
      // Results "compared with a year earlier" after "the fourth quarter" mean that quarter a year
      // before (TimeBank: 1996-Q4), not the whole year.
      if (a.anaphoric && a.unit === 'Y' && ref?.quarter && from === ref.ymd) return `${fmtYear(from.y + a.n)}-Q${ref.quarter}`;
      // Likewise "net of $1.1 million a year ago" anywhere in a story about a quarter's results,
      // until a day or month is mentioned (TimeBank: the quarter a year before, e.g. 1988-Q3).
      if (quarter?.current && YEAR_BACK.test(ctx.text.slice(c.start, c.end))) return `${fmtYear(quarter.ymd.y - 1)}-Q${quarter.quarter}`;
      // "is expected to rejoin the team this week" written on a Sunday: the ISO week ends that day,
      // so what is still to come falls in the week ahead (the week a US reader's Sunday begins).
      if (a.unit === 'W' && a.n === 0 && !a.anaphoric && weekday(dct) === 7 && tenseFor(c, ctx) === 'FUTURE') return offset(dct, 'W', 1);
      return offset(from, a.unit, a.n) + (a.pod ? `T${a.pod}` : '');
    }
    case 'weekday': {
      // "the following Thursday": the first Thursday after the day told just before (DCT-relative without one).
      const from = a.step && ref?.gran === 'D' && c.start - ref.end <= ANAPHORA_REACH ? ref.ymd : dct;
      // "Tuesday week", "a week on Tuesday" (British): a week after the coming Tuesday.
      if (a.weekOn) return fmtDay(addDays(weekdayDate(dct, a.day, 0, 'FUTURE'), 7)) + (a.pod ? `T${a.pod}` : '');
      // "on Monday last week": that week's Monday, whatever the tense (ISO weeks start on Monday).
      const week = a.shift === null && !a.step ? periodSaidBeside(ctx.text, c.start, c.end, 'week') : null;
      if (week !== null) return fmtDay(addDays(dct, 7 * week + a.day - weekday(dct))) + (a.pod ? `T${a.pod}` : '');
      return fmtDay(weekdayDate(from, a.day, a.shift, tenseFor(c, ctx))) + (a.pod ? `T${a.pod}` : '');
    }
    case 'month': {
      // "March 3 last year": the year is told, so neither the tense nor the story's last date picks it.
      const said = a.step || a.force ? null : periodSaidBeside(ctx.text, c.start, c.end, 'year');
      const told = said === null ? toldYear(c, a, ctx, ref) : dct.y + said;
      if (told !== null) return a.day === undefined ? fmtMonth(told, a.month) : fmtDay({ y: told, m: a.month, d: a.day });
      // "last May" written in May is a year ago, "next May" a year ahead.
      if (a.force && a.day === undefined && a.month === dct.m) return fmtMonth(dct.y + (a.force === 'PAST' ? -1 : 1), a.month);
      // "last October" and "since November" are strictly before the DCT; no news-style slack.
      const tense = a.force ?? (a.step ? (a.step > 0 ? 'FUTURE' : 'PAST') : tenseFor(c, ctx));
      const before = ctx.text.slice(Math.max(0, c.start - 40), c.start);
      const strict =
        a.force !== undefined ||
        a.step !== undefined ||
        SINCE.test(before) ||
        // "will remain closed until at least September" told in October: next September, no slack.
        (tense === 'FUTURE' && UNTIL_ONLY.test(before)) ||
        (tense === 'PAST' && (a.day !== undefined ? DONE_ON.test(before) : DONE_IN.test(before)));
      return monthValue(dct, a.month, a.day, tense, strict);
    }
    case 'weekend': {
      // Saturday of the weekend meant; ISO weeks put Saturday and Sunday in the same week.
      const sat = weekday(dct) >= 6 ? dct : weekdayDate(dct, 6, null, tenseFor(c, ctx));
      return `${fmtWeek(sat)}-WE`;
    }
    case 'part-of-year':
      // "The firm failed in early 2019. … barred him that summer": the summer of 2019, not the DCT's.
      // A winter told after a day of January or February is the one that began the December before.
      if (a.told && ref && c.start - ref.end <= ANAPHORA_REACH && !ref.quarter)
        return `${fmtYear(ref.ymd.y - (a.code === 'WI' && ref.gran !== 'Y' && ref.ymd.m <= 2 ? 1 : 0))}-${a.code}`;
      return partOfYear(dct, a.code, a.shift, tenseFor(c, ctx));
    case 'yearly': {
      if (a.year) return fmtDay(a.on(dct.y + a.year));
      // "last Christmas" and "since Easter" are strictly before the DCT, like "last October".
      const strict = a.force !== undefined || SINCE.test(ctx.text.slice(Math.max(0, c.start - 12), c.start));
      return fmtDay(yearlyDate(dct, a.on, a.force ?? tenseFor(c, ctx), strict));
    }
  }
}

const OF_THAT_YEAR = /^,?\s+of\s+(?:that|the\s+same)\s+year\b/i;
/** "In May of the following year", "in March of the previous year". */
const OF_NEXT_YEAR = /^,?\s+of\s+the\s+(?<dir>following|next|previous|prior)\s+year\b/i;

/**
 * How far from the day told before a bare day may lie to be read in its year: a chronology's next
 * steps. The timeline reads a whole story's chronology by the same reach (`inStoryYear`).
 */
export const CHRONOLOGY_REACH_DAYS = 183;

/**
 * A chronology told in another year than the report's: "On Nov. 2, 2022, … On Nov. 8 Binance agreed
 * …" is 8 November 2022, not of the DCT's year, as AP's "the current year goes unsaid" would have it.
 * Only after a whole day of another year than the DCT's, and only as near to it as half a year, else
 * the DCT's reading stands: after a month or a quarter of another year ("invited to join NATO in July
 * 1997, … will join on March 12") or a day that names a thing ("the Dec. 21, 1988, bombing … agreed in
 * April") news is back in its own year (TimeBank and AQUAINT: 13 such dates).
 */
function chronologyYear(a: Extract<Anchor, { kind: 'month' }>, ref: Reference, dct: Ymd | null): number | null {
  if (ref.gran !== 'D' || ref.modifier || !dct || ref.ymd.y === dct.y) return null;
  const at = (y: number) => ({ y, m: a.month, d: a.day ?? 15 });
  const from = ref.gran === 'D' ? ref.ymd : { ...ref.ymd, d: 15 };
  const y = [ref.ymd.y - 1, ref.ymd.y, ref.ymd.y + 1].reduce((best, cy) => (Math.abs(diffDays(at(cy), from)) < Math.abs(diffDays(at(best), from)) ? cy : best));
  return Math.abs(diffDays(at(y), from)) <= CHRONOLOGY_REACH_DAYS ? y : null;
}

/**
 * The year of a month the story dates by the date it told just before: "On April 18 of that year"
 * and "the following January" after "hired in May 2005" are 2006, not the DCT's year. In a season
 * ("the 2005-06 season … in April of that year") the months up to June are in its second year.
 */
function toldYear(c: Candidate, a: Extract<Anchor, { kind: 'month' }>, ctx: Context, ref: Reference | null): number | null {
  if (!ref || c.start - ref.end > ANAPHORA_REACH) return null;
  const ofThatYear = OF_THAT_YEAR.test(ctx.text.slice(c.end, c.end + 30)) || THAT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 24), c.start));
  if (ofThatYear) return ref.season && a.month <= 6 ? ref.ymd.y + 1 : ref.ymd.y;
  const ofNext = OF_NEXT_YEAR.exec(ctx.text.slice(c.end, c.end + 40))?.groups?.dir;
  if (ofNext) return ref.ymd.y + (/following|next/i.test(ofNext) ? 1 : -1);
  if (!a.step) return a.force ? null : chronologyYear(a, ref, ctx.dct);
  if (ref.gran === 'Y') return ref.ymd.y + (a.step ?? 0);
  const after = a.month > ref.ymd.m || (a.month === ref.ymd.m && (a.day ?? 0) > ref.ymd.d);
  const before = a.month < ref.ymd.m || (a.month === ref.ymd.m && a.day !== undefined && a.day < ref.ymd.d);
  return a.step === 1 ? ref.ymd.y + (after ? 0 : 1) : ref.ymd.y - (before ? 0 : 1);
}

/** The quarter a "quarter-ref" means; '' when there is none to refer to (the candidate is dropped). */
function quarterRef(a: Extract<Anchor, { kind: 'quarter-ref' }>, quarter: Reference | null, dct: Ymd | null): string {
  if (quarter?.quarter) return `${fmtYear((a.year ?? quarter.ymd.y) + a.shift)}-Q${quarter.quarter}`;
  if (a.year !== undefined) return fmtYear(a.year + a.shift);
  if (!dct) return a.fallback === 'drop' ? '' : a.fallback === 'year' ? 'XXXX' : 'XXXX-QX';
  if (a.fallback === 'year') return fmtYear(dct.y + a.shift);
  if (a.fallback === 'latest') {
    // "the latest quarter" before any quarter is named: the last one completed before the DCT.
    const idx = dct.y * 4 + Math.floor((dct.m - 1) / 3) - 1;
    return `${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
  }
  return '';
}

/** Values for DCT-relative expressions when there is no DCT: the unit's shape, all unknown. */
const UNKNOWN: Record<string, string> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX', CE: 'XX' };

function offset(dct: Ymd, unit: string, n: number): string {
  switch (unit) {
    case 'D':
      return fmtDay(addDays(dct, n));
    case 'W':
      return fmtWeek(addDays(dct, 7 * n));
    case 'WE':
      return `${fmtWeek(addDays(dct, 7 * n))}-WE`;
    case 'M': {
      const t = addMonths(dct, n);
      return fmtMonth(t.y, t.m);
    }
    case 'Q': {
      const idx = dct.y * 4 + Math.floor((dct.m - 1) / 3) + n;
      return `${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
    }
    // "two thousand years ago" is before year 1, which TIMEX3 years cannot write.
    case 'DE':
      return dct.y + 10 * n > 0 ? String(Math.floor(dct.y / 10) + n) : 'PAST_REF';
    case 'CE':
      return dct.y + 100 * n > 0 ? pad(Math.floor(dct.y / 100) + n) : 'PAST_REF';
    default:
      return dct.y + n > 0 ? fmtYear(dct.y + n) : 'PAST_REF';
  }
}

/** Weekday by shift, or by tense when the text gave none; the DCT itself when it is that day. */
function weekdayDate(dct: Ymd, day: number, shift: -1 | 0 | 1 | null, tense: string | null): Ymd {
  const wd = weekday(dct);
  const back = (wd - day + 7) % 7 || 7;
  const ahead = (day - wd + 7) % 7 || 7;
  // "this Friday": the coming one unless the clause is in the past ("this Monday's attack was…").
  if (shift === 0) return day === wd ? dct : addDays(dct, tense === 'PAST' ? -back : ahead);
  if (shift === -1) return addDays(dct, -back);
  if (shift === 1) return addDays(dct, ahead);
  if (day === wd) return dct;
  if (tense === 'FUTURE') return addDays(dct, ahead);
  // Present tense ("says", "is"): the nearer of the two, past on a tie.
  if (tense === 'PRESENT') return addDays(dct, ahead < back ? ahead : -back);
  return addDays(dct, -back);
}

/**
 * News style (AP) drops the year for dates in the current year, so a bare month stays in the
 * DCT's year unless the tense points the other way by more than ~two months: "was founded in
 * November" (DCT January) is last year's, but "was named president, effective Sept. 1" (DCT
 * mid-August) is this year's. A strict tense rule (HeidelTime's) gets the second kind wrong.
 */
const TENSE_SLACK_DAYS = 62;

function monthValue(dct: Ymd, month: number, day: number | undefined, tense: string | null, strict: boolean): string {
  const target = (y: number): Ymd => ({ y, m: month, d: day ?? (month === dct.m ? dct.d : 15) });
  const ahead = diffDays(target(dct.y), dct);
  let y = dct.y;
  const slack = strict ? 0 : TENSE_SLACK_DAYS;
  if (tense === 'PAST') y = ahead <= slack ? dct.y : dct.y - 1;
  else if (tense === 'FUTURE') y = ahead >= -slack ? dct.y : dct.y + 1;
  else {
    let best = Infinity;
    for (const cy of [dct.y - 1, dct.y, dct.y + 1]) {
      const dist = Math.abs(diffDays(target(cy), dct));
      if (dist < best) {
        best = dist;
        y = cy;
      }
    }
  }
  return day === undefined ? fmtMonth(y, month) : fmtDay({ y, m: month, d: day });
}

/**
 * How far a holiday may sit on the "wrong" side of the DCT and still be this year's: "was
 * attacked a week before Christmas" (DCT 20 December) is the coming Christmas, and "will reopen
 * after Christmas" written on 27 December the one just gone. Beyond it the tense decides.
 */
const HOLIDAY_SLACK_DAYS = 14;

/** The occurrence of a yearly day meant: by "last"/"next"/"this", else by tense, else the nearest. */
function yearlyDate(dct: Ymd, on: (year: number) => Ymd, tense: Tense | 'THIS', strict: boolean): Ymd {
  if (tense === 'THIS') return on(dct.y);
  const options = [dct.y - 1, dct.y, dct.y + 1].map(on);
  const ahead = (o: Ymd) => diffDays(o, dct);
  if (tense === 'PAST') return options.filter((o) => (strict ? ahead(o) < 0 : ahead(o) <= HOLIDAY_SLACK_DAYS)).at(-1)!;
  if (tense === 'FUTURE') return options.find((o) => (strict ? ahead(o) > 0 : ahead(o) >= -HOLIDAY_SLACK_DAYS))!;
  return options.reduce((best, o) => (Math.abs(ahead(o)) < Math.abs(ahead(best)) ? o : best));
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

function partOfYear(dct: Ymd, code: string, shift: -1 | 0 | 1 | null, tense: string | null): string {
  const season = SEASON_ORDER.indexOf(code);
  if (season < 0) {
    // Quarters and halves: shift is the year ("of last year"); otherwise tense picks this year or an adjacent one.
    const now = code.startsWith('Q') ? Math.ceil(dct.m / 3) : dct.m <= 6 ? 1 : 2;
    const idx = Number(code.slice(1));
    let y = dct.y + (shift ?? 0);
    if (shift === null && tense === 'PAST' && idx > now) y -= 1;
    return `${fmtYear(y)}-${code}`;
  }
  // December to February count as the winter of the year they start in.
  const nowSeason = dct.m === 12 || dct.m <= 2 ? 3 : Math.floor((dct.m - 3) / 3);
  const baseYear = dct.m <= 2 ? dct.y - 1 : dct.y;
  let y = baseYear;
  if (shift === -1) y = season < nowSeason ? baseYear : baseYear - 1;
  else if (shift === 1) y = season > nowSeason ? baseYear : baseYear + 1;
  else if (shift === null && tense === 'PAST') y = season <= nowSeason ? baseYear : baseYear - 1;
  else if (shift === null && tense === 'FUTURE') y = season >= nowSeason ? baseYear : baseYear + 1;
  // No tense: the nearer one, as for bare months. "Two more cuts in 2026, with the next most likely in
  // the spring", told in December, is the coming spring; the season year's own was eight months back.
  else if (shift === null && tense === null)
    y = [baseYear - 1, baseYear, baseYear + 1].reduce((best, cy) => (seasonDistance(dct, cy, season) < seasonDistance(dct, best, season) ? cy : best));
  return `${fmtYear(y)}-${code}`;
}

/** Days from `dct` to the season (0 inside it): spring is March to May, winter December to February. */
function seasonDistance(dct: Ymd, year: number, season: number): number {
  const first = { y: year, m: 3 + 3 * season, d: 1 };
  const last = addDays(addMonths(first, 3), -1);
  return Math.max(0, diffDays(first, dct), diffDays(dct, last));
}
