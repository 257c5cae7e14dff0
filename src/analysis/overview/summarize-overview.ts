import type { Fact } from '../align/types.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';
import type { Sentence } from '../text/types.ts';
import { namedCasts, peopleApart, unnamedReports } from './unnamed-reports.ts';

/** What the overview needs of a comparison: its reports' sentences and its facts. */
export interface OverviewInput {
  reports: { id: string; sentences: Sentence[]; title?: string }[];
  facts: Fact[];
  /** Sentences no fact holds that another report words closely (`Comparison.related`). */
  related?: readonly { report: string; sentence: string }[];
}

/** How a report's text divides: characters shared with another report, only in it, or in conflict. */
export interface ReportShares {
  report: string;
  /** Characters of the report's sentences in each part; they add up to `total`. */
  chars: { shared: number; only: number; conflict: number };
  total: number;
  /** Whole percentages that add up to 100 (0 each when the report has no text). */
  percent: { shared: number; only: number; conflict: number };
  /** Sentences by kind: in a conflict, in a shared fact (and no conflict), in no fact. */
  sentences: { shared: number; only: number; conflict: number };
}

export interface RankedSentence {
  sentence: Sentence;
  /** How much the sentence carries: names + numbers + dates. */
  weight: number;
  names: number;
  numbers: number;
  dates: number;
}

export interface Overview {
  sharedFacts: number;
  conflicts: number;
  shares: ReportShares[];
  /**
   * Per report, in report order: how many of its sentences are in no fact, and the `RANKED_KEPT`
   * heaviest of them (ties keep reading order), those another report words closely (`related`)
   * last: "A alone" is for what the others lack, and a reader checking it found "Jamaal Charles ran
   * for 226 yards" there while C said "Charles' 226 yards rushing…".
   */
  unique: { report: string; count: number; ranked: RankedSentence[] }[];
  /**
   * Reports likely not about the same event as the others, which a reader should be told rather than
   * left to guess: they share almost nothing with them (under `ISOLATED_SHARE` of their text in any
   * fact, and under `CAST_SHARE` of their names in another report), or they name none of the people,
   * places and organisations the others name (`unnamedReports`), however many of their sentences link.
   */
  isolated: IsolatedReport[];
}

export interface IsolatedReport {
  report: string;
  /** When it names none of the others' people, places and organisations: the first few it names, as written. */
  names: string[];
}

/**
 * Unique sentences kept per report, heaviest first. The overview shows one or two; keeping them all
 * would send tens of thousands of entries from the worker for a report of megabytes.
 */
export const RANKED_KEPT = 5;

/** Below this share of its text in shared facts or conflicts, a report is said to share almost nothing… */
export const ISOLATED_SHARE = 0.05;
/**
 * …unless at least this share of the names it uses appear in another report. Two outlets' accounts of
 * one event link few sentences when they tell it in different words (an obituary beside a news
 * report), yet they name the same people and places; a report of another event names others. On ECB+
 * train (a report beside two more of its own story, or two of the other event of its topic), 1 of 46
 * same-story reports falls below 0.25 and 23 of 42 other-event ones do; the rest of those share their
 * cast (the same actress's two rehab stays), and only their facts can tell.
 */
export const CAST_SHARE = 0.25;

type Part = 'shared' | 'only' | 'conflict';
const key = (report: string, sentence: string) => `${report}\u0000${sentence}`;

/**
 * Shares per report and each report's unique sentences, ranked. A character belongs to a conflict when a
 * conflict's mention covers it, else to a shared fact when a shared mention covers it, else to this
 * report only. A mention with a `span` covers that claim of the sentence; without one, all of it.
 */
export function summarizeOverview(comparison: OverviewInput): Overview {
  const mentions = new Map<string, { kind: Fact['kind']; span?: [number, number] }[]>();
  for (const fact of comparison.facts) {
    for (const m of fact.mentions) {
      const k = key(m.report, m.sentence);
      const list = mentions.get(k) ?? [];
      // A conflict's wording that holds none of its differences agrees: shared, not in conflict.
      list.push({ kind: m.undisputed ? 'shared' : fact.kind, span: m.span });
      mentions.set(k, list);
    }
  }
  const shares: ReportShares[] = [];
  const unique: Overview['unique'] = [];
  const worded = new Set((comparison.related ?? []).map((r) => key(r.report, r.sentence)));
  for (const report of comparison.reports) {
    const chars = { shared: 0, only: 0, conflict: 0 };
    const sentences = { shared: 0, only: 0, conflict: 0 };
    const alone: Sentence[] = [];
    for (const sentence of report.sentences) {
      const list = mentions.get(key(report.id, sentence.id));
      const length = sentence.text.length;
      // Most sentences of a long report are in no fact: counted whole, without a per-character pass.
      if (!list) {
        chars.only += length;
        sentences.only++;
        alone.push(sentence);
        continue;
      }
      const parts: Part[] = new Array<Part>(length).fill('only');
      for (const kind of ['shared', 'conflict'] as const) {
        for (const m of list) {
          if (m.kind !== kind) continue;
          const [start, end] = m.span ? [Math.max(0, m.span[0]), Math.min(length, m.span[1])] : [0, length];
          for (let i = start; i < end; i++) parts[i] = kind;
        }
      }
      for (const part of parts) chars[part]++;
      const kind: Part = list.some((m) => m.kind === 'conflict') ? 'conflict' : list.length > 0 ? 'shared' : 'only';
      sentences[kind]++;
      if (kind === 'only') alone.push(sentence);
    }
    const total = chars.shared + chars.only + chars.conflict;
    shares.push({ report: report.id, chars, total, percent: wholePercents(chars, total), sentences });
    const near = (s: Sentence) => worded.has(key(report.id, s.id));
    const ranked = [...rankSentences(alone.filter((s) => !near(s))), ...rankSentences(alone.filter(near))].slice(0, RANKED_KEPT);
    unique.push({ report: report.id, count: alone.length, ranked });
  }
  return {
    sharedFacts: comparison.facts.filter((f) => f.kind === 'shared').length,
    conflicts: comparison.facts.filter((f) => f.kind === 'conflict').length,
    shares,
    unique,
    isolated: isolatedReports(comparison, shares),
  };
}

