import type { Fact } from '../align/types.ts';
import { findNames, type NameMention } from '../text/names.ts';
import { aliasDisplayName } from '../text/aliases.ts';
import type { SegmentedReport } from '../text/types.ts';
import { tagTimexes } from '../time/tag.ts';
import type { Timex } from '../time/types.ts';
import { calendarValue, dateSpan, granularityOf } from './date-span.ts';
import { clauseLabel } from './label.ts';
import { eventTimexes } from './non-event.ts';
import { contentWords, jaccard, sharedCount } from './similarity.ts';
import type { ActorRef, EventMention, TimelineEvent, TimelineResult, UnplacedMention } from './types.ts';

export interface TimelineDeps {
  /** Time tagger; defaults to the app's TIMEX3 tagger. */
  tag?: (text: string, dct: string | null) => Timex[];
  /** Name finder; defaults to the app's. */
  names?: (text: string) => NameMention[];
  /** Optional debug sink, called lazily. */
  debug?: (message: () => string) => void;
}

/**
 * When two mentions of the same date are one event without a shared fact linking them.
 * Two shared actors say "same participants, same day"; one actor needs some shared wording too;
 * with no shared actor the wording alone must overlap strongly.
 */
export const MERGE_RULES = { sharedActors: 2, oneActorJaccard: 0.2, wordsJaccard: 0.35 } as const;

const ACTOR_KINDS: ReadonlySet<NameMention['kind']> = new Set(['person', 'organisation', 'place']);
const KIND_ORDER: Record<string, number> = { person: 0, organisation: 1, place: 2, other: 3 };

interface Candidate {
  reportIndex: number;
  sentenceIndex: number;
  sentenceKey: string;
  date: string;
  mention: EventMention;
  label: string;
  actors: ActorRef[];
  actorKeys: Set<string>;
  words: Set<string>;
}

/** A year written in the expression itself ("1979", "24 September 2014"), so nothing was inferred. */
const STATES_YEAR = /\d{4}|'\d{2}\b|’\d{2}\b/;

function safely<T>(run: () => T, fallback: T, debug: TimelineDeps['debug'], what: string): T {
  try {
    return run();
  } catch (error) {
    // A tagger failure on one sentence costs that sentence's dates, not the whole timeline.
    debug?.(() => `${what} failed: ${String(error)}`);
    return fallback;
  }
}

/** Drops timexes that overlap an earlier, longer one (taggers may return nested matches). */
function withoutOverlaps(timexes: Timex[]): Timex[] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Timex[] = [];
  for (const t of sorted) {
    const last = kept.at(-1);
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}

function actorRefs(names: NameMention[]): ActorRef[] {
  const byKey = new Map<string, ActorRef>();
  for (const n of names) {
    if (!ACTOR_KINDS.has(n.kind) || !n.key || !n.text.trim()) continue;
    // A known entity shows under its usual name ("Iran", not the demonym "Iranian" the text used).
    const known = aliasDisplayName(n.key);
    const seen = byKey.get(n.key);
    if (!seen) byKey.set(n.key, { key: n.key, name: known ?? n.text.trim(), kind: n.kind });
    else if (!known && n.text.trim().length > seen.name.length) seen.name = n.text.trim();
  }
  return [...byKey.values()];
}

function mergeActors(lists: ActorRef[][]): ActorRef[] {
  const merged = actorRefs(lists.flat().map((a) => ({ start: 0, end: 0, text: a.name, key: a.key, kind: a.kind })));
  const firstSeen = new Map(merged.map((a, i) => [a.key, i]));
  return merged.sort((a, b) => KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! || firstSeen.get(a.key)! - firstSeen.get(b.key)!);
}

/**
 * A date or time the tagger left with unknown parts because there was no publication date to count
 * from ("Monday" → `XXXX-WXX-1`). `*_REF` values ("now", "recently") have no X and stay out: a date
 * would not place them either.
 */
const NEEDS_DATE = /X/;

function collectCandidates(
  reports: SegmentedReport[],
  deps: Required<Pick<TimelineDeps, 'tag' | 'names'>> & TimelineDeps,
): { candidates: Candidate[]; unplaced: UnplacedMention[] } {
  const candidates: Candidate[] = [];
  const unplaced: UnplacedMention[] = [];
  reports.forEach((report, reportIndex) => {
    report.sentences.forEach((sentence, sentenceIndex) => {
      const text = sentence.text;
      const timexes = safely(() => eventTimexes(text, deps.tag(text, report.published)), [], deps.debug, `tag ${report.id}/${sentence.id}`);
      const dates = (Array.isArray(timexes) ? timexes : []).filter(
        (t) =>
          t &&
          (t.type === 'DATE' || t.type === 'TIME') &&
          typeof t.value === 'string' &&
          Number.isInteger(t.start) &&
          Number.isInteger(t.end) &&
          t.start >= 0 &&
          t.end > t.start &&
          t.end <= text.length,
      );
      // Only a missing publication date makes an expression unplaced: with a date, an X left in
      // the value is the tagger's limit, and setting a date would not help.
      if (!report.published) {
        for (const t of withoutOverlaps(dates.filter((d) => NEEDS_DATE.test(d.value)))) {
          const mention: UnplacedMention = {
            report: report.id,
            sentence: sentence.id,
            sentenceText: text,
            text: text.slice(t.start, t.end),
            start: t.start,
            end: t.end,
            value: t.value,
            label: clauseLabel(text, t.start, t.end),
          };
          if (t.source) mention.source = t.source;
          unplaced.push(mention);
        }
      }
      const usable = withoutOverlaps(dates.filter((t) => calendarValue(t.value) !== null));
      if (usable.length === 0) return;
      const actors = actorRefs(safely(() => deps.names(text), [], deps.debug, `names ${report.id}/${sentence.id}`) ?? []);
      for (const t of usable) {
        const written = text.slice(t.start, t.end);
        const mention: EventMention = { report: report.id, sentence: sentence.id, text: written, start: t.start, end: t.end, value: t.value };
        if (t.source) mention.source = t.source;
        if (report.published && !STATES_YEAR.test(written)) mention.inferredFrom = report.published;
        const words = contentWords(text.slice(0, t.start) + ' ' + text.slice(t.end));
        candidates.push({
          reportIndex,
          sentenceIndex,
          sentenceKey: `${report.id}\u0000${sentence.id}`,
          date: calendarValue(t.value)!,
          mention,
          label: clauseLabel(text, t.start, t.end),
          actors,
          actorKeys: new Set(actors.map((a) => a.key)),
          words,
        });
      }
    });
  });
  return { candidates, unplaced };
}

