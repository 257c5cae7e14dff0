import { eventWeight } from '../align/event-words.ts';
import { daysFromIso } from '../time/calendar.ts';
import type { DateSpan } from './date-span.ts';
import { sameSpelling } from '../text/spelling.ts';

/**
 * Which dated mentions tell one event, so the timeline shows one card per real event.
 *
 * Two mentions can only be one event when their dates are compatible: the same span, or one inside
 * the other ("in 2022" and "on 14 September 2022", "last month" and "on 2 February"). Among those,
 * they are one event when:
 *
 * 1. they date the same claim of one sentence (a dateline's date and "on Friday");
 * 2. a shared fact links their sentences and the fact's claim holds both dates: the facts already
 *    weighed names, figures, wording and the event word across the reports. Across a coarse and a
 *    fine date only when the coarse one is at most a month: "the investigation opened in November
 *    2023" and "23 fires in 2023" can be one fact's wording and still two happenings of that year;
 * 3. or what they say around the date shares enough rare terms: `sharedMass` adds the IDF of each
 *    term both claims have (canonical stems, so "killed" meets "died"; names; figures), taken over
 *    the comparison's own mentions, so the story's ever-present words ("fire", "cave") weigh little
 *    and what two mentions alone share ("doctor", "recall", a surname, "2-1") weighs much.
 *
 * The evidence needed grows with the room the dates leave for other happenings. On one day a
 * single rare shared word is enough: two happenings of one day told in one story share none (the
 * group missed; the first divers turned back), while two tellings of one happening nearly always
 * repeat a telling word. The word for what happened is enough however common it is: a story of one
 * quake says "quake" in nearly every mention, which makes it light, yet every "quake" of the quake's
 * day is that quake (four tellings of a Sunday quake were four cards: "the quake, which struck at
 * 1353", "Sunday's quake", "an earthquake razed villages … Sunday", "a slight tremor today after a
 * more serious earthquake"). A month or a year holds many happenings, so more must be shared, and a
 * coarse date of more than a month against a fine one ("later this year" / "on 2 February") needs
 * the most. The same
 * rule holds within one report and across reports.
 *
 * Clusters are built strongest link first (Kruskal), and a cluster keeps the narrowest span of its
 * members: a link that would join spans that do not nest ("spring 2019" with "August 2019", both
 * inside "2019") is refused, so one coarse mention never chains two events together; so is one
 * that would join clusters whose sentences give no age in common (two people's falls of one day,
 * chained through "the man is thought to have fallen earlier in the day"). Rejected
 * alternatives: one card per date (two events of one day would always share a card, and a mixed
 * card misleads where a split one only repeats), and cosine similarity (a long sentence and a short
 * one that share their one telling word score low, and that word is the evidence).
 */
export const MERGE_EVIDENCE = {
  /** Shared mass two mentions of the same day (or times on it) need. */
  sameDay: 0.35,
  /** Shared mass two mentions of the same longer span (a week, a month, a year) need. */
  sameSpan: 0.6,
  /** Shared mass a coarse mention (longer than `nestedMonthDays`) needs with a finer one inside it. */
  nested: 1.0,
  /** Longest coarse span, in days, that asks only `sameSpan` of a finer mention inside it: a month. */
  nestedMonthDays: 31,
  /** Longest coarse span, in days, a shared fact alone may join to a finer one inside it. */
  factNestedDays: 31,
  /**
   * How often a word must be the event of its sentence in news (`eventWeight`) for its sharing
   * alone to join two mentions of one day: "quake" (0.97) and "killed" (0.93) do; "arrested" (0.79),
   * which a story may tell of two suspects on one day, and "said" (0.1) do not.
   */
  sameDayEventWord: 0.8,
} as const;

/**
 * How many earlier mentions sharing a term a mention is compared with, per term: keeps merging
 * near-linear on long inputs, and covers every pair in a story of a few hundred mentions.
 */
const POSTINGS_SCANNED = 24;
/** How many links to earlier mentions each mention keeps, strongest first. */
const LINKS_KEPT = 8;
/** Terms lighter than this (a relative IDF: in most mentions of a long input) are not used to find pairs. */
const SEARCH_WEIGHT = 0.15;

