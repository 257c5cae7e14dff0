/**
 * Timeline benchmark: `npm run -s bench:timeline [dir] [--details] [--json]`.
 * Each `<slug>.json` in the directory (default `src/analysis/timeline/__fixtures__/stories`, format in
 * its README.md) holds three outlets' reports of one event, the dated events a reader would put on a
 * timeline (with every report's mention of each) and dates that are not events. Every report is
 * parsed as an import is, its JSON `published` (when given) set as a reader would set it, and the
 * stories run through `compareReports`, the call the app's worker makes; the timeline is scored:
 *
 * - recall: a gold event is found when a timeline event with a compatible date (its span inside the
 *   gold span: the same day for a day) has a mention in the sentence of one of the gold quotes;
 * - mentions: gold mentions found that way, of all gold mentions;
 * - merged: of gold events mentioned by two or more reports, those shown as exactly one card that
 *   holds a matched mention from every one of those reports; split: those spread over several cards;
 *   mixed: cards that match two or more gold events;
 * - non-events: timeline events that match no gold event; NE hit: those with a time expression
 *   inside a `nonEvents` quote; wrong date: those in a gold quote's sentence with an incompatible date;
 * - publication dates of the reports whose JSON gives none (the text has to): right, wrong, missing,
 *   split by stated/inferred when the Report says which;
 * - unplaced: mentions the comparison reports as undated or unplaced, when it exposes them.
 */
import { compareReports } from '../src/analysis/compare.ts';
import type { Report } from '../src/analysis/report/types.ts';
import type { SegmentedReport } from '../src/analysis/text/types.ts';
import { dateSpan, type DateSpan } from '../src/analysis/timeline/date-span.ts';
import type { EventMention, TimelineEvent } from '../src/analysis/timeline/types.ts';
import { benchArgs, fail } from './bench-args.ts';
import { goldSpan, readTimelineStories, storyProblems, storyReport, TIMELINE_STORIES_DIR, type Quote } from './timeline-stories-data.ts';

const args = benchArgs();
const dir = args.paths[0] ?? TIMELINE_STORIES_DIR;
const showDetails = args.flag('--details');
const { json: asJson, log } = args;
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

/** Where a quote sits in the parsed report: paragraph, character range, and the sentences it touches. */
interface Located {
  quote: Quote;
  paragraph: number;
  start: number;
  end: number;
  sentences: Set<string>;
}

function locate(q: Quote, report: Report, seg: SegmentedReport): Located | null {
  for (let p = 0; p < report.paragraphs.length; p++) {
    const start = report.paragraphs[p]!.indexOf(q.quote);
    if (start < 0) continue;
    const end = start + q.quote.length;
    const sentences = new Set(seg.sentences.filter((s) => s.paragraph === p && s.start < end && s.end > start).map((s) => s.id));
    return { quote: q, paragraph: p, start, end, sentences };
  }
  return null; // dropped by the parser (furniture) or rewritten by it
}

/** The timeline's events and the mentions it could not place, read defensively (the shape is being extended). */
function readTimeline(cmp: unknown): { events: TimelineEvent[]; unplaced: unknown[] | null } {
  const c = (cmp ?? {}) as Record<string, unknown>;
  const t = c.timeline as unknown;
  const events = (Array.isArray(t) ? t : Array.isArray((t as Record<string, unknown>)?.events) ? (t as { events: unknown[] }).events : []) as TimelineEvent[];
  let unplaced: unknown[] | null = null;
  for (const holder of [c, Array.isArray(t) ? null : (t as Record<string, unknown> | null)]) {
    if (!holder || typeof holder !== 'object') continue;
    for (const [key, value] of Object.entries(holder)) if (/unplaced|undated/i.test(key) && Array.isArray(value)) (unplaced ??= []).push(...value);
  }
  return { events, unplaced };
}

