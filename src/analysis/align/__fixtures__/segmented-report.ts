import type { SegmentedReport } from '../../text/types.ts';

/** A report already split into sentences, one paragraph each, as tests of the aligner need it. */
export function segmentedReport(id: string, sentences: string[]): SegmentedReport {
  let start = 0;
  return {
    id,
    published: null,
    sentences: sentences.map((text, i) => {
      const s = { id: `s${i + 1}`, text, paragraph: i, start, end: start + text.length };
      start += text.length + 1;
      return s;
    }),
  };
}