export interface MergeItem {
  /** Report, sentence and claim: items of one claim are one event when their dates nest. */
  sentenceKey: string;
  span: DateSpan;
  /**
   * The part of `span` an "early", "mid-" or "late" leaves: two mentions whose parts do not overlap
   * are two happenings ("spotted in early September" / "did not tell customers until 26 September"),
   * while the evidence asked stays that of `span` ("late 2028" and "2028" are one year's plan).
   */
  part?: DateSpan;
  /** The claim's terms, for `similarity`. */
  terms: ReadonlySet<string>;
  /** The people the claim names (`@surname`): two claims naming different people tell different happenings. */
  people: ReadonlySet<string>;
  /** The ages its sentence gives people ("a 36-year-old climber"): two tellings with no age in common tell of different people. */
  ages?: ReadonlySet<number>;
  /** The claim says "he" or "she": who may be a person the other claim names ("In January 1955, she was the centerfold"). */
  pronoun?: boolean;
  /**
   * The clock time of a live page's entry stamp that dates it, in minutes after midnight: one page's
   * entries at two times are two happenings, however many words they share. Clocks
   * in the telling are not used: "the operation began at 8 a.m." and "the last caver was out at 6:40
   * p.m." tell one rescue. Across reports a stamp may be another zone's, so it is compared within a
   * report only.
   */
  clock?: number;
  /** Ids of the shared facts whose claim holds this item's date. */
  facts: readonly string[];
  /**
   * The date is written as a range ("sold between June 2022 and January 2024"): a period, told apart
   * from a date that starts later inside it ("stopped selling in January"), a happening of its own.
   */
  range?: boolean;
  /**
   * The date names a happening by its head noun ("the big fire of 2018", "the 2005 film"): that
   * noun's term. A definite reference presumes the one happening of that date the story knows.
   */
  refersTo?: string;
  /** The date is the day something was said, not the day of what was said (`datesSaying`). */
  saying?: boolean;
  /** Of a saying, the terms its claim names only as a known thing, "the leak" (`said-about.ts`). */
  referred?: ReadonlySet<string>;
}

export interface Link {
  a: number;
  b: number;
  score: number;
  /** Why the two were joined, for debugging: `sentence`, `fact f3`, `shared 0.42`. */
  reason: string;
}

const nests = (x: DateSpan, y: DateSpan) => (x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end);
const sameSpan = (x: DateSpan, y: DateSpan) => x.start === y.start && x.end === y.end;
/**
 * Whether a date may tell the same event as a written range: a date around the range is the period
 * told coarsely ("earlier this year, cables were cut between late January and early February"), and
 * a date at its start is the period dated by its beginning, as reports usually date one ("tours start
 * in May" / "tours between May and September"). A date that starts later inside the range is a
 * happening of its own: "stopped selling in January" ends "sold from June 2022 to January 2024".
 */
const fitsRange = (range: DateSpan, other: DateSpan) => other.start === range.start || (other.start <= range.start && range.end <= other.end);

/** Dates that may tell one event: nesting spans, and a written range only with a range or a date that fits it. */
function compatibleDates(x: DateSpan, xRange: boolean, y: DateSpan, yRange: boolean): boolean {
  if (!nests(x, y)) return false;
  // A century places nothing inside it: "the biggest scandal of the 20th century" ranks the scandal,
  // it does not tell the resignation "in August 1974". A decade may ("resigned in the 1970s").
  if ((yearsOf(x)[0] === WIDE) !== (yearsOf(y)[0] === WIDE)) return false;
  if (xRange === yRange) return true;
  return xRange ? fitsRange(x, y) : fitsRange(y, x);
}
const overlap = (x: DateSpan, y: DateSpan) => x.start <= y.end && y.start <= x.end;
const compatible = (x: MergeItem, y: MergeItem) => compatibleDates(x.span, !!x.range, y.span, !!y.range) && overlap(x.part ?? x.span, y.part ?? y.span);

