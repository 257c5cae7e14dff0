import { factLabels } from '../../analysis/align/format.ts';
import type { Fact, RelatedWording } from '../../analysis/align/types.ts';
import type { FactItem } from '../../analysis/overview/summarize-facts.ts';
import type { TimelineEvent } from '../../analysis/timeline/types.ts';
import { hiddenPartners } from './pane-partners.ts';

export interface FactMark {
  id: string;
  /**
   * The fact's label: shared facts count 1, 2, 3…, conflicts count apart as C1, C2…, both in the
   * comparison's fact order (the facts panel and the Markdown export's `[C1]` count the same way).
   */
  label: string;
  /** `shared` too for a conflict's wording that holds none of its differences (`undisputed`): drawn as agreeing. */
  kind: Fact['kind'];
  /** A conflict's wording that holds none of its differences (`Mention.undisputed`): it keeps the conflict's label. */
  undisputed?: true;
  differences: string[];
  partners: { report: string; sentence: string }[];
  /**
   * `[start, end)` offsets into this sentence of the claim that states the fact, when the sentence
   * states more than the fact (a compound sentence); absent when the whole sentence is the fact.
   */
  span?: [number, number];
  /** The reports of its partners when none is in a pane (pane-partners.ts): drawn quieter, "1·B". */
  elsewhere?: string[];
  /** For a conflict, its differences with the value each report holds (`FactItem.said`), when the worker could tell. */
  said?: string[];
}

/** An event a sentence mentions: its date, and the words that date it here ("June", "last week"), to name its button. */
export interface EventMark {
  id: string;
  date: string;
  written: string;
}

/** What the reader knows about one sentence: the facts it states (a compound sentence may state two) and the events it mentions. */
export interface SentenceMark {
  facts: FactMark[];
  events: EventMark[];
  /** For a sentence no fact holds: its closest wording in other reports, not linked (`RelatedWording`). */
  related?: { report: string; sentence: string }[];
}

/** Between a report's id and a sentence's in a `markKey`: a character no id contains. */
export const MARK_KEY_SEPARATOR = '\u0000';
export const markKey = (report: string, sentence: string) => `${report}${MARK_KEY_SEPARATOR}${sentence}`;

/**
 * Indexes facts, events and closest wordings by sentence, so each sentence renders its marks in O(1).
 * `shown`: the reports in panes, when some compared report is not (marks each fact whose partners
 * are all hidden). `conflicts`: the facts list's conflicts, which say the value each report holds
 * (written in the worker, so the reader only looks them up).
 */
export function buildSentenceMarks(
  facts: Fact[],
  events: TimelineEvent[],
  shown?: ReadonlySet<string>,
  related: readonly RelatedWording[] = [],
  conflicts: readonly Pick<FactItem, 'fact' | 'said'>[] = [],
): Map<string, SentenceMark> {
  const marks = new Map<string, SentenceMark>();
  const at = (report: string, sentence: string) => {
    const key = markKey(report, sentence);
    let mark = marks.get(key);
    if (!mark) marks.set(key, (mark = { facts: [], events: [] }));
    return mark;
  };
  const labels = factLabels(facts);
  const said = new Map(conflicts.map((c) => [c.fact.id, c.said]));
  for (const fact of facts) {
    for (const mention of fact.mentions) {
      const partners = fact.mentions.filter((m) => m.report !== mention.report).map(({ report, sentence }) => ({ report, sentence }));
      const elsewhere = hiddenPartners(partners, shown);
      at(mention.report, mention.sentence).facts.push({
        id: fact.id,
        label: labels.get(fact.id)!,
        kind: fact.kind,
        differences: fact.differences,
        partners,
        ...(mention.span ? { span: [mention.span[0], mention.span[1]] as [number, number] } : {}),
        ...(elsewhere ? { elsewhere } : {}),
        said: said.get(fact.id),
        ...(mention.undisputed && { kind: 'shared' as const, undisputed: true as const }),
      });
    }
  }
  for (const r of related) (at(r.report, r.sentence).related ??= []).push(r.partner);
  for (const event of events) {
    for (const mention of event.mentions) {
      const mark = at(mention.report, mention.sentence);
      if (!mark.events.some((e) => e.id === event.id)) mark.events.push({ id: event.id, date: event.date, written: mention.text });
    }
  }
  return marks;
}

