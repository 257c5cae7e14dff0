import { splitSentences } from './sentences.ts';

/**
 * The sentence of a quotation kept whole (`splitSentences`) that holds `[start, end)`, as offsets
 * into `text`; the whole text when the expression is in no such quotation or straddles two of its
 * sentences. What a date says is judged within it: in "told the court: “She had her whole life
 * ahead of her. On March 1 it was taken away.”" the date's clause is the second sentence, not the
 * first one's state of affairs.
 */
export function quotedSentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const whole = { start: 0, end: text.length };
  if (!/[.!?…]\S*\s/.test(text)) return whole;
  const inner = splitSentences(text, { quotes: 'split' });
  if (inner.length < 2) return whole;
  return inner.find((s) => s.start <= start && end <= s.end) ?? whole;
}