/** Length of a span in days: a day-sized span is told apart without calendar arithmetic. */
function days(span: DateSpan): number {
  if (span.start === span.end) return 1;
  if (span.start.slice(0, 7) === span.end.slice(0, 7)) return Number(span.end.slice(8, 10)) - Number(span.start.slice(8, 10)) + 1;
  return (daysFromIso(span.end) ?? 0) - (daysFromIso(span.start) ?? 0) + 1;
}

/**
 * Both claims name people and none of them the same: Obama rallying support and Cameron meeting
 * Rouhani on one Wednesday are two happenings, however many words ("sought", "jihadists") they share.
 * So are two tellings whose sentences give no age in common, named or not ("a 36-year-old
 * Australian climber died" / "32-year-old Englishman Robert Buckley fell").
 */
function peopleClash(a: MergeItem, b: MergeItem): boolean {
  if (agesDiffer(a.ages, b.ages)) return true;
  if (a.people.size === 0 || b.people.size === 0 || a.pronoun || b.pronoun) return false;
  // One person spelled two ways by two outlets ("Salahuddin" / "Salahaddin") is no clash.
  for (const p of a.people) if (b.people.has(p) || [...b.people].some((q) => sameSpelling(p.slice(1), q.slice(1)))) return false;
  return true;
}

const agesDiffer = (x: ReadonlySet<number> | undefined, y: ReadonlySet<number> | undefined) => !!x?.size && !!y?.size && ![...x].some((n) => y.has(n));

/** How far apart one page's entry stamps may be and still tell one happening: a live page's entries are its happenings, minutes apart. */
const CLOCK_SLACK_MINUTES = 0;
type Clocks = Map<string, number[]> | undefined;
const reportOf = (item: MergeItem) => item.sentenceKey.slice(0, item.sentenceKey.indexOf('\u0000'));
/** Some report tells both clusters at clock times, none of them within the slack of the other's. */
function clocksApart(x: Clocks, y: Clocks): boolean {
  if (!x || !y) return false;
  for (const [report, times] of x) {
    const other = y.get(report);
    if (other && !times.some((t) => other.some((u) => Math.abs(t - u) <= CLOCK_SLACK_MINUTES))) return true;
  }
  return false;
}
function joinClocks(x: Clocks, y: Clocks): Clocks {
  if (!x || !y) return x ?? y;
  const out = new Map(x);
  for (const [report, times] of y) out.set(report, [...(out.get(report) ?? []), ...times]);
  return out;
}

/**
 * One mention is a saying whose claim shares with the other only words it names as a known thing:
 * "officials said on Monday that a faulty valve caused the leak" is a finding about Monday's leak,
 * not the leak, however rare "leak" is or however surely it names what happened. Names do not count
 * either way; a shared verb, indefinite noun or figure still joins ("police said on Monday a man was
 * arrested" / "a man was arrested on Monday"). Two sayings, or a shared fact, are weighed as before.
 */
function sayingAboutIt(a: MergeItem, b: MergeItem): boolean {
  if (!!a.saying === !!b.saying) return false;
  const [saying, other] = a.saying ? [a, b] : [b, a];
  let shared = false;
  for (const t of saying.terms) {
    if (t.startsWith('@') || !other.terms.has(t)) continue;
    if (!saying.referred?.has(t)) return false;
    shared = true;
  }
  return shared;
}

const sameDay = (x: DateSpan, y: DateSpan) => sameSpan(x, y) && x.start === x.end;

/** A term that names what happened ("quak", "kill"), not a name, a figure or a word around the happening. */
const isEventWord = (term: string) => !term.startsWith('@') && !term.startsWith('#') && eventWeight(term) >= MERGE_EVIDENCE.sameDayEventWord;

/** Whether two mentions of one day share the word for what happened (see the module comment). */
function shareEventWord(a: MergeItem, b: MergeItem): boolean {
  if (!sameDay(a.span, b.span)) return false;
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  for (const t of small) if (large.has(t) && isEventWord(t)) return true;
  return false;
}

/**
 * Whether two claims share a word or a figure, not only names. On one day, the same people and
 * places are enough ("at Hampden on Saturday" / "at Hampden for yesterday's final"); over a month
 * or a year the same protagonist does many things ("In 2019 Smith founded the firm" / "In 2019
 * Smith bought a rival"), so what happened must be shared too.
 */