/** Flattens unplaced items to mentions: an item may be a mention, or a group with `mentions`. */
function unplacedMentions(items: unknown[]): Partial<EventMention>[] {
  return items.flatMap((item) => {
    const x = item as Record<string, unknown>;
    return Array.isArray(x?.mentions) ? (x.mentions as Partial<EventMention>[]) : [x as Partial<EventMention>];
  });
}

function eventSpan(ev: TimelineEvent): DateSpan | null {
  const flagged = ev as unknown as Record<string, unknown>;
  if (flagged.undated === true || flagged.unplaced === true || flagged.placed === false) return null;
  if (typeof ev.start === 'string' && typeof ev.end === 'string') return { start: ev.start, end: ev.end };
  return typeof ev.date === 'string' ? dateSpan(ev.date) : null;
}

/** Whether the Report says its date was inferred or stated; null when it carries no such field. */
function dateProvenance(report: Report): 'inferred' | 'stated' | null {
  for (const [key, value] of Object.entries(report as unknown as Record<string, unknown>)) {
    if (key === 'published' || !/publish|date/i.test(key) || value === null || value === undefined) continue;
    if (typeof value === 'boolean') return /infer|guess|estimat/i.test(key) === value ? 'inferred' : 'stated';
    if (typeof value === 'string') return /infer|guess|estimat/i.test(value) ? 'inferred' : 'stated';
    if (typeof value === 'object' && 'inferred' in value) return (value as { inferred: unknown }).inferred ? 'inferred' : 'stated';
  }
  return null;
}

/** `published` as an ISO day, whether the Report holds a string or (in some future shape) an object. */
function publishedIso(value: unknown): string | null {
  if (typeof value === 'string') return value.slice(0, 10);
  if (value && typeof value === 'object')
    for (const k of ['iso', 'value', 'date'])
      if (typeof (value as Record<string, unknown>)[k] === 'string') return (value as Record<string, string>)[k]!.slice(0, 10);
  return null;
}

interface Row {
  story: string;
  /** Gold mention quotes the parser dropped; non-event quotes it removed as furniture (wanted). */
  gold: number;
  found: number;
  goldMentions: number;
  foundMentions: number;
  lostGold: number;
  removedNonEvents: number;
  multi: number;
  merged: number;
  split: number;
  mixed: number;
  events: number;
  nonEvents: number;
  nonEventHits: number;
  wrongDate: number;
  nonEventMentions: number;
  pubOk: number;
  pubWrong: number;
  pubNone: number;
  pubGiven: number;
  pubInferredOk: number;
  pubInferredWrong: number;
  unplaced: number | null;
  unplacedInGold: number | null;
}

const stories = readTimelineStories(dir);
if (!stories.length) fail(`${dir}: no .json stories`);
const problems = stories.flatMap(({ file, story }) => storyProblems(story, file));
if (problems.length) fail(problems.join('\n'));

