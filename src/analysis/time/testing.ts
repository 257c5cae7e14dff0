import { expect } from 'vitest';
import { tagTimexes } from './tag.ts';

/** The reference instant for parser and refiner tests: Wednesday 24 September 2014 (ISO week 39). */
export const DCT = '2014-09-24';

/**
 * Tags `text` and prints each expression as `text@start=TYPE:value`, so tests compare short
 * strings that show the span, its offset and its value at once. `source` keeps only one parser's output.
 */
export function tagged(text: string, opts: { dct?: string | null; source?: string } = {}): string[] {
  const dct = opts.dct === undefined ? DCT : opts.dct;
  return tagTimexes(text, dct)
    .filter((t) => !opts.source || t.source === opts.source)
    .map((t) => `${t.text}@${t.start}=${t.type}:${t.value}`);
}

/**
 * Expected tags written without offsets: `['Monday=DATE:2014-09-22']`. Each span is looked up in
 * `text` after the previous one, so the test still checks offsets without anyone counting characters.
 */
export function withOffsets(text: string, items: string[]): string[] {
  let from = 0;
  return items.map((item) => {
    const eq = item.search(/=(?:DATE|TIME|DURATION|SET):/);
    const spanText = item.slice(0, eq);
    const at = text.indexOf(spanText, from);
    from = at + spanText.length;
    return `${spanText}@${at}${item.slice(eq)}`;
  });
}

/** `tags(text).are([...])`: the tagger's output on `text` equals these spans, offsets and values. */
export function tags(text: string, opts: { dct?: string | null; source?: string } = {}): { are(items: string[]): void } {
  return {
    are(items) {
      expect(tagged(text, opts)).toEqual(withOffsets(text, items));
    },
  };
}