function sharesContent(a: MergeItem, b: MergeItem): boolean {
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  for (const t of small) if (!t.startsWith('@') && large.has(t)) return true;
  return false;
}

/**
 * The shared mass two mentions with these nesting spans need. A coarse date of at most a month
 * against a finer one inside it asks what two mentions of that month ask: the month leaves the same
 * room for other happenings whether the other telling names its day or not ("the dam gave way on 14
 * September" / "the collapse in September followed two days of rain"). A quarter, a year or more
 * asks the most, because such a mention often sums up many happenings ("23 fires in 2023").
 */
export function evidenceNeeded(x: DateSpan, y: DateSpan): number {
  if (!sameSpan(x, y)) return Math.max(days(x), days(y)) <= MERGE_EVIDENCE.nestedMonthDays ? MERGE_EVIDENCE.sameSpan : MERGE_EVIDENCE.nested;
  return x.start === x.end ? MERGE_EVIDENCE.sameDay : MERGE_EVIDENCE.sameSpan;
}

/**
 * Whether one mention names its happening by a noun the other's claim has: "the hills had not been
 * cleared since the big fire of 2018" speaks of the fire of 2018, and a telling of a fire in 2018
 * needs no more shared words than one of a single day. Without the definite reference, two
 * mentions of a year that share one word are two happenings as often as one.
 */
function refersToOther(a: MergeItem, b: MergeItem): boolean {
  return (!!a.refersTo && b.terms.has(a.refersTo)) || (!!b.refersTo && a.terms.has(b.refersTo));
}

/** Whether a shared fact may join two mentions with these nesting spans on its own. */
function factJoins(x: DateSpan, y: DateSpan): boolean {
  return sameSpan(x, y) || Math.max(days(x), days(y)) <= MERGE_EVIDENCE.factNestedDays;
}

/** A span of more years than this (a decade, a century) is looked up among the other wide ones only. */
const MAX_YEARS_INDEXED = 12;
const WIDE = 'wide';

/** The years a span touches, as index buckets; `wide` for a span of many years. */
function yearsOf(span: DateSpan): string[] {
  const [first, last] = [Number(span.start.slice(0, 4)), Number(span.end.slice(0, 4))];
  if (!(last - first < MAX_YEARS_INDEXED)) return [WIDE];
  return Array.from({ length: last - first + 1 }, (_, k) => String(first + k));
}

