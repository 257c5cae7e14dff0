import { describe, expect, it } from 'vitest';
import type { Fact } from '../align/types.ts';
import type { Comparison } from '../compare.ts';
import { summarizeComparison } from './summarize-comparison.ts';

const sentence = (id: string, text: string) => ({ id, text, paragraph: 0, start: 0, end: text.length });
const fact = (id: string, kind: Fact['kind'], mentions: Fact['mentions']): Fact => ({ id, kind, mentions, score: 0.8, reasons: [], differences: [] });

const comparison = {
  reports: [
    { id: 'a', sentences: [sentence('s1', 'The ferry ran aground near Oban.'), sentence('s2', 'It rained on Monday.')] },
    { id: 'b', sentences: [sentence('s1', 'A ferry hit rocks near Oban.')] },
  ],
  facts: [
    fact('f1', 'shared', [
      { report: 'a', sentence: 's1' },
      { report: 'b', sentence: 's1' },
    ]),
  ],
  timeline: [],
  undated: [],
  related: [],
} as unknown as Comparison;

describe('summarizeComparison', () => {
  const summarized = summarizeComparison(comparison);
  it('keeps the comparison as it was', () => {
    expect(summarized.reports).toBe(comparison.reports);
    expect(summarized.facts).toBe(comparison.facts);
    expect(summarized.timeline).toBe(comparison.timeline);
  });
  it('adds the overview and the facts lists of the same comparison', () => {
    expect(summarized.overview.sharedFacts).toBe(1);
    expect(summarized.overview.unique.map((u) => [u.report, u.count, u.ranked.map((r) => r.sentence.id)])).toEqual([
      ['a', 1, ['s2']],
      ['b', 0, []],
    ]);
    expect(summarized.factLists.shared.map((i) => i.label)).toEqual(['1']);
    expect(summarized.factLists.unique.map((u) => u.sentences.map((s) => s.id))).toEqual([['s2'], []]);
  });
  it('refers to the comparison’s own sentences, so a structured clone sends each once', () => {
    const clone = structuredClone(summarized);
    expect(clone.factLists.unique[0]!.sentences[0]).toBe(clone.reports[0]!.sentences[1]);
    expect(clone.overview.unique[0]!.ranked[0]!.sentence).toBe(clone.reports[0]!.sentences[1]);
  });
});