function factIndex(facts: Fact[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const fact of Array.isArray(facts) ? facts : []) {
    for (const m of fact?.mentions ?? []) {
      const key = `${m.report}\u0000${m.sentence}`;
      let set = index.get(key);
      if (!set) index.set(key, (set = new Set()));
      set.add(fact.id);
    }
  }
  return index;
}

function sameEvent(a: Candidate, b: Candidate, facts: Map<string, Set<string>>): boolean {
  if (a.sentenceKey === b.sentenceKey) return true;
  const fa = facts.get(a.sentenceKey);
  const fb = facts.get(b.sentenceKey);
  if (fa && fb && sharedCount(fa, fb) > 0) return true;
  const actors = sharedCount(a.actorKeys, b.actorKeys);
  const words = jaccard(a.words, b.words);
  return (
    actors >= MERGE_RULES.sharedActors ||
    (actors >= 1 && words >= MERGE_RULES.oneActorJaccard) ||
    words >= MERGE_RULES.wordsJaccard
  );
}

function byMentionOrder(a: Candidate, b: Candidate): number {
  return a.reportIndex - b.reportIndex || a.sentenceIndex - b.sentenceIndex || a.mention.start - b.mention.start;
}

/** The events of `buildTimelineResult`, for callers that need nothing else. */
export function buildTimeline(reports: SegmentedReport[], facts: Fact[], deps: TimelineDeps = {}): TimelineEvent[] {
  return buildTimelineResult(reports, facts, deps).events;
}

/**
 * Events the reports mention, one per (date, happening): each sentence is tagged against its
 * report's publication date, calendar dates are kept (durations, sets, `*_REF` and unresolved
 * `XXXX` values are not), and mentions of the same date are merged into one event when a fact
 * links their sentences or they share enough actors or wording. Sorted by span start, then
 * first mention; ids `e1…` follow that order. Relative expressions of a report without a
 * publication date are returned as `unplaced`, never dropped.
 */
export function buildTimelineResult(reports: SegmentedReport[], facts: Fact[], deps: TimelineDeps = {}): TimelineResult {
  const { tag = tagTimexes, names = findNames, debug } = deps;
  const collected = collectCandidates(Array.isArray(reports) ? reports : [], { tag, names, debug });
  const candidates = collected.candidates.sort(byMentionOrder);
  const linkedBy = factIndex(facts);

  const byDate = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = byDate.get(c.date);
    if (group) group.push(c);
    else byDate.set(c.date, [c]);
  }

  const groups: Candidate[][] = [];
  for (const sameDate of byDate.values()) {
    // Union-find over "same event" links; groups stay in first-mention order.
    const parent = sameDate.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (let i = 0; i < sameDate.length; i++)
      for (let j = i + 1; j < sameDate.length; j++)
        if (root(i) !== root(j) && sameEvent(sameDate[i]!, sameDate[j]!, linkedBy)) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    const clusters = new Map<number, Candidate[]>();
    sameDate.forEach((c, i) => {
      const r = root(i);
      const cluster = clusters.get(r);
      if (cluster) cluster.push(c);
      else clusters.set(r, [c]);
    });
    groups.push(...clusters.values());
  }

  const events = groups.map((group) => {
    const first = group[0]!;
    const span = dateSpan(first.date)!;
    const actors = mergeActors(group.map((c) => c.actors));
    return {
      order: first,
      event: {
        id: '',
        date: first.date,
        granularity: granularityOf(first.date)!,
        label: first.label,
        actors: actors.map((a) => a.name),
        mentions: group.map((c) => c.mention),
        start: span.start,
        end: span.end,
        actorRefs: actors,
      } satisfies TimelineEvent,
    };
  });
  events.sort((a, b) => (a.event.start < b.event.start ? -1 : a.event.start > b.event.start ? 1 : byMentionOrder(a.order, b.order)));
  return { events: events.map(({ event }, i) => ({ ...event, id: `e${i + 1}` })), unplaced: collected.unplaced };
}
