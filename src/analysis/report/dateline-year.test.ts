import { describe, expect, it } from 'vitest';
import { withDatelineYears } from './dateline-year.ts';
import { parseReport } from './parse-report.ts';
import type { Report } from './types.ts';

const dated = (id: string, published: string): Report => ({
  id,
  title: id,
  source: null,
  published,
  publishedFrom: 'stated',
  paragraphs: ['A door panel blew out.'],
  removed: [],
});
const parsed = (id: string, text: string): Report => parseReport(text, { id });

describe('withDatelineYears', () => {
  it("gives a yearless dateline's day the year of the reports beside it", () => {
    const wire = parsed('wire', 'Jet loses door panel\n\nPORTLAND, Ore., Jan 8 (Reuters) - A door panel blew out of a jet in mid-air on Friday.\n');
    expect(wire).toMatchObject({ published: null, filed: { month: 1, day: 8 } });
    const [placed, ...others] = withDatelineYears([wire, dated('paper', '2024-01-07'), dated('tv', '2024-01-09')]);
    expect(placed).toMatchObject({ published: '2024-01-08', publishedFrom: 'inferred' });
    expect(others.map((r) => r.published)).toEqual(['2024-01-07', '2024-01-09']);
  });

  it('crosses the new year when that puts the day nearest the others', () => {
    const wire = parsed('wire', 'Markets close higher\n\nLONDON, Dec 30 (Reuters) - Markets closed the year higher.\n');
    expect(withDatelineYears([wire, dated('paper', '2025-01-02')])[0]!.published).toBe('2024-12-30');
  });

  it('leaves undated a report without a dateline day, and does nothing when no report is dated', () => {
    const plain = parsed('plain', 'Jet loses door panel\n\nA door panel blew out of a jet in mid-air on Friday.\n');
    const wire = parsed('wire', 'Jet loses door panel\n\nPORTLAND, Ore., Jan 8 (Reuters) - A door panel blew out.\n');
    expect(withDatelineYears([plain, dated('paper', '2024-01-07')])[0]).toBe(plain);
    expect(withDatelineYears([wire, plain])).toEqual([wire, plain]);
  });

  // User test X, W4: a yearless dateline whose body names an earlier dated day ("on March 4, 2023", "a
  // leak last year") had taken that day's year, a year before the reports it was compared with.
  it("moves a year taken from the body's latest day to the year of the reports beside it", () => {
    const wire = parsed(
      'wire',
      'Chemicals maker fined over 2023 leak\n\nBERLIN, Oct 14 (Reuters) - Regulators fined the chemicals maker on Monday over a leak last year.\n\nThe company found the leak on March 4, 2023, and told residents a week later.\n',
    );
    expect(wire).toMatchObject({ published: '2023-10-14', publishedFrom: 'inferred', filed: { month: 10, day: 14 } });
    const [placed] = withDatelineYears([wire, dated('paper', '2024-10-15'), dated('tv', '2024-10-14')]);
    expect(placed).toMatchObject({ published: '2024-10-14', publishedFrom: 'inferred' });
  });

  it("never puts the dateline's day before the latest day its body names", () => {
    const wire = parsed('wire', 'Port reopens\n\nHAMBURG, Jan 8 (Reuters) - The port reopened on Monday after the storm of Dec. 20, 2024, closed it.\n');
    expect(wire.published).toBe('2025-01-08');
    expect(withDatelineYears([wire, dated('paper', '2024-01-07')])[0]!.published).toBe('2025-01-08');
  });

  it("leaves out of the middle another wire's year guessed from its body", () => {
    const wire = parsed('wire', 'Jet loses door panel\n\nPORTLAND, Ore., Jan 8 (Reuters) - A door panel blew out of a jet in mid-air on Friday.\n');
    const guessed: Report = { ...dated('wire2', '2023-01-09'), publishedFrom: 'inferred', filed: { month: 1, day: 9 } };
    const [placed, other] = withDatelineYears([wire, guessed, guessed, dated('paper', '2024-01-07')]);
    expect([placed!.published, other!.published]).toEqual(['2024-01-08', '2024-01-09']);
  });
});
