import { clockDisagreement } from './clock-disagreement.ts';
import type { Fact } from '../align/types.ts';
import { isNewsAgency } from '../report/byline.ts';
import { aliasDisplayName } from '../text/aliases.ts';
import { findNames, type NameMention } from '../text/names.ts';
import { namesBySentence } from '../text/names-by-sentence.ts';
import { sameSpelling } from '../text/spelling.ts';
import type { SegmentedReport } from '../text/types.ts';
import { pageStampLength, stripAttribution } from '../text/attribution.ts';
import { readsDayFirst } from '../time/parsers/iso-date.ts';
import { tagTimexes } from '../time/tag.ts';
import { makeTenseLookup } from '../time/tense.ts';
import type { Timex } from '../time/types.ts';
import { calendarValue, type DateSpan, granularityOf } from './date-span.ts';
import { daysFromIso } from '../time/calendar.ts';
import { dateThroughFacts, type DatedThrough, type PartnerDates } from './date-through-facts.ts';
import { DEADLINE_TITLE, isDeadline } from './deadline.ts';
import {
  clockOnAnchorDay,
  countFrom,
  inStoryYear,
  isClockOnly,
  namesStorySeason,
  narrativeOffset,
  pastMidnightOfPublication,
  pastPartOfStoryUnit,
  storySeason,
} from './narrative-anchor.ts';
import { calendarTimexes, datedMentions, withoutOverlaps } from './dated-mentions.ts';
import { bestTitle, datesSaying, eventTitle } from './label.ts';
import { pronounAntecedent, withNamedSubject } from './named-subject.ts';
import { candidateLinks, mergeMentions, type MergeItem } from './merge-mentions.ts';
import { eventTimexes } from './non-event.ts';
import { MEETING_TERM, tellsFutureMeeting } from './future-meeting.ts';
import { referredTerms } from './said-about.ts';
import { withoutSayingDays } from './saying-day.ts';
import { dateEntryStamps, entryStamp, withoutEntryStamp } from './entry-stamps.ts';
import { agesIn, hasPersonPronoun, ownClaim, peopleWithin, referenceHead, sentenceTerms, sharedMass, TermStats, termsWithin } from './similarity.ts';
import { splitClaims } from '../text/claims.ts';
import type { ActorRef, EventMention, TimelineEvent, TimelineResult, UnplacedMention } from './types.ts';

/**
 * A court hearing what happened before: "told the jury that", "the court heard", "in evidence", "the
 * trial heard evidence from 26 witnesses, including neighbours who … heard screams at about 10:40 p.m."
 * (that clock had been put on the sentencing day, and "the following morning" counted from it).
 */
const TESTIMONY =
  /\b(?:told (?:the )?(?:jury|jurors|court|inquest|tribunal|hearing)|(?:the )?(?:jury|jurors|court|inquest|tribunal|trial|hearing) (?:was told|were told|heard)|heard (?:evidence|testimony)|in evidence|gave evidence|testified)\b/i;

export interface TimelineDeps {
  /** Time tagger; defaults to the app's TIMEX3 tagger. `dayFirst`: how the sentence's report writes all-number dates. */
  tag?: (text: string, dct: string | null, opts?: { dayFirst?: boolean }) => Timex[];
  /** Name finder; defaults to the app's. */
  names?: (text: string) => NameMention[];
  /** Optional debug sink, called lazily. */
  debug?: (message: () => string) => void;
}

/** How many of an event's mentions offer a title. */
const TITLE_CHOICES = 8;

/** How far before its publication a report's first stated day may lie and still be the day of its story. */
const STORY_DAY_REACH = 6;

/**
 * The day a report's story happened, when the report says so: the first whole day it states that
 * lies in the week up to its publication and is not that day ("Sunday's quake" in a report of
 * Monday). Undefined when the first such day is the publication day itself, or there is none.
 */
function storyDayOf(report: SegmentedReport, tagged: ReadonlyMap<string, { text: string; dates: Timex[] }>): { value: string; text: string } | undefined {
  const published = daysFromIso(report.published!.slice(0, 10));
  if (published === null) return undefined;
  for (const sentence of report.sentences) {
    const entry = tagged.get(`${report.id}\u0000${sentence.id}`);
    for (const d of entry?.dates ?? []) {
      const said = entry!.text.slice(d.start, d.end);
      // A clock time alone is dated by the publication day it was read against, not by the report.
      if (isClockOnly(said)) continue;
      const day = calendarValue(d.value);
      const at = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? daysFromIso(day) : null;
      if (at === null || at > published || published - at > STORY_DAY_REACH) continue;
      return at === published ? undefined : { value: day!, text: said };
    }
  }
  return undefined;
}

/** A report's lead: its first sentences (index 0 may be its headline). */
const LEAD_SENTENCES = 1;

/**
 * The mentions that offer a card its title: each report's first, then each one's second, and so on up
 * to `TITLE_CHOICES`, kept in mention order. Taken simply as the first eight, one report that tells a
 * day six times crowded out the others: a sentencing card's nine mentions offered no title from the
 * report whose only mention was "An Atlanta judge sentenced Brian Nichols to life in prison".
 */