function isolatedReports(comparison: OverviewInput, shares: ReportShares[]): IsolatedReport[] {
  const named = namedCasts(comparison.reports);
  const unnamed = unnamedReports(comparison.reports, named);
  const apart = shares.filter((s) => s.total > 0 && (s.chars.shared + s.chars.conflict) / s.total < ISOLATED_SHARE && !unnamed.has(s.report));
  // Capitals are read only when some report links almost nothing: a report of megabytes is read again.
  const casts = apart.length ? comparison.reports.map((r) => castOf(r.sentences)) : [];
  const strangers = apart.length ? peopleApart(comparison.reports, named) : new Set<string>();
  const sharesLittle = new Set(apart.filter((s) => castShare(casts, shares.indexOf(s)) < CAST_SHARE || strangers.has(s.report)).map((s) => s.report));
  return comparison.reports.flatMap((r) =>
    unnamed.has(r.id) ? [{ report: r.id, names: unnamed.get(r.id)! }] : sharesLittle.has(r.id) ? [{ report: r.id, names: [] }] : [],
  );
}

/** What a report names, and every word it uses (lower-cased): a name of one report may open a sentence of another. */
export interface Cast {
  names: Set<string>;
  words: Set<string>;
}

/** The share of report `i`'s names that another report also uses; 0 when it names nothing. */
export function castShare(casts: readonly Cast[], i: number): number {
  const own = casts[i]!.names;
  if (!own.size) return 0;
  let shared = 0;
  for (const name of own) if (casts.some((other, k) => k !== i && other.words.has(name))) shared++;
  return shared / own.size;
}

/** A report's names: capitalised words away from sentence starts (as `sentenceWeight` counts them), lower-cased; and all its words. */
export function castOf(sentences: readonly Sentence[]): Cast {
  const names = new Set<string>();
  const words = new Set<string>();
  for (const s of sentences) {
    (s.text.match(/[\p{L}][\p{L}’'-]*/gu) ?? []).forEach((word, index) => {
      const bare = word.replace(/[’'-]+$/u, '').replace(/[’']s$/u, '');
      const lower = bare.toLowerCase();
      words.add(lower);
      if (index > 0 && /^\p{Lu}/u.test(bare) && !NOT_NAMES.has(bare) && !DATE_WORDS.has(lower)) names.add(lower);
    });
  }
  return { names, words };
}

/** Rounds the three parts to whole percentages that add up to 100 (largest remainder). */
export function wholePercents(parts: Record<Part, number>, total: number): Record<Part, number> {
  const order: Part[] = ['shared', 'only', 'conflict'];
  if (total <= 0) return { shared: 0, only: 0, conflict: 0 };
  const exact = order.map((p) => (parts[p] / total) * 100);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const byRemainder = order.map((_, i) => i).sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!) || a - b);
  for (const i of byRemainder) {
    if (missing <= 0) break;
    floors[i]!++;
    missing--;
  }
  return { shared: floors[0]!, only: floors[1]!, conflict: floors[2]! };
}

const DATE_WORDS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES]);
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens'.split(
    ' ',
  ),
);
/** Capitalised words that are not names even mid-sentence. */
const NOT_NAMES = new Set(['I', 'I’m', "I'm", 'Mr', 'Mrs', 'Ms', 'Dr']);

/**
 * What a sentence carries: names (capitalised words not at the sentence start, a run of them counted
 * once: "David Cameron"), numbers (digit groups, "12", "34.2%", "1,200", and number words) and dates
 * (years 1000–2099, month names, weekdays).
 */
export function sentenceWeight(text: string): Omit<RankedSentence, 'sentence'> {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,%-]*/gu) ?? [];
  let names = 0;
  let numbers = 0;
  let dates = 0;
  let inName = false;
  words.forEach((raw, index) => {
    const word = raw.replace(/[.,’'-]+$/u, '');
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (/^\d/.test(word)) {
      inName = false;
      if (/^(1\d|20)\d\d$/.test(word)) dates++;
      else numbers++;
      return;
    }
    // Month names and weekdays count when capitalised ("May", not "may"), wherever they stand.
    if (DATE_WORDS.has(lower) && /^\p{Lu}/u.test(word)) {
      inName = false;
      dates++;
      return;
    }
    if (NUMBER_WORDS.has(lower)) {
      inName = false;
      numbers++;
      return;
    }
    const capitalised = /^\p{Lu}/u.test(word) && !NOT_NAMES.has(word);
    if (capitalised && index > 0) {
      if (!inName) names++;
      inName = true;
    } else {
      inName = false;
    }
  });
  return { weight: names + numbers + dates, names, numbers, dates };
}

/** Sentences heaviest first; ties keep reading order. */
export function rankSentences(sentences: Sentence[]): RankedSentence[] {
  return sentences
    .map((sentence, order) => ({ sentence, order, ...sentenceWeight(sentence.text) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}