/**
 * A fact's claim within `sentence`: the span clamped to it, or undefined when there is none, it is
 * empty, or it is no real part of the sentence (then the whole sentence is the fact and no part is
 * singled out).
 *
 * A real part leaves out at least a quarter of the sentence's words. A claim that leaves out only a
 * wire dateline or a closing "the commission said Thursday" underlined nearly the whole sentence, and
 * the few words outside it read as if the other report lacked something it does state.
 */
export function claimRange(fact: Pick<FactMark, 'span'>, sentence: string): [number, number] | undefined {
  if (!fact.span) return undefined;
  const [start, end] = fact.span.map((at) => Math.max(0, Math.min(sentence.length, Math.floor(at)))) as [number, number];
  const words = (text: string) => text.match(WORD)?.length ?? 0;
  return end > start && words(sentence.slice(start, end)) <= (1 - MIN_LEFT_OUT) * words(sentence) ? [start, end] : undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The share of a sentence's words a claim must leave out to be marked as its part (`claimRange`). */
const MIN_LEFT_OUT = 0.25;

/** A run of a sentence's text covered by the same claims, cut further where the highlight or a word difference starts or ends. */
export interface TextRun {
  start: number;
  end: number;
  /** Ids of the facts whose claim covers this run, in the sentence's fact order; empty outside every claim. */
  claims: string[];
  /**
   * The run's pieces; `highlight` when the time-expression highlight covers the piece, `diff` when
   * a word that differs from the partner wording covers it (absent otherwise).
   */
  pieces: { start: number; end: number; highlight: boolean; diff?: 'strong' | 'weak' }[];
}

/**
 * Cuts a sentence's text at every claim, highlight and word-difference boundary, so each piece is
 * rendered with the marks that cover it (a claim only where `claimRange` finds it a real part).
 * Claims make the outer runs (one element per claim when claims do not overlap, so a claim's text
 * stays in one element); the highlight and the differences, which may cross a claim's edge, are cut
 * at claim boundaries inside them. The runs cover the sentence exactly, in order.
 */
export function splitSentence(
  sentence: string,
  facts: Pick<FactMark, 'id' | 'span'>[],
  highlight: { start: number; end: number } | null,
  differences: readonly { start: number; end: number; strong: boolean }[] = [],
): TextRun[] {
  const length = sentence.length;
  const claims = facts.flatMap((f) => {
    const range = claimRange(f, sentence);
    return range ? [{ id: f.id, start: range[0], end: range[1] }] : [];
  });
  const claimCuts = new Set([0, length]);
  for (const c of claims) claimCuts.add(c.start).add(c.end);
  const clamp = (at: number) => Math.max(0, Math.min(length, at));
  const lit: [number, number] | undefined =
    highlight && clamp(highlight.end) > clamp(highlight.start) ? [clamp(highlight.start), clamp(highlight.end)] : undefined;
  const diffs = differences.map((d) => ({ start: clamp(d.start), end: clamp(d.end), strong: d.strong })).filter((d) => d.end > d.start);
  const innerCuts = [...(lit ?? []), ...diffs.flatMap((d) => [d.start, d.end])];
  const sorted = [...claimCuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const ids = claims.filter((c) => c.start <= start && c.end >= end).map((c) => c.id);
    const cuts = [...new Set([start, end, ...innerCuts.filter((at) => at > start && at < end)])].sort((a, b) => a - b);
    const pieces: TextRun['pieces'] = [];
    for (let j = 0; j + 1 < cuts.length; j++) {
      const [s, e] = [cuts[j]!, cuts[j + 1]!];
      const covering = diffs.filter((d) => d.start <= s && d.end >= e);
      const diff = covering.length === 0 ? undefined : covering.some((d) => d.strong) ? 'strong' : 'weak';
      pieces.push({ start: s, end: e, highlight: !!lit && lit[0] <= s && lit[1] >= e, ...(diff ? { diff } : {}) });
    }
    runs.push({ start, end, claims: ids, pieces });
  }
  return runs;
}