function titleChoices(mentions: readonly Candidate[]): Candidate[] {
  if (mentions.length <= TITLE_CHOICES) return [...mentions];
  const byReport = new Map<number, Candidate[]>();
  for (const m of mentions) {
    const list = byReport.get(m.reportIndex);
    if (list) list.push(m);
    else byReport.set(m.reportIndex, [m]);
  }
  const picked = new Set<Candidate>();
  for (let round = 0; picked.size < TITLE_CHOICES; round++)
    for (const list of byReport.values()) if (list[round] && picked.size < TITLE_CHOICES) picked.add(list[round]!);
  return mentions.filter((m) => picked.has(m));
}

const ACTOR_KINDS: ReadonlySet<NameMention['kind']> = new Set(['person', 'organisation', 'place']);
const KIND_ORDER: Record<string, number> = { person: 0, organisation: 1, place: 2, other: 3 };

/** One dated mention on its way to an event. */
interface Candidate {
  reportIndex: number;
  sentenceIndex: number;
  sentenceKey: string;
  date: string;
  span: DateSpan;
  /** What of `span` an "early", "mid-" or "late" leaves (`DatedMention.part`). */
  part?: DateSpan;
  mention: EventMention;
  /** The sentence and the offsets of all its dates, for the title, built only when the event needs it. */
  sentenceText: string;
  dateParts: { start: number; end: number }[];
  /** Who an opening "He"/"Her" of the title stands for, when one person is in play (`named-subject.ts`). */
  subject: string | null;
  actors: ActorRef[];
  terms: Set<string>;
  people: Set<string>;
  ages: Set<number>;
  pronoun: boolean;
  facts: string[];
  refersTo?: string;
  /** The day of a saying, with what its claim names only as a known thing (`said-about.ts`). */
  saying?: { referred: Set<string> };
  /** Dated by a live page's entry stamp (`entry-stamps.ts`). */
  stamped?: boolean;
}

/**
 * Within a day, the events told at a clock time go by the clock, in the places the telling order
 * gave them, and the others stay where they are: a live page tells its day newest first.
 */
function byClockWithinDays(events: { clock: number; event: { start?: string } }[]): void {
  for (let from = 0; from < events.length;) {
    let to = from;
    while (to < events.length && events[to]!.event.start === events[from]!.event.start) to++;
    const slots = [];
    for (let i = from; i < to; i++) if (Number.isFinite(events[i]!.clock)) slots.push(i);
    const clocked = slots.map((i) => events[i]!).sort((a, b) => a.clock - b.clock);
    slots.forEach((slot, k) => (events[slot] = clocked[k]!));
    from = to;
  }
}

/** The clock time of a date value ("2024-01-06T10:15"), in minutes, for `MergeItem.clock`. */
function clockOf(value: string): { clock?: number } {
  const m = /T(\d{2}):(\d{2})/.exec(value);
  return m ? { clock: Number(m[1]) * 60 + Number(m[2]) } : {};
}

function safely<T>(run: () => T, fallback: T, debug: TimelineDeps['debug'], what: string): T {
  try {
    return run();
  } catch (error) {
    // A tagger failure on one sentence costs that sentence's dates, not the whole timeline.
    debug?.(() => `${what} failed: ${String(error)}`);
    return fallback;
  }
}

function actorRefs(names: NameMention[]): ActorRef[] {
  const byKey = new Map<string, ActorRef>();
  for (const n of names) {
    if (!n || !ACTOR_KINDS.has(n.kind) || !n.key || typeof n.text !== 'string' || !n.text.trim()) continue;
    // A known entity shows under its usual name ("Iran", not the demonym "Iranian" the text used).
    const known = aliasDisplayName(n.key);
    const seen = byKey.get(n.key);
    if (!seen) byKey.set(n.key, { key: n.key, name: known ?? n.text.trim(), kind: n.kind });
    else if (!known && n.text.trim().length > seen.name.length) seen.name = n.text.trim();
  }
  return [...byKey.values()];
}

/**
 * One key per person over the whole comparison: outlets write "Bettie Page", "Bettie Mae Page" and
 * "Betty Page", and a filter that listed the three missed most of her cards whichever was chosen.
 * Two keys are one person when their surnames are one spelling and their given names are too, or
 * begin alike ("Betty" / "Bettie"), a middle name aside. Each takes the key used most and the
 * longest name any report gave.
 */
