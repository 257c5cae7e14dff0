import { describe, expect, it } from 'vitest';
import type { Fact } from '../align/types.ts';
import type { Comparison } from '../compare.ts';
import { summarizeFacts } from './summarize-facts.ts';

const sentence = (id: string, text: string) => ({ id, text, paragraph: 0, start: 0, end: text.length });
const fact = (id: string, kind: Fact['kind'], mentions: Fact['mentions'], differences: string[] = []): Fact => ({
  id,
  kind,
  mentions,
  score: 0.8,
  reasons: [],
  differences,
});

const comparison = {
  reports: [
    { id: 'a', sentences: [sentence('s1', 'The ferry ran aground.'), sentence('s2', '12 were hurt.'), sentence('s3', 'It rained.')] },
    { id: 'b', sentences: [sentence('s1', 'A ferry hit rocks.'), sentence('s2', '15 were hurt.')] },
  ],
  facts: [
    fact('f1', 'shared', [
      { report: 'a', sentence: 's1' },
      { report: 'b', sentence: 's1' },
    ]),
    fact(
      'f2',
      'conflict',
      [
        { report: 'a', sentence: 's2' },
        { report: 'b', sentence: 's2' },
      ],
      ['number: 12 vs 15'],
    ),
  ],
  timeline: [],
  undated: [],
  related: [],
} as unknown as Comparison;

describe('summarizeFacts', () => {
  const summary = summarizeFacts(comparison);
  it('numbers shared facts and conflicts apart, in fact order', () => {
    expect(summary.shared.map((i) => i.label)).toEqual(['1']);
    expect(summary.conflicts.map((i) => i.label)).toEqual(['C1']);
  });
  it('gives each fact its wordings with their text', () => {
    expect(summary.conflicts[0]!.wordings.map((w) => `${w.report}: ${w.text}`)).toEqual(['a: 12 were hurt.', 'b: 15 were hurt.']);
  });
  it('says for a conflict which wordings state each side of its differences', () => {
    expect(summary.conflicts[0]!.sides).toEqual([
      {
        what: 'number',
        sides: [
          { value: '12', wordings: [0] },
          { value: '15', wordings: [1] },
        ],
        byReport: { a: '12', b: '15' },
      },
    ]);
    expect(summary.shared[0]!.sides).toBeUndefined();
    // What the reader says on each of the conflict's sentences: every report's value, in report order.
    expect(summary.conflicts[0]!.said).toEqual(['number: 12 in report A, 15 in report B']);
    expect(summary.shared[0]!.said).toBeUndefined();
  });
  it('lists per report the sentences in no fact', () => {
    expect(summary.unique.map((u) => [u.report, u.sentences.map((s) => s.id)])).toEqual([
      ['a', ['s3']],
      ['b', []],
    ]);
  });
});
