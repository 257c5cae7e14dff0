import { describe, expect, it } from 'vitest';
import type { Fact } from '../../analysis/align/types.ts';
import { factsToStep, hiddenPartners } from './pane-partners.ts';

const fact = (id: string, ...reports: string[]): Fact => ({
  id,
  kind: 'shared',
  mentions: reports.map((report, i) => ({ report, sentence: `s${i}` })),
  score: 0.9,
  reasons: [],
  differences: [],
});
const ids = (facts: readonly Fact[]) => facts.map((f) => f.id);
const panes = (...reports: string[]) => new Set(reports);

describe('hiddenPartners', () => {
  it('names the hidden reports when no partner is in a pane', () => {
    expect(hiddenPartners([{ report: 'b' }], panes('a', 'c'))).toEqual(['b']);
    expect(hiddenPartners([{ report: 'b' }, { report: 'd' }, { report: 'b' }], panes('a', 'c'))).toEqual(['b', 'd']);
  });

  it('is undefined when a partner is on screen, even beside a hidden one', () => {
    expect(hiddenPartners([{ report: 'c' }], panes('a', 'c'))).toBeUndefined();
    expect(hiddenPartners([{ report: 'b' }, { report: 'c' }], panes('a', 'c'))).toBeUndefined();
  });

  it('is undefined with every report shown, or no partner', () => {
    expect(hiddenPartners([{ report: 'b' }], undefined)).toBeUndefined();
    expect(hiddenPartners([], panes('a', 'c'))).toBeUndefined();
  });
});

describe('factsToStep', () => {
  const facts = [fact('ab', 'a', 'b'), fact('ac', 'a', 'c'), fact('bc', 'b', 'c'), fact('abc', 'a', 'b', 'c'), fact('bd', 'b', 'd')];

  it('steps through every fact when every report is shown', () => {
    expect(ids(factsToStep(facts, undefined))).toEqual(['ab', 'ac', 'bc', 'abc', 'bd']);
  });

  it('steps only through facts with a mention in two panes', () => {
    expect(ids(factsToStep(facts, panes('a', 'c')))).toEqual(['ac', 'abc']);
    expect(ids(factsToStep(facts, panes('a', 'b')))).toEqual(['ab', 'abc']);
    expect(ids(factsToStep(facts, panes('b', 'c', 'd')))).toEqual(['bc', 'abc', 'bd']);
  });

  it('falls back to the facts with a mention on screen when the panes share none', () => {
    expect(ids(factsToStep(facts, panes('c', 'd')))).toEqual(['ac', 'bc', 'abc', 'bd']);
    expect(ids(factsToStep(facts, panes('e', 'f')))).toEqual([]);
  });
});