function onePersonKeys(actors: readonly ActorRef[]): Map<string, ActorRef> {
  const counts = new Map<string, { actor: ActorRef; n: number }>();
  for (const a of actors) {
    if (a.kind !== 'person' || !a.key.includes(' ')) continue;
    const seen = counts.get(a.key);
    if (seen) seen.n++;
    else counts.set(a.key, { actor: a, n: 1 });
  }
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n || y.actor.key.length - x.actor.key.length);
  const chosen: ActorRef[] = [];
  const out = new Map<string, ActorRef>();
  for (const { actor } of ranked) {
    let canonical = chosen.find((c) => onePerson(c.key, actor.key));
    if (!canonical) {
      canonical = { ...actor };
      chosen.push(canonical);
    }
    out.set(actor.key, canonical);
  }
  // A surname alone that the text did not tie to a full name (a headline, another report) is the one
  // person of the comparison with that surname, when there is one: "LaRue" and "Frederick Cheney
  // LaRue" were two entries of the actor filter.
  for (const a of actors) {
    if (a.kind !== 'person' || a.key.includes(' ') || out.has(a.key)) continue;
    const namesakes = chosen.filter((c) => sameSpelling(surnameOf(c.key), a.key));
    if (namesakes.length === 1) out.set(a.key, namesakes[0]!);
  }
  // Every card shows the person by one name, the longest any report used ("Bettie Mae Page", not "Page" on some).
  for (const a of actors) {
    const canonical = out.get(a.key);
    if (canonical && a.name.length > canonical.name.length) canonical.name = a.name;
  }
  return out;
}

/**
 * One key per body or place over the whole comparison, when two keys go by one name: a report that
 * spells out "Croatian Democratic Union (HDZ)" keys its later "HDZ" to the full name, another report's
 * bare "HDZ" keys to itself, and a card told by both listed "HDZ, HDZ" under who/where. Keys that
 * share a name become the key used most (ties: the longer key). People are `onePersonKeys`' business.
 */
function oneBodyKeys(actors: readonly ActorRef[]): Map<string, ActorRef> {
  const uses = new Map<string, number>();
  const byName = new Map<string, string[]>();
  for (const a of actors) {
    if (a.kind === 'person') continue;
    uses.set(a.key, (uses.get(a.key) ?? 0) + 1);
    const name = a.name.toLowerCase();
    const keys = byName.get(name) ?? [];
    if (!keys.includes(a.key)) byName.set(name, [...keys, a.key]);
  }
  // Keys joined through a shared name, transitively (a small union–find over keys).
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const keys of byName.values()) for (const k of keys.slice(1)) if (root(k) !== root(keys[0]!)) parent.set(root(k), root(keys[0]!));
  const groups = new Map<string, string[]>();
  for (const k of uses.keys()) groups.set(root(k), [...(groups.get(root(k)) ?? []), k]);
  const out = new Map<string, ActorRef>();
  for (const keys of groups.values()) {
    if (keys.length < 2) continue;
    const chosen = [...keys].sort((x, y) => uses.get(y)! - uses.get(x)! || y.length - x.length)[0]!;
    const actor = actors.find((a) => a.key === chosen)!;
    for (const k of keys) out.set(k, { ...actor });
  }
  return out;
}

/** A person key's surname, past a generational suffix ("ike parsons larue sr" → "larue"). */
function surnameOf(key: string): string {
  const words = key.split(' ');
  return (/^(?:jr|sr|ii|iii|iv)$/.test(words.at(-1)!) && words.length > 2 ? words.at(-2) : words.at(-1))!;
}

function onePerson(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  if (!sameSpelling(surnameOf(a), surnameOf(b))) return false;
  const [gx, gy] = [x[0]!, y[0]!];
  return sameSpelling(gx, gy) || (gx.length >= 4 && gy.length >= 4 && gx.slice(0, 4) === gy.slice(0, 4));
}

function mergeActors(lists: ActorRef[][], people: ReadonlyMap<string, ActorRef> = new Map()): ActorRef[] {
  const all = lists.flat().map((a) => {
    const person = people.get(a.key);
    return person ? { ...a, key: person.key, name: person.name } : a;
  });
  // One report knows "the Bobcats" as a team, another only "Charlotte Bobcats", read as a person.
  const teams = new Set(all.filter((a) => a.kind === 'organisation' && !a.key.includes(' ')).map((a) => a.key));
  const merged = actorRefs(
    all.map((a) => {
      const last = a.key.split(' ').pop()!;
      const team = a.kind === 'person' && teams.has(last);
      return { start: 0, end: 0, text: a.name, key: team ? last : a.key, kind: team ? ('organisation' as const) : a.kind };
    }),
  );
  const firstSeen = new Map(merged.map((a, i) => [a.key, i]));
  return merged.sort((a, b) => KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! || firstSeen.get(a.key)! - firstSeen.get(b.key)!);
}

/**
 * A date or time the tagger left with unknown parts because there was no publication date to count
 * from ("Monday" → `XXXX-WXX-1`). `*_REF` values ("now", "recently") have no X and stay out: a date
 * would not place them either.
 */
const NEEDS_DATE = /X/;
/** A value that names a whole day ("2025-11-08", "2025-11-08T21:40"). */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?:T|$)/;

/** Per fact: the sentences that state it, as `report\u0000sentence` keys. */
function factMembers(facts: Fact[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const fact of Array.isArray(facts) ? facts : []) {
    if (fact?.id)
      members.set(
        fact.id,
        (fact.mentions ?? []).filter(Boolean).map((m) => `${m.report}\u0000${m.sentence}`),
      );
  }
  return members;
}