const rows: Row[] = [];
let provenanceSeen = false;
const t0 = performance.now();
for (const { file, story } of stories) {
  const name = file.replace(/\.json$/, '');
  const parsed = story.reports.map((r) => storyReport(r, file));
  const reports = parsed.map((p) => p.report);
  const cmp = compareReports(reports);
  const { events: rawEvents, unplaced } = readTimeline(cmp);
  const segById = new Map(cmp.reports.map((s) => [s.id, s]));
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const details: string[] = [];
  const row: Row = {
    story: name,
    gold: story.events.length,
    found: 0,
    goldMentions: 0,
    foundMentions: 0,
    lostGold: 0,
    removedNonEvents: 0,
    multi: 0,
    merged: 0,
    split: 0,
    mixed: 0,
    events: 0,
    nonEvents: 0,
    nonEventHits: 0,
    wrongDate: 0,
    nonEventMentions: 0,
    pubOk: 0,
    pubWrong: 0,
    pubNone: 0,
    pubGiven: 0,
    pubInferredOk: 0,
    pubInferredWrong: 0,
    unplaced: null,
    unplacedInGold: null,
  };

  const place = (q: Quote): Located | null => {
    const report = reportById.get(q.report),
      seg = segById.get(q.report);
    return report && seg ? locate(q, report, seg) : null;
  };
  const gold = story.events.map((g) => ({ g, span: goldSpan(g.date)!, at: g.mentions.map((m) => ({ m, loc: place(m) })) }));
  for (const { g, at } of gold)
    for (const { m, loc } of at)
      if (!loc) {
        row.lostGold++;
        details.push(`  gold mention dropped by the parser: ${g.id} ${m.report}: "${m.quote}"`);
      }
  const nonEventQuotes = story.nonEvents.map(place).filter((x): x is Located => x !== null);
  row.removedNonEvents = story.nonEvents.length - nonEventQuotes.length;
  const inSentenceOf = (m: EventMention, loc: Located | null) => !!loc && m.report === loc.quote.report && loc.sentences.has(m.sentence);
  const overlaps = (m: EventMention, loc: Located) => {
    if (m.report !== loc.quote.report) return false;
    const s = segById.get(m.report)?.sentences.find((x) => x.id === m.sentence);
    return !!s && s.paragraph === loc.paragraph && s.start + m.start < loc.end && s.start + m.end > loc.start;
  };

  const placed = rawEvents.map((ev) => ({ ev, span: eventSpan(ev) }));
  const events = placed.filter((x): x is { ev: TimelineEvent; span: DateSpan } => x.span !== null);
  const unplacedMs = [...(unplaced ? unplacedMentions(unplaced) : []), ...placed.filter((x) => !x.span).flatMap((x) => x.ev.mentions ?? [])];
  if (unplaced || unplacedMs.length) {
    row.unplaced = unplacedMs.length;
    row.unplacedInGold = unplacedMs.filter((m) => gold.some(({ at }) => at.some(({ loc }) => inSentenceOf(m as EventMention, loc)))).length;
  }
  row.events = events.length;
  const compatible = (span: DateSpan, g: (typeof gold)[number]) => g.span.start <= span.start && span.end <= g.span.end;
  const describe = (ev: TimelineEvent) => `${ev.id} ${ev.date} "${ev.label}" [${ev.mentions.map((m) => `${m.report}:${m.sentence} "${m.text}"`).join(', ')}]`;

  // Gold events: found, their mentions, and how their mentions are spread over cards.
  const goldOfEvent = new Map<string, Set<string>>();
  for (const entry of gold) {
    const { g, at } = entry;
    const cards = new Map<string, Set<string>>(); // event id → reports whose gold mention it holds
    for (const { m, loc } of at) {
      row.goldMentions++;
      let hit = false;
      for (const { ev, span } of events) {
        if (!compatible(span, entry) || !ev.mentions.some((x) => inSentenceOf(x, loc))) continue;
        hit = true;
        if (!cards.has(ev.id)) cards.set(ev.id, new Set());
        cards.get(ev.id)!.add(m.report);
        if (!goldOfEvent.has(ev.id)) goldOfEvent.set(ev.id, new Set());
        goldOfEvent.get(ev.id)!.add(g.id);
      }
      if (hit) row.foundMentions++;
      else if (loc) {
        const there = rawEvents
          .filter((ev) => ev.mentions.some((x) => inSentenceOf(x, loc)))
          .map((ev) => `${ev.date} "${ev.mentions.find((x) => inSentenceOf(x, loc))!.text}"`);
        const waiting = unplacedMs.filter((x) => inSentenceOf(x as EventMention, loc)).map((x) => `"${x.text}"`);
        const seen = [...(there.length ? [`timeline has ${there.join('; ')}`] : []), ...(waiting.length ? [`unplaced ${waiting.join(', ')}`] : [])];
        details.push(
          `  missed mention ${g.id} (${g.date}, ${g.what}) ${m.report}: "${m.quote}" — ${seen.length ? seen.join('; ') : 'nothing on the timeline'}`,
        );
      }
    }
    if (cards.size) row.found++;
    const reportsOfGold = new Set(g.mentions.map((m) => m.report));
    if (reportsOfGold.size >= 2) {
      row.multi++;
      const only = [...cards.values()][0];
      if (cards.size === 1 && [...reportsOfGold].every((r) => only!.has(r))) row.merged++;
      else if (cards.size >= 2) {
        row.split++;
        details.push(
          `  split ${g.id} (${g.date}, ${g.what}) over ${cards.size} cards: ${[...cards.keys()].map((id) => describe(events.find((x) => x.ev.id === id)!.ev)).join(' | ')}`,
        );
      } else
        details.push(
          `  not merged ${g.id} (${g.date}, ${g.what}): ${cards.size ? `one card, reports ${[...only!].join(',')} of ${[...reportsOfGold].join(',')}` : 'not found'}`,
        );
    }
  }
  for (const [id, golds] of goldOfEvent)
    if (golds.size >= 2) {
      row.mixed++;
      details.push(`  mixed card ${describe(events.find((x) => x.ev.id === id)!.ev)} holds ${[...golds].join(', ')}`);
    }

  // Timeline events matching no gold event.
  for (const { ev } of events) {
    row.nonEventMentions += ev.mentions.filter((m) => nonEventQuotes.some((q) => overlaps(m, q))).length;
    if (goldOfEvent.has(ev.id)) continue;
    row.nonEvents++;
    const hit = ev.mentions.some((m) => nonEventQuotes.some((q) => overlaps(m, q)));
    const wrong = !hit && ev.mentions.some((m) => gold.some(({ at }) => at.some(({ loc }) => inSentenceOf(m, loc))));
    if (hit) row.nonEventHits++;
    if (wrong) row.wrongDate++;
    details.push(`  ${hit ? 'non-event (gold non-event)' : wrong ? 'non-event (wrong date in a gold sentence)' : 'non-event'} ${describe(ev)}`);
  }

  // Publication dates the text had to give.
  story.reports.forEach((r, i) => {
    if (r.published) {
      row.pubGiven++;
      return;
    }
    const truth = story.truePublished[r.id]!;
    const got = publishedIso(parsed[i]!.parsed.published);
    const provenance = dateProvenance(parsed[i]!.parsed);
    if (provenance) provenanceSeen = true;
    if (!got) {
      row.pubNone++;
      details.push(`  publication date missing: ${r.id} (${r.source}), truly ${truth}`);
      return;
    }
    if (got === truth) {
      row.pubOk++;
      if (provenance === 'inferred') row.pubInferredOk++;
      return;
    }
    row.pubWrong++;
    if (provenance === 'inferred') row.pubInferredWrong++;
    details.push(`  publication date wrong: ${r.id} (${r.source}) ${got}${provenance ? ` (${provenance})` : ''}, truly ${truth}`);
  });
  rows.push(row);
  if (showDetails && details.length) {
    log(`${name}`);
    log(details.join('\n'));
  }
}
const seconds = (performance.now() - t0) / 1000;

