import { describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/types.ts';
import { choosePanes, ensureShown, mentionInView, replacePane } from '../panes.ts';

const report = (id: string): Report => ({ id, title: id, source: null, published: null, publishedFrom: null, paragraphs: [], removed: [] });
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(report) as [Report, Report, Report, Report];
const ids = (reports: Report[]) => reports.map((r) => r.id);

describe('choosePanes', () => {
  it('fills the panes in comparison order when nothing is chosen', () => {
    expect(ids(choosePanes([a, b, c], [], 2))).toEqual(['a', 'b']);
    expect(ids(choosePanes([a, b], [], 4))).toEqual(['a', 'b']);
  });

  it('puts the chosen reports first, then the rest in order, up to the pane count', () => {
    expect(ids(choosePanes([a, b, c, d], ['c', 'a'], 3))).toEqual(['c', 'a', 'b']);
  });

  it('skips chosen ids that are no longer compared, and repeated ones', () => {
    expect(ids(choosePanes([a, b, c], ['gone', 'c', 'c'], 2))).toEqual(['c', 'a']);
  });

  it('keeps no more chosen reports than there are panes', () => {
    expect(ids(choosePanes([a, b, c, d], ['d', 'c', 'b'], 2))).toEqual(['d', 'c']);
  });
});

describe('ensureShown', () => {
  it('leaves the panes as they are when the report is on screen', () => {
    expect(ensureShown([a, b], 'b')).toEqual(['a', 'b']);
  });

  it('puts the report in the last pane otherwise', () => {
    expect(ensureShown([a, b, c], 'd')).toEqual(['a', 'b', 'd']);
  });
});

describe('replacePane', () => {
  it('replaces one pane and keeps the others', () => {
    expect(replacePane([a, b, c], 1, 'd')).toEqual(['a', 'd', 'c']);
  });
  it('trades places with the pane that shows the chosen report, from either side', () => {
    expect(replacePane([a, b], 1, 'a')).toEqual(['b', 'a']);
    expect(replacePane([c, b], 0, 'b')).toEqual(['b', 'c']);
    expect(replacePane([b, c], 1, 'b')).toEqual(['c', 'b']);
    expect(replacePane([a, b], 0, 'a')).toEqual(['a', 'b']);
  });
});

describe('mentionInView', () => {
  const mentions = [
    { report: 'c', sentence: 'c-s1' },
    { report: 'b', sentence: 'b-s4' },
  ];

  it('prefers a mention in a report on screen', () => {
    expect(mentionInView(mentions, [a, b])).toEqual({ report: 'b', sentence: 'b-s4' });
  });

  it('falls back to the first mention, and to none without mentions', () => {
    expect(mentionInView(mentions, [a, d])).toEqual({ report: 'c', sentence: 'c-s1' });
    expect(mentionInView([], [a, b])).toBeUndefined();
  });
});
