import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './tag.ts';

// Fragments that make the parsers fire, mixed with arbitrary text, so the property explores the
// interesting paths and not only random noise.
const FRAGMENTS = [
  'on Monday',
  'last year',
  'Sept. 24, 2014',
  'in June',
  '1979',
  'the 1990s',
  '35 years',
  'every year',
  '3 p.m.',
  'Tuesday morning',
  'the third quarter',
  'this summer',
  'two and a half years ago',
  ' ',
  '.',
  ',',
  '-',
  '/',
  ':',
  '9/11',
  '$500',
  'may',
  'March',
  'now',
  'the past decade',
  '24',
  'of',
  'the end of',
  'Feb. 3-4',
  'from March to May',
  'between 2014 and',
  'at Easter',
  'Christmas Eve last year',
  'at 10am',
  'until',
];

const textArb = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 30 })
  .map((parts) => parts.join(' '));
const dctArb = fc.oneof(
  fc.constant(null),
  fc.constant('2014-09-24'),
  fc.string({ maxLength: 12 }),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);

describe('tagTimexes properties', () => {
  it('never throws; offsets in bounds, sorted and non-overlapping; text matches offsets', () => {
    fc.assert(
      fc.property(textArb, dctArb, (text, dct) => {
        const out = tagTimexes(text, dct);
        let last = 0;
        for (const t of out) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
          expect(t.value.length).toBeGreaterThan(0);
          last = t.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on pathological input (long runs of spaces, dashes, digits, repeated words)', () => {
    for (const text of [
      ' '.repeat(100_000),
      '-'.repeat(100_000),
      '9'.repeat(100_000),
      'the past '.repeat(10_000),
      '1:1:'.repeat(20_000),
      'Monday '.repeat(5_000),
    ]) {
      // A pattern that backtracks on these would show as the test's timeout (timings: bench:timex).
      expect(() => tagTimexes(text, '2014-09-24')).not.toThrow();
    }
  });
});
