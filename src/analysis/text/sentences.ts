/** STUB — replaced by the sentence-splitting work. Returns sentence spans (UTF-16 offsets) of `text`. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const s of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (body) spans.push({ start: s.index + lead, end: s.index + lead + body.length });
  }
  return spans;
}