/** Per sentence: the facts whose claim it states, with the claim's span when the fact gives one. */
function factIndex(facts: Fact[]): Map<string, { id: string; span?: [number, number] }[]> {
  const index = new Map<string, { id: string; span?: [number, number] }[]>();
  for (const fact of Array.isArray(facts) ? facts : []) {
    for (const m of fact?.mentions ?? []) {
      if (!m) continue;
      const key = `${m.report}\u0000${m.sentence}`;
      const entry = Array.isArray(m.span) ? { id: fact.id, span: m.span } : { id: fact.id };
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
  }
  return index;
}

/**
 * How many sentences on a date still anchors "the next day" or "five years later": a story tells
 * what followed a date right after it. "The next day, he would approach things …" 26 sentences after
 * "in June 2010" was put in June 2010; with no date near, such an expression dates nothing.
 */
const ANCHOR_REACH = 3;
/** A pluperfect before a date in its clause: "The vessel had departed Killybegs on", "had been seen on". */
const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:not|never|already|been)\s+)?\p{L}+(?:ed|en|wn|t)\b[^.;:!?]*$/iu;
/** A date after these words bounds a span ("since March 2022", "until Friday") and sets no narrative anchor. */
const SPAN_EDGE_BEFORE = /\b(?:since|until|till)\s+$/i;
/** "UK time", "Moscow time": the place names the clock, not who acted. */
const ZONE_AFTER = /^\s+time\b/i;
/** A zone by name or abbreviation: "HST", "AKDT", "Central European Time". */
const ZONE_NAME = /^(?:[A-Z]{1,3}[SD]?T|GMT|UTC|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+Time)$/u;
/** Words that number a thing rather than name anyone: "Category 5", "Note 7", "No 10", "Flight 1282". */
const NUMBERING_WORD = /^(?:No|Number|Category|Note|Flight|Level|Grade|Phase|Stage|Class|Type|Model|Series|Version|Article|Section|Room|Gate|Seat|Row)$/;
/** The last word of a newspaper's name after its place: "The New York Times", "The Washington Post". */
const PAPER = String.raw`(?:Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Observer|Chronicle|Gazette|Globe|Mail|Star|Mirror|Express|Independent|Examiner|Inquirer|Courier)`;
const PAPER_AFTER = new RegExp(String.raw`^\s+${PAPER}\b`);
const PAPER_WORD = new RegExp(String.raw`^${PAPER}$`);
/** A court's name in a judge's title: "U.S. District Judge Lewis Kaplan". */
const TITLE_AFTER = /^\s+(?:Judge|Magistrate|Justice|Attorney)\b/;

/**
 * Whether a name found in a dated claim names someone who acted there (a person, a body, a place)
 * rather than a clock's zone ("3pm UK time", "5:26pm HST"), a thing's number ("Category 5", "737
 * MAX 9"), a judge's court, a newspaper or the news agency that reported it ("told Reuters"): user tests found
 * each of these in the timeline's filter of people and places.
 */
function namesSomeone(n: NameMention, text: string): boolean {
  if (ZONE_AFTER.test(text.slice(n.end, n.end + 6)) || ZONE_NAME.test(n.text) || TITLE_AFTER.test(text.slice(n.end, n.end + 12))) return false;
  // A newspaper is where it was told, not who acted: "leaked her writings to The New York Times".
  if (
    PAPER_AFTER.test(text.slice(n.end, n.end + 14)) ||
    (PAPER_WORD.test(n.text) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, n.start - 20), n.start)))
  )
    return false;
  const numbered = /^\s+\d/.test(text.slice(n.end, n.end + 4)) && !/\s/.test(n.text.trim());
  if (numbered && (NUMBERING_WORD.test(n.text) || n.text === n.text.toUpperCase())) return false;
  return !isNewsAgency(n.text);
}

