import { describe, expect, it } from 'vitest';
import { reportName, sourceLabel } from './report-name.ts';

const untitled = { title: '', paragraphs: ['Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers, who are slumping.', 'More.'] };

describe('reportName', () => {
  it('is the headline when there is one', () => {
    expect(reportName({ ...untitled, title: '  Cheeks fired  ', file: 'cheeks-a.txt' })).toBe('Cheeks fired');
  });

  it('falls back to the imported file name without folder or extension', () => {
    expect(reportName({ ...untitled, file: 'reports/cheeks-a.txt' })).toBe('cheeks-a');
    expect(reportName({ ...untitled, file: 'C:\\news\\athens.sky.html' })).toBe('athens.sky');
    expect(reportName({ ...untitled, file: '.notes' })).toBe('.notes');
  });

  it('falls back to the opening words of the first sentence, never the id', () => {
    expect(reportName({ ...untitled, id: 'import-877e955b' } as never)).toBe('Maurice Cheeks was fired Saturday as coach of…');
    expect(reportName({ title: '', paragraphs: ['Fire in Tarnow. Ten hurt.'] })).toBe('Fire in Tarnow.');
    // A title's abbreviation ends no sentence.
    expect(reportName({ title: '', paragraphs: ["A fire damaged Alaska Gov. Sarah Palin's church in Wasilla."] })).toBe(
      "A fire damaged Alaska Gov. Sarah Palin's church…",
    );
  });

  it('says "Untitled report" only when there is nothing else', () => {
    expect(reportName({ title: ' ', paragraphs: [] })).toBe('Untitled report');
  });
});

describe('sourceLabel', () => {
  const report = { id: 'import-1', title: 'Sixers fire coach Maurice Cheeks after slow start', source: null, published: null };
  it('is the outlet, else the name cut at a word, and in full the outlet with the name', () => {
    expect(sourceLabel({ ...report, source: ' dpa ' }, 24)).toEqual({ short: 'dpa', full: 'dpa: Sixers fire coach Maurice Cheeks after slow start' });
    expect(sourceLabel(report, 24)).toEqual({ short: 'Sixers fire coach…', full: 'Sixers fire coach Maurice Cheeks after slow start' });
    expect(sourceLabel({ ...report, title: '', paragraphs: [] }, 24).full).toBe('Untitled report');
  });
});
