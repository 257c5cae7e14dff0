import { describe, expect, it } from 'vitest';
import { withDatelineYears } from './dateline-year.ts';
import type { Report } from './types.ts';

const report = (id: string, first: string, published: string | null = null): Report => ({
  id,
  title: id,
  source: null,
  published,
  publishedFrom: published ? 'stated' : null,
  paragraphs: [first, 'The council met again later.'],
  removed: [],
});

describe('withDatelineYears', () => {
  it("gives a yearless dateline's day the year of the reports beside it", () => {
    const [wire, ...others] = withDatelineYears([
      report('wire', 'PORTLAND, Ore., Jan 8 (Reuters) - A door panel blew out of a jet in mid-air on Friday.'),
      report('paper', 'A door panel blew out of a jet.', '2024-01-07'),
      report('tv', 'The jet landed safely.', '2024-01-09'),
    ]);
    expect(wire).toMatchObject({ published: '2024-01-08', publishedFrom: 'inferred' });
    expect(others.map((r) => r.published)).toEqual(['2024-01-07', '2024-01-09']);
  });

  it('crosses the new year when that puts the day nearest the others', () => {
    const [wire] = withDatelineYears([
      report('wire', 'LONDON, Dec 30 (Reuters) - Markets closed the year higher.'),
      report('paper', 'Markets closed the year higher.', '2025-01-02'),
    ]);
    expect(wire!.published).toBe('2024-12-30');
  });

  it('leaves undated a report without a dateline day, and does nothing when no report is dated', () => {
    const plain = report('plain', 'A door panel blew out of a jet in mid-air on Friday.');
    const wire = report('wire', 'PORTLAND, Ore., Jan 8 (Reuters) - A door panel blew out.');
    expect(withDatelineYears([plain, report('paper', 'x', '2024-01-07')])[0]).toBe(plain);
    expect(withDatelineYears([wire, plain])).toEqual([wire, plain]);
  });
});