function collectCandidates(
  reports: SegmentedReport[],
  facts: Fact[],
  deps: Required<Pick<TimelineDeps, 'tag' | 'names'>> & TimelineDeps,
): { candidates: Candidate[]; unplaced: UnplacedMention[]; stats: TermStats } {
  const candidates: Candidate[] = [];
  const unplaced: UnplacedMention[] = [];
  const factsOf = factIndex(facts);
  // How common each term is among the dated claims of the comparison: the background a pair of
  // mentions stands out from. (Taken over every sentence instead, it also needs the names of
  // undated sentences, for no better merges on the timeline stories.)
  const stats = new TermStats();
  // Tagged first, all of them: a report without a publication date may take a day from another report (`date-through-facts.ts`).
  const tagged = new Map<string, { text: string; dates: Timex[]; dated: boolean; countedFrom?: string }>();
  for (const report of reports) {
    if (!report || !Array.isArray(report.sentences)) continue;
    // A sentence rarely shows whether its writer puts the day first ("by 3/6/2025"); its report does.
    const dayFirst = readsDayFirst(report.sentences.map((s) => (typeof s?.text === 'string' ? s.text : '')).join('\n'));
    const sentences = report.sentences.flatMap((sentence) => {
      const text = typeof sentence?.text === 'string' ? sentence.text : '';
      if (!text) return [];
      const timexes = safely(() => eventTimexes(text, deps.tag(text, report.published, { dayFirst })), [], deps.debug, `tag ${report.id}/${sentence.id}`);
      // A page stamp run into the sentence ("Apr 12, 2007 A man suspected of…") dates the page, not the event.
      const stamp = pageStampLength(text);
      return [{ key: `${report.id}\u0000${sentence.id}`, text, dates: calendarTimexes(text, timexes).filter((d) => d.start >= stamp) }];
    });
    const stamped = dateEntryStamps(sentences);
    sentences.forEach(({ key, text }, i) => tagged.set(key, { text, ...stamped[i]!, dated: !!report.published }));
  }
  const membersOf = factMembers(facts);
  /**
   * What the dated reports' tellings of the facts a sentence's date at `at` belongs to give as dates:
   * the facts whose claim holds the date, or, when none does, all the sentence's facts ("had retired on
   * Thursday afternoon and returned a verdict after nine hours" links by its second claim to "reached a
   * verdict after nine hours after retiring on Thursday"; the date must still fit, a Thursday).
   */
  const partnerDates = (sentenceKey: string, at: number): PartnerDates[] => {
    const all = factsOf.get(sentenceKey) ?? [];
    const holding = all.filter((f) => !f.span || (f.span[0] <= at && at < f.span[1]));
    return (holding.length ? holding : all)
      .flatMap((f) => membersOf.get(f.id) ?? [])
      .flatMap((key) => {
        const partner = tagged.get(key);
        return partner?.dated && key !== sentenceKey ? [{ report: key.split('\u0000')[0]!, sentence: partner.text, timexes: partner.dates }] : [];
      });
  };

  reports.forEach((report, reportIndex) => {
    if (!report || !Array.isArray(report.sentences)) return;
    /** The story's last date so far, in reading order: what "five years later" counts from (see `ANCHOR_REACH`). */
    let anchor: { value: string; text: string; at: number; time?: string; names?: boolean; counted?: boolean; flashback?: boolean } | undefined;
    let reportNames: NameMention[][] | undefined;
    const texts = report.sentences.map((s) => s.text);
    const storyDay = report.published ? storyDayOf(report, tagged) : undefined;
    report.sentences.forEach((sentence, sentenceIndex) => {
      const sentenceKey = `${report.id}\u0000${sentence.id}`;
      const entry = tagged.get(sentenceKey);
      if (!entry) return;
      const { text } = entry;
      if (anchor && sentenceIndex - anchor.at > ANCHOR_REACH) anchor = undefined;
      const through = new Map<number, DatedThrough>();
      const counted = new Map<number, string>();
      const onDayOf = new Map<number, string>();
      let tenses: ((offset: number) => string | null) | undefined;
      const tenseAt = (at: number) => (tenses ??= makeTenseLookup(text))(at);
      const { own, stamp } = withoutEntryStamp(text, entry.dates);
      // A stamp that dates its sentence: the page's clock, by which its entries are told apart.
      const pageClock = stamp ? undefined : entryStamp(text, own);
      if (pageClock && entry.countedFrom) counted.set(pageClock.start, entry.countedFrom);
      const dates = (
        report.published
          ? own
          : own.map((d) => {
              const placed = dateThroughFacts(d.value, partnerDates(sentenceKey, d.start));
              if (!placed) return d;
              through.set(d.start, placed);
              return { ...d, value: placed.value };
            })
      ).flatMap((d) => {
        // "by the end of the month" after "on 3 March", told in the past: only from a day or month, never a year.
        const part = anchor && /^\d{4}-\d{2}/.test(anchor.value) && tenseAt(d.start) === 'PAST' ? pastPartOfStoryUnit(text.slice(d.start, d.end)) : undefined;
        // "that spring" takes the story's year; with none told, the publication's would be a guess: left out.
        if (namesStorySeason(text.slice(d.start, d.end))) {
          const season = anchor && storySeason(text.slice(d.start, d.end), anchor.value);
          if (!season) return [];
          counted.set(d.start, anchor!.text);
          return [{ ...d, value: season }];
        }
        const offset = narrativeOffset(text.slice(d.start, d.end)) ?? part;
        if (!offset) {
          // Not a live blog's entry stamp ("18:52 The last caver is out"): that is the blog's own clock.
          // A clause that opens the sentence is none ("Around 2:18 p.m., Horton … are seen waiting").
          const stamp = !text.slice(0, d.start).trim() && /^\d/.test(text.slice(d.start, d.end)) && !/^\s*,/.test(text.slice(d.end));
          // Nor, told in the past tense, a day after publication: "… will play in Sunday's game" does not
          // date "was driving … just after 2:30 a.m." in the next sentence ("Saturday's ceremony begins at
          // 10am" still does).
          // Testimony recounts an earlier day: "The trial opened on 3 February. Prosecutors told the jury
          // that Hartley entered the shop shortly before 11pm" is neither the trial's day nor the report's.
          if (!stamp && isClockOnly(text.slice(d.start, d.end)) && TESTIMONY.test(text.slice(0, d.start))) return [];
          const ahead = !!report.published && !!anchor && anchor.value.slice(0, 10) > report.published.slice(0, 10);
          // Nor a day told in the pluperfect, for a clock in a later sentence that is not: "The vessel had
          // departed on 26 March. Its mayday was received at 4.10am." is the sinking's night, not the departure's.
          const flashback = anchor?.flashback && anchor.at < sentenceIndex && !PLUPERFECT_BEFORE.test(text.slice(0, d.start));
          // Nor when the tagger dated the clock by a day its own sentence names: "The blast happened at
          // 10:40 p.m. (2140 GMT) on Saturday" after a sentence about Monday is Saturday's.
          const ownDay = own.some(
            (o) => o !== d && DAY_VALUE.test(o.value) && o.value.slice(0, 10) === d.value.slice(0, 10) && !isClockOnly(text.slice(o.start, o.end)),
          );
          const anchorDay = (ahead && tenseAt(d.start) === 'PAST') || flashback || ownDay ? undefined : anchor;
          const onDay =
            anchorDay && !stamp && tenseAt(d.start) !== 'FUTURE'
              ? clockOnAnchorDay(text.slice(d.start, d.end), d.value, anchorDay.value, anchorDay.time, text.slice(Math.max(0, d.start - 12), d.start))
              : undefined;
          if (onDay && onDay !== d.value) {
            if (onDay.slice(0, 10) !== anchorDay!.value) {
              // The night went on past midnight: the story is now on the next day, counted from the evening.
              counted.set(d.start, anchorDay!.text);
              anchor = { value: onDay.slice(0, 10), text: text.slice(d.start, d.end), at: sentenceIndex, time: onDay };
              return [{ ...d, value: onDay }];
            }
            onDayOf.set(d.start, anchorDay!.text);
            // The story is still on that day: what follows counts from it as from a date just told.
            anchorDay!.at = sentenceIndex;
            return [{ ...d, value: onDay }];
          }
          // With no day near (none, or a month or year of the background), a bare clock time is the
          // story's: "The quake, which struck at 1353, …" in a report of Monday whose quake was on
          // Sunday, as the report says elsewhere.
          const onStoryDay =
            !onDay && !ownDay && storyDay && !stamp && tenseAt(d.start) !== 'FUTURE'
              ? clockOnAnchorDay(text.slice(d.start, d.end), d.value, storyDay.value)
              : undefined;
          if (onStoryDay && onStoryDay !== d.value) {
            onDayOf.set(d.start, storyDay!.text);
            return [{ ...d, value: onStoryDay }];
          }
          const pastMidnight =
            !onDay && !onStoryDay && report.published && tenseAt(d.start) === 'PAST'
              ? pastMidnightOfPublication(text.slice(d.start, d.end), d.value, report.published, text.slice(Math.max(0, d.start - 12), d.start))
              : undefined;
          if (pastMidnight) return [{ ...d, value: pastMidnight }];
          // A chronology told in another year than the report's keeps its year for the days it leaves without one.
          const told =
            anchor && !anchor.names && report.published && tenseAt(d.start) !== 'FUTURE'
              ? inStoryYear(text.slice(d.start, d.end + 24), d, anchor, report.published)
              : undefined;
          if (told) counted.set(d.start, anchor!.text);
          const day = calendarValue(told ?? d.value);
          // "had been locked up since March 2022": the start of what still holds, not where the story stands.
          if (day && !NEEDS_DATE.test(day) && !SPAN_EDGE_BEFORE.test(text.slice(0, d.start)))
            // A day that names a thing ("the Dec. 21, 1988, bombing") tells no chronology.
            anchor = {
              value: day,
              text: text.slice(d.start, d.end),
              at: sentenceIndex,
              time: told ?? d.value,
              ...(/\bthe\s+$/i.test(text.slice(0, d.start)) && { names: true }),
              ...(PLUPERFECT_BEFORE.test(text.slice(0, d.start)) && { flashback: true }),
            };
          return [told ? { ...d, value: told } : d];
        }
        // Counted from the publication date it would be a guess, and usually a wrong one: left out.
        const value = anchor && countFrom(anchor.value, offset);
        if (!value) return [];
        counted.set(d.start, anchor!.text);
        anchor = { value, text: text.slice(d.start, d.end), at: sentenceIndex, counted: true };
        return [{ ...d, value }];
      });
      // Only a missing publication date makes an expression unplaced: with a date, an X left in
      // the value is the tagger's limit, and setting a date would not help.
      if (!report.published) {
        const others = dates.map((d) => ({ start: d.start, end: d.end }));
        for (const t of withoutOverlaps(dates.filter((d) => NEEDS_DATE.test(d.value)))) {
          const mention: UnplacedMention = {
            report: report.id,
            sentence: sentence.id,
            sentenceText: text,
            text: text.slice(t.start, t.end),
            start: t.start,
            end: t.end,
            value: t.value,
            label: (isDeadline(text, t) ? DEADLINE_TITLE : '') + eventTitle(text, t.start, t.end, undefined, others),
          };
          if (t.source) mention.source = t.source;
          unplaced.push(mention);
        }
      }
      const allMentions = datedMentions(text, dates);
      const mentions = withoutSayingDays(text, allMentions);
      if (mentions.length === 0) return;
      // Over the whole report, once it has a dated sentence: read alone, "Felt died Thursday" is the verb.
      reportNames ??= safely(() => namesBySentence(report.sentences, deps.names), [], deps.debug, `names ${report.id}`);
      const names = reportNames[sentenceIndex] ?? safely(() => deps.names(text), [], deps.debug, `names ${report.id}/${sentence.id}`);
      const nameList = Array.isArray(names) ? names.filter((n) => n && Number.isInteger(n.start) && Number.isInteger(n.end)) : [];
      // Every date told leaves the titles, a saying's day dropped above too.
      const parts = [...(stamp ? [{ start: stamp.start, end: stamp.end }] : []), ...allMentions.flatMap((m) => m.parts)];
      const claim = stripAttribution(text);
      const placed = sentenceTerms(text, parts, nameList, claim);
      // Who said it is not who did it: "…, her rep confirms to PEOPLE", "according to TMZ". Nor is a
      // clock's zone anyone: "3pm UK time" had put the United Kingdom among a football final's actors.
      const actors = actorRefs(nameList.filter((n) => claim.slice(n.start, n.end).trim() && namesSomeone(n, text)));
      const claims = splitClaims(text);
      const subject = pronounAntecedent(texts, reportNames, sentenceIndex);
      for (const m of mentions) {
        const mention: EventMention = {
          report: report.id,
          sentence: sentence.id,
          text: text.slice(m.start, m.end),
          start: m.start,
          end: m.end,
          value: m.value,
        };
        if (m.source) mention.source = m.source;
        const countedFrom = [...counted].find(([at]) => m.start <= at && at < m.end)?.[1];
        const dayOf = [...onDayOf].find(([at]) => m.start <= at && at < m.end)?.[1];
        if (countedFrom) mention.countedFrom = countedFrom;
        else if (dayOf) mention.onDayOf = dayOf;
        else if (report.published && !m.statesYear) mention.inferredFrom = report.published;
        const viaFact = [...through].find(([at]) => m.start <= at && at < m.end)?.[1];
        if (viaFact) mention.datedBy = { report: viaFact.report, text: viaFact.text };
        if (isDeadline(text, m)) mention.deadline = true;
        const claim = ownClaim(text, m, mentions, claims);
        const terms = termsWithin(placed, claim);
        if (tellsFutureMeeting(text, claim, tenseAt(m.start) === 'FUTURE')) terms.add(MEETING_TERM);
        // A fact speaks for this date only when its claim holds it (a compound sentence may date another claim).
        const linked = (factsOf.get(sentenceKey) ?? []).filter((f) => !f.span || (f.span[0] <= m.start && m.start < f.span[1])).map((f) => f.id);
        candidates.push({
          reportIndex,
          sentenceIndex,
          // Mentions of one sentence are told together only when they date the same claim of it.
          sentenceKey: `${sentenceKey}\u0000${claims.findIndex((c) => c.start <= m.start && m.start < c.end)}`,
          date: m.calendar,
          span: m.span,
          ...(m.part && { part: m.part }),
          mention,
          sentenceText: text,
          dateParts: parts,
          subject,
          actors,
          terms,
          people: peopleWithin(text, nameList, claim),
          ages: agesIn(text),
          pronoun: hasPersonPronoun(text, claim),
          facts: linked,
          refersTo: referenceHead(text, m, placed),
          ...(datesSaying(text, m.start, m.end) && { saying: { referred: referredTerms(text, placed, claim) } }),
          ...(pageClock && m.start <= pageClock.start && pageClock.start < m.end && { stamped: true }),
        });
        stats.add(candidates.at(-1)!.terms);
      }
    });
  });
  return { candidates, unplaced, stats };
}