const sum = (key: keyof Row) => rows.reduce((n, r) => n + (typeof r[key] === 'number' ? (r[key] as number) : 0), 0);
const anyUnplaced = rows.some((r) => r.unplaced !== null);
const total: Row = {
  story: `total (${rows.length})`,
  gold: sum('gold'),
  found: sum('found'),
  goldMentions: sum('goldMentions'),
  foundMentions: sum('foundMentions'),
  lostGold: sum('lostGold'),
  removedNonEvents: sum('removedNonEvents'),
  multi: sum('multi'),
  merged: sum('merged'),
  split: sum('split'),
  mixed: sum('mixed'),
  events: sum('events'),
  nonEvents: sum('nonEvents'),
  nonEventHits: sum('nonEventHits'),
  wrongDate: sum('wrongDate'),
  nonEventMentions: sum('nonEventMentions'),
  pubOk: sum('pubOk'),
  pubWrong: sum('pubWrong'),
  pubNone: sum('pubNone'),
  pubGiven: sum('pubGiven'),
  pubInferredOk: sum('pubInferredOk'),
  pubInferredWrong: sum('pubInferredWrong'),
  unplaced: anyUnplaced ? sum('unplaced') : null,
  unplacedInGold: anyUnplaced ? sum('unplacedInGold') : null,
};

