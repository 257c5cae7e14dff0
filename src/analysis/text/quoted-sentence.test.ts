import { describe, expect, it } from 'vitest';
import { quotedSentenceAround } from './quoted-sentence.ts';

const around = (text: string, part: string) => {
  const at = text.indexOf(part);
  const { start, end } = quotedSentenceAround(text, at, at + part.length);
  return text.slice(start, end);
};

describe('quotedSentenceAround', () => {
  it('narrows to the quoted sentence that holds the expression', () => {
    const text = '“We waited all night. Help came on Monday,” she said.';
    expect(around(text, 'on Monday')).toBe('Help came on Monday,” she said.');
    expect(around(text, 'all night')).toBe('“We waited all night.');
  });
  it('keeps the whole sentence when it holds no quotation of several sentences', () => {
    const text = 'Help came on Monday, she said.';
    expect(around(text, 'on Monday')).toBe(text);
    expect(around('“Help came on Monday,” she said.', 'on Monday')).toBe('“Help came on Monday,” she said.');
  });
});