/** A clock time or a year: when, not how much ("The fire started around 3 p.m. Saturday"). */
const CLOCK_OR_YEAR = /\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b|\b(?:1[89]|20)\d{2}\b/gi;

/** Whether a title states an amount, a count or a score: a digit that is no clock time or year. */
function keepsFigure(title: string): boolean {
  return /\d/.test(title.replace(CLOCK_OR_YEAR, ''));
}

function byMentionOrder(a: Candidate, b: Candidate): number {
  return a.reportIndex - b.reportIndex || a.sentenceIndex - b.sentenceIndex || a.mention.start - b.mention.start;
}

/** The events of `buildTimelineResult`, for callers that need nothing else. */
export function buildTimeline(reports: SegmentedReport[], facts: Fact[], deps: TimelineDeps = {}): TimelineEvent[] {
  return buildTimelineResult(reports, facts, deps).events;
}

/**
 * The narrowest date of a group: the member whose span lies inside every other's, so "14 September
 * 2022" wins over "in 2022" and the explicit day over the month.
 */
function narrowest(group: Candidate[]): Candidate {
  return group.reduce((best, c) =>
    c.span.start >= best.span.start && c.span.end <= best.span.end && (c.span.start > best.span.start || c.span.end < best.span.end) ? c : best,
  );
}

