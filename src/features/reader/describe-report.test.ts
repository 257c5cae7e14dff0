import { describe, expect, it } from 'vitest';
import type { Report } from '../../analysis/report/types.ts';
import { reportNamer } from './describe-report.ts';

const report = (id: string, source: string | null = null): Report => ({
  id,
  title: id,
  source,
  published: null,
  publishedFrom: 'stated',
  paragraphs: [],
  removed: [],
});
const [a, b, c] = [report('a'), report('b', 'USA Today'), report('c')];

describe('reportNamer', () => {
  it('names a report by its letter and source when every compared report is shown', () => {
    const name = reportNamer([a, b], [a, b]);
    expect([name('a'), name('b')]).toEqual(['report A', 'report B (USA Today)']);
  });

  it('says of each report whether it is shown when some are not', () => {
    const name = reportNamer([a, b, c], [a, b]);
    expect([name('b'), name('c')].join(', ')).toBe('report B (USA Today, shown), report C (not shown)');
  });

  it('falls back to the id of a report it does not know', () => {
    expect(reportNamer([a], [a])('x')).toBe('x');
  });
});
