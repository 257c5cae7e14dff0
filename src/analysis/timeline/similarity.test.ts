import { describe, expect, it } from 'vitest';
import { referenceHead, sentenceTerms } from './similarity.ts';

/** The head term a date in `sentence` names its happening by, with `date` its only time expression. */
function head(sentence: string, date: string): string | undefined {
  const start = sentence.indexOf(date);
  const mention = { start, end: start + date.length };
  return referenceHead(sentence, mention, sentenceTerms(sentence, [mention], []));
}

describe('referenceHead', () => {
  it('finds the noun a date names a happening by: "the big flood of 2017", "the 2017 flood"', () => {
    expect(head('The levee has not been repaired since the big flood of 2017.', '2017')).toBe('flood');
    expect(head('The levee has not been repaired since the 2017 flood.', '2017')).toBe('flood');
  });
  it('finds none where the date only locates the clause, or the noun is a time word', () => {
    expect(head('The river flooded the old town in 2017.', '2017')).toBeUndefined();
    expect(head('The levee was repaired by the end of 2017.', '2017')).toBeUndefined();
  });
});