/**
 * Events the reports mention, one per real happening: each sentence is tagged against its report's
 * publication date, calendar dates are kept (durations, sets, `*_REF`, unresolved `XXXX` values and
 * what `non-event.ts` rules out are not), and mentions are merged into one event by
 * `merge-mentions.ts` (compatible dates, and the same sentence, a shared fact or alike claims).
 * An event is dated by its narrowest mention and titled by its best mention's clause. Sorted by
 * span start, then first mention; ids `e1…` follow that order. Relative expressions of a report
 * without a publication date are returned as `unplaced`, never dropped.
 */
export function buildTimelineResult(reports: SegmentedReport[], facts: Fact[], deps: TimelineDeps = {}): TimelineResult {
  const { tag = tagTimexes, names = findNames, debug } = deps;
  const collected = collectCandidates(Array.isArray(reports) ? reports : [], facts, { tag, names, debug });
  const candidates = collected.candidates.sort(byMentionOrder);

  const { stats } = collected;
  const items: MergeItem[] = candidates.map((c) => ({
    sentenceKey: c.sentenceKey,
    span: c.span,
    ...(c.part && { part: c.part }),
    terms: c.terms,
    people: c.people,
    ages: c.ages,
    ...(c.stamped && clockOf(c.mention.value ?? c.date)),
    pronoun: c.pronoun,
    facts: c.facts,
    range: c.date.includes('/'),
    refersTo: c.refersTo,
    ...(c.saying && { saying: true, referred: c.saying.referred }),
  }));
  const weight = stats.relativeIdf();
  const links = candidateLinks(items, (a, b) => sharedMass(a.terms, b.terms, weight), weight, debug);
  if (debug)
    candidates.forEach((c, i) =>
      debug(() => `mention ${i}: ${c.mention.report}/${c.mention.sentence} ${c.date} "${c.mention.text}" ${[...c.terms.keys()].join(' ')}`),
    );
  if (debug) for (const l of links) debug(() => `link ${l.a}–${l.b}: ${l.reason}`);
  const groups = mergeMentions(items, links).map((indices) => indices.map((i) => candidates[i]!));
  const allActors = candidates.flatMap((c) => c.actors);
  const people = new Map([...oneBodyKeys(allActors), ...onePersonKeys(allActors)]);

  const events = groups.map((group) => {
    const first = group[0]!;
    const dated = narrowest(group);
    const actors = mergeActors(
      group.map((c) => c.actors),
      people,
    );
    // A card told both as a deadline and as what happened ("must leave by Friday", "left on Friday")
    // is the happening, titled by its mentions; one told only as a deadline says so.
    const occurrences = group.filter((c) => !c.mention.deadline);
    const deadline = occurrences.length === 0;
    // The title of a long group is chosen among a few of its mentions (and the one that dates it): titles are the dear part.
    const shown = titleChoices(deadline ? group : occurrences);
    if (!shown.includes(dated) && (deadline || !dated.mention.deadline)) shown.push(dated);
    // Between titles that read as well, the one from a report's lead: news tells its main event first
    // ("A powerful earthquake hit southern Iran on Sunday, …" over a later "The US Geological Survey
    // put the epicentre of Sunday's quake …").
    // Then, of two lead titles that read as well, the one that keeps its figure: "The budget of $3
    // million was approved" over another outlet's "The budget was approved".
    const lead = (c: Candidate) => (c.sentenceIndex <= LEAD_SENTENCES ? 0 : 1);
    const figureless = (title: string) => (keepsFigure(title) ? 0 : 1);
    const titles = shown
      .map((c) => ({
        lead: lead(c),
        title: withNamedSubject(eventTitle(c.sentenceText, c.mention.start, c.mention.end, undefined, c.dateParts), c.subject),
        precise: c.span.start === dated.span.start && c.span.end === dated.span.end,
        saying: datesSaying(c.sentenceText, c.mention.start, c.mention.end),
      }))
      .sort((x, y) => x.lead - y.lead || figureless(x.title) - figureless(y.title));
    const mentions = group.map((c) => c.mention);
    const clocksDiffer = clockDisagreement({ mentions });
    return {
      order: first,
      clock: Math.min(...group.map((c) => clockOf(c.mention.value ?? c.date).clock ?? Infinity)),
      event: {
        id: '',
        date: dated.date,
        granularity: granularityOf(dated.date)!,
        label: (deadline ? DEADLINE_TITLE : '') + bestTitle(titles),
        actors: actors.map((a) => a.name),
        mentions,
        start: dated.span.start,
        end: dated.span.end,
        actorRefs: actors,
        ...(clocksDiffer ? { clocksDiffer } : {}),
      } satisfies TimelineEvent,
    };
  });
  events.sort((a, b) => (a.event.start < b.event.start ? -1 : a.event.start > b.event.start ? 1 : byMentionOrder(a.order, b.order)));
  byClockWithinDays(events);
  return { events: events.map(({ event }, i) => ({ ...event, id: `e${i + 1}` })), unplaced: collected.unplaced };
}
