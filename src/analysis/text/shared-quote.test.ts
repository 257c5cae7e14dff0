import { describe, expect, it } from 'vitest';
import { quoteWords, sharesQuote } from './shared-quote.ts';

const shares = (a: string, b: string) => sharesQuote(quoteWords(a), quoteWords(b));

describe('sharesQuote', () => {
  it('finds one speaker’s words quoted by both, whatever frames them', () => {
    expect(
      shares(
        '"The dam is holding," she said, adding that engineers would inspect it again at dawn.',
        'Water chiefs insisted last night: “The dam is holding.”',
      ),
    ).toBe(true);
    // A frame may end inside the other's quotation marks.
    expect(shares('The union called the ruling "a body blow" for Hull and vowed to appeal.', '"This is a body blow for Hull," the union’s leader said.')).toBe(
      true,
    );
  });
  it('needs four words in a row, two of them not stopwords, and most of the quote', () => {
    expect(shares('"It is what it is," the coach said.', 'The coach said: "It is what it is."')).toBe(false);
    expect(shares('"Very sad," he said.', 'Fans called it "very sad".')).toBe(false);
    // A name or a phrase inside a long quote is no quote of it.
    expect(
      shares(
        '"For two decades the Clean Water Act has kept our rivers fit to swim in, and this rule undoes that," she said.',
        'The agency published its reading of the Clean Water Act on Friday.',
      ),
    ).toBe(false);
  });
  it('does not count words outside quotation marks on both sides', () => {
    expect(shares('The river burst its banks on Tuesday night.', 'The river burst its banks on Tuesday night.')).toBe(false);
  });
});
