import { describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/types.ts';
import { mergeReports, pickReports, withUserDate } from '../report-list.ts';

const report = (id: string, fields: Partial<Report> = {}): Report => ({
  id,
  title: id,
  source: null,
  published: null,
  publishedFrom: null,
  paragraphs: [],
  removed: [],
  ...fields,
});

describe('mergeReports', () => {
  it('lists the bundled reports first, then the saved ones', () => {
    const merged = mergeReports([report('b1'), report('b2')], [report('s1'), report('s2')], ['b1', 'b2']);
    expect(merged.map((r) => r.id)).toEqual(['b1', 'b2', 's1', 's2']);
  });

  it('puts a saved copy of a bundled report in its place, once', () => {
    const edited = report('b2', { title: 'Edited' });
    const merged = mergeReports([report('b1'), report('b2')], [report('s1'), edited], ['b1', 'b2']);
    expect(merged.map((r) => r.id)).toEqual(['b1', 'b2', 's1']);
    expect(merged[1]).toBe(edited);
  });

  it('lists saved reports while the bundled ones are still loading', () => {
    expect(mergeReports([], [report('b1'), report('s1')], ['b1', 'b2']).map((r) => r.id)).toEqual(['s1']);
  });
});

describe('pickReports', () => {
  it('keeps the order of the ids and skips ids without a report', () => {
    const reports = [report('a'), report('b'), report('c')];
    expect(pickReports(['c', 'missing', 'a'], reports).map((r) => r.id)).toEqual(['c', 'a']);
  });
});

describe('withUserDate', () => {
  it('sets a new date as the reader’s', () => {
    expect(withUserDate(report('a', { published: '2014-09-23', publishedFrom: 'inferred' }), '2014-09-24')).toMatchObject({
      published: '2014-09-24',
      publishedFrom: 'user',
    });
  });

  it('turns an inferred date the reader confirms into theirs', () => {
    expect(withUserDate(report('a', { published: '2014-09-24', publishedFrom: 'inferred' }), '2014-09-24')).toMatchObject({
      published: '2014-09-24',
      publishedFrom: 'user',
    });
  });
});
