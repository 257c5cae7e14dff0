import { describe, expect, it } from 'vitest';
import { namesBySentence } from './names-by-sentence.ts';
import { findNames } from './names.ts';

describe('namesBySentence', () => {
  const sentences = [{ text: 'W. Mark Felt was the No. 2 official at the FBI.' }, { text: 'Felt died Thursday.' }];

  it('reads names over the whole report, with offsets into each sentence', () => {
    const [first, second] = namesBySentence(sentences);
    expect(first!.map((m) => sentences[0]!.text.slice(m.start, m.end))).toContain('W. Mark Felt');
    expect(second!.map((m) => [sentences[1]!.text.slice(m.start, m.end), m.kind])).toEqual([['Felt', 'person']]);
  });

  it('places names a finder lists out of reading order in their own sentences', () => {
    const backwards = (text: string) => findNames(text).reverse();
    expect(namesBySentence(sentences, backwards).map((list) => list.map((m) => m.key))).toEqual(
      namesBySentence(sentences).map((list) => list.map((m) => m.key)),
    );
  });

  it('reads a report once for the facts and the timeline, and again with another finder', () => {
    expect(namesBySentence(sentences)).toBe(namesBySentence(sentences));
    const other = (text: string) => findNames(text).slice(0, 1);
    expect(namesBySentence(sentences, other)).not.toBe(namesBySentence(sentences));
  });
});
