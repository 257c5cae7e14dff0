import type { Report } from '../report/types.ts';
import { splitSentences } from './sentences.ts';
import type { SegmentedReport, Sentence } from './types.ts';

/** Splits every body paragraph into sentences, numbered `s1…sN` across the whole report; the title rides along. */
export function segmentReport(report: Pick<Report, 'id' | 'published' | 'paragraphs'> & Partial<Pick<Report, 'title'>>): SegmentedReport {
  const sentences: Sentence[] = [];
  report.paragraphs.forEach((paragraph, index) => {
    for (const { start, end } of splitSentences(paragraph)) {
      sentences.push({ id: `s${sentences.length + 1}`, text: paragraph.slice(start, end), paragraph: index, start, end });
    }
  });
  return { id: report.id, published: report.published, sentences, ...(report.title ? { title: report.title } : {}) };
}