if (asJson) {
  console.log(
    JSON.stringify({
      ...total,
      story: undefined,
      stories: rows.length,
      recall: total.found / total.gold,
      mentionRecall: total.foundMentions / total.goldMentions,
      mergedAccuracy: total.merged / (total.multi || 1),
      seconds: +seconds.toFixed(2),
    }),
  );
} else {
  const cols: [string, number, (r: Row) => string][] = [
    ['story', 18, (r) => r.story],
    ['gold', 5, (r) => String(r.gold)],
    ['found', 6, (r) => String(r.found)],
    ['recall', 7, (r) => pct(r.found, r.gold)],
    ['mentions', 9, (r) => `${r.foundMentions}/${r.goldMentions}`],
    ['merged', 7, (r) => `${r.merged}/${r.multi}`],
    ['split', 6, (r) => String(r.split)],
    ['mixed', 6, (r) => String(r.mixed)],
    ['events', 7, (r) => String(r.events)],
    ['non-ev', 7, (r) => String(r.nonEvents)],
    ['NE hit', 7, (r) => String(r.nonEventHits)],
    ['wrong', 6, (r) => String(r.wrongDate)],
    ['pub ok/wrong/none', 18, (r) => `${r.pubOk}/${r.pubWrong}/${r.pubNone} (+${r.pubGiven} given)`],
    ['unplaced (gold)', 15, (r) => (r.unplaced === null ? '-' : `${r.unplaced} (${r.unplacedInGold})`)],
  ];
  const line = (r: Row) => cols.map(([, w, f], i) => (i === 0 ? f(r).padEnd(w) : f(r).padStart(w))).join(' ');
  log(cols.map(([h, w], i) => (i === 0 ? h.padEnd(w) : h.padStart(w))).join(' '));
  for (const r of rows) log(line(r));
  log(line(total));
  log('');
  log(
    `event recall ${pct(total.found, total.gold)} (${total.found}/${total.gold}), mentions ${pct(total.foundMentions, total.goldMentions)}; ` +
      `merged cards ${pct(total.merged, total.multi)} (${total.merged}/${total.multi} events told by 2+ reports), ${total.split} split, ${total.mixed} cards mixing events; ` +
      `${total.nonEvents} of ${total.events} timeline events are no gold event (${total.nonEventHits} on a gold non-event, ${total.wrongDate} wrong dates in gold sentences); ` +
      `${total.nonEventMentions} mentions on gold non-events in all`,
  );
  log(
    `publication dates from the text: ${total.pubOk} right, ${total.pubWrong} wrong, ${total.pubNone} missing of ${total.pubOk + total.pubWrong + total.pubNone}` +
      (provenanceSeen
        ? ` (stated: ${total.pubOk - total.pubInferredOk} right, ${total.pubWrong - total.pubInferredWrong} wrong; inferred: ${total.pubInferredOk} right, ${total.pubInferredWrong} wrong)`
        : ' (the Report does not say which dates were inferred)') +
      `; ${total.pubGiven} given in the JSON`,
  );
  log(
    total.unplaced === null
      ? 'unplaced mentions: not exposed by the comparison'
      : `unplaced mentions: ${total.unplaced}, ${total.unplacedInGold} of them in gold-event sentences`,
  );
  log(
    `parser: ${total.lostGold} gold mentions dropped (see --details); ${total.removedNonEvents} of ${stories.reduce((n, s) => n + s.story.nonEvents.length, 0)} non-event quotes removed as furniture`,
  );
  log(`${rows.length} stories in ${seconds.toFixed(1)} s`);
}
