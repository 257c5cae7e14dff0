import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/types.ts';
import { checkReport } from '../check-report.ts';

const report = (id: string, paragraphs: string[], extra: Partial<Report> = {}): Report => ({
  id,
  title: `Title ${id}`,
  source: null,
  published: '2014-09-24',
  publishedFrom: 'stated',
  paragraphs,
  removed: [],
  ...extra,
});
const LONG = [
  "British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations, the first meeting between the countries' leaders since the 1979 Islamic Revolution.",
  'A Downing Street spokesman said Cameron and Rouhani agreed that all states in the region must do more to cut off support for all terrorist groups, but they stopped short of announcing any firmer cooperation on the matter.',
];
const codes = (r: Report, others: Report[] = []) => checkReport(r, others).map((f) => f.code);

describe('checkReport', () => {
  it('finds nothing wrong with an ordinary English report', () => {
    expect(checkReport(report('a', LONG))).toEqual([]);
  });

  it('flags an empty body as a problem', () => {
    expect(checkReport(report('a', []))).toEqual([{ level: 'problem', code: 'empty-body', message: expect.stringContaining('no body text') }]);
  });

  it('warns about a single sentence but does not refuse it', () => {
    const findings = checkReport(report('a', ['Cameron met Rouhani in New York on Wednesday.']));
    expect(findings).toEqual([expect.objectContaining({ level: 'warning', code: 'single-sentence' })]);
  });

  it('warns about a short report', () => {
    expect(codes(report('a', ['Cameron met Rouhani.', 'They talked about the war for an hour.']))).toEqual(['short']);
  });

  it('warns about a report that is not in English, naming the language', () => {
    const fr = report('fr', [
      'Le Premier ministre britannique a rencontré le président iranien à New York, une première depuis la révolution islamique de 1979.',
      'Les deux dirigeants ont parlé de la guerre contre le groupe État islamique et de la situation en Syrie.',
    ]);
    const [finding] = checkReport(fr).filter((f) => f.code === 'not-english');
    expect(finding?.message).toBe('this report looks like French, not English: facts and timeline may be unreliable');
  });

  it('warns when the same text is already there, ignoring case and punctuation', () => {
    const a = report('a', LONG);
    const b = report(
      'b',
      LONG.map((p) => p.toUpperCase().replace(/,/g, '')),
      { title: 'Other' },
    );
    const [finding] = checkReport(b, [a]);
    expect(finding).toMatchObject({ code: 'identical', message: expect.stringContaining('these two reports are identical') });
    expect(codes(a, [a])).toEqual([]);
  });

  it('notes a missing publication date', () => {
    expect(codes(report('a', LONG, { published: null }))).toEqual(['no-date']);
  });
});