/** The links worth weighing: same sentence, shared facts, and pairs that share a term. */
export function candidateLinks(
  items: readonly MergeItem[],
  similarity: (a: MergeItem, b: MergeItem) => number,
  weight: ReadonlyMap<string, number> = new Map(),
  debug?: (message: () => string) => void,
): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const consider = (a: number, b: number, score: number, reason: string) => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (a === b || seen.has(key) || !compatible(items[a]!, items[b]!)) return;
    seen.add(key);
    links.push({ a: Math.min(a, b), b: Math.max(a, b), score, reason });
  };

  const bySentence = new Map<string, number[]>();
  const byFact = new Map<string, number[]>();
  items.forEach((item, i) => {
    const list = bySentence.get(item.sentenceKey);
    if (list) list.push(i);
    else bySentence.set(item.sentenceKey, [i]);
    for (const f of item.facts) {
      const members = byFact.get(f);
      if (members) members.push(i);
      else byFact.set(f, [i]);
    }
  });
  for (const members of bySentence.values())
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) consider(members[x]!, members[y]!, 3, 'sentence');
  for (const [fact, members] of byFact) {
    // A fact has a handful of mentions; a pathological one would still be cut to its first few.
    const some = members.slice(0, POSTINGS_SCANNED);
    for (let x = 0; x < some.length; x++)
      for (let y = x + 1; y < some.length; y++) {
        const [a, b] = [some[x]!, some[y]!];
        if (factJoins(items[a]!.span, items[b]!.span)) consider(a, b, 2, `fact ${fact}`);
      }
  }

  // Pairs sharing a term within a year they both touch (or with a span of many years), each weighed once.
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    const own = yearsOf(item.span);
    const buckets = own[0] === WIDE ? own : [...own, WIDE];
    const weighed = new Set<number>();
    const found: Link[] = [];
    for (const term of item.terms) {
      // A term most mentions have finds no pair worth a link on its own; a rarer shared term will,
      // and so does the word for what happened, on one day.
      if ((weight.get(term) ?? 1) < SEARCH_WEIGHT && !isEventWord(term)) continue;
      for (const bucket of buckets) {
        const list = postings.get(`${bucket}\u0000${term}`);
        if (!list) continue;
        for (let k = list.length - 1; k >= Math.max(0, list.length - POSTINGS_SCANNED); k--) {
          const j = list[k]!;
          if (weighed.has(j)) continue;
          weighed.add(j);
          if (!compatible(item, items[j]!)) continue;
          if (peopleClash(item, items[j]!)) {
            debug?.(() => `no link ${j}–${i}: different people`);
            continue;
          }
          if (sayingAboutIt(item, items[j]!)) {
            debug?.(() => `no link ${j}–${i}: a saying about it`);
            continue;
          }
          const score = similarity(item, items[j]!);
          const needed = shareEventWord(item, items[j]!)
            ? 0
            : refersToOther(item, items[j]!)
              ? MERGE_EVIDENCE.sameDay
              : evidenceNeeded(item.span, items[j]!.span);
          if (score >= needed && !sameDay(item.span, items[j]!.span) && !sharesContent(item, items[j]!)) {
            debug?.(() => `no link ${j}–${i}: names only`);
            continue;
          }
          if (score >= needed) found.push({ a: j, b: i, score, reason: `shared ${score.toFixed(2)}` });
          else debug?.(() => `no link ${j}–${i}: shared ${score.toFixed(2)} < ${needed}`);
        }
      }
    }
    // Its strongest links are all a mention needs to join its event; the rest only cost sorting.
    if (found.length > LINKS_KEPT) found.sort((x, y) => y.score - x.score).length = LINKS_KEPT;
    links.push(...found);
    for (const term of item.terms)
      for (const bucket of own) {
        const list = postings.get(`${bucket}\u0000${term}`);
        if (list) list.push(i);
        else postings.set(`${bucket}\u0000${term}`, [i]);
      }
  });
  return links;
}

/**
 * Groups of item indices, each one event: links are taken strongest first and joined when the two
 * clusters' spans nest; a cluster's span is then the narrower one. Groups come in order of their
 * first item, items in index order.
 */
export function mergeMentions(items: readonly MergeItem[], links: readonly Link[]): number[][] {
  const parent = items.map((_, i) => i);
  const span = items.map((item) => item.span);
  // Whether a cluster's span is a written range: a date around the range may have joined it first,
  // and a date inside the range must still not ride in on that date's link.
  const range = items.map((item) => !!item.range);
  // What a cluster's "early/mid/late" leaves of its span: the overlap of its members' parts.
  const part = items.map((item) => item.part ?? item.span);
  // The ages a cluster's tellings give: a chain through a telling that names no one ("The man is
  // thought to have fallen earlier in the day") must not join a 36-year-old's fall to a 32-year-old's.
  const ages = items.map((item) => (item.ages?.size ? new Set(item.ages) : undefined));
  const clocks = items.map((item) => (item.clock === undefined ? undefined : new Map([[reportOf(item), [item.clock]]])));
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of ordered) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb || !compatibleDates(span[ra]!, range[ra]!, span[rb]!, range[rb]!) || !overlap(part[ra]!, part[rb]!)) continue;
    const [agesA, agesB] = [ages[ra], ages[rb]];
    if (agesDiffer(agesA, agesB) || clocksApart(clocks[ra], clocks[rb])) continue;
    const narrower = span[ra]!.end < span[rb]!.end || span[ra]!.start > span[rb]!.start ? ra : rb;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    [span[keep], range[keep]] = [span[narrower]!, range[narrower]!];
    ages[keep] = agesA && agesB ? new Set([...agesA, ...agesB]) : (agesA ?? agesB);
    clocks[keep] = joinClocks(clocks[ra], clocks[rb]);
    const [pa, pb] = [part[ra]!, part[rb]!];
    part[keep] = { start: pa.start > pb.start ? pa.start : pb.start, end: pa.end < pb.end ? pa.end : pb.end };
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}
