import { DEFAULT_ALIGN_OPTIONS } from './options.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNames } from '../text/names.ts';
import { findNumbers } from '../text/numbers.ts';
import { tokenize } from '../text/tokenize.ts';
import type { SegmentedReport } from '../text/types.ts';
import { findFacts } from './facts.ts';
import { scorePair } from './pair.ts';

const WORDS = [
  'The',
  'storm',
  'killed',
  '12',
  'twelve',
  'people',
  'in',
  'Tampico',
  'on',
  'Monday',
  'U.S.',
  'UN',
  'Iran’s',
  'President',
  'Hassan',
  'Rouhani',
  'met',
  'Cameron',
  'not',
  'rose',
  'fell',
  'two and a half',
  '1,000',
  '1979',
  '(IS)',
  'Islamic State',
  '.',
  ',',
  '"',
  '—',
  'al-Assad',
];
const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' '));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), newsy);

function report(id: string, texts: string[]): SegmentedReport {
  return { id, published: null, sentences: texts.map((text, i) => ({ id: `s${i + 1}`, text, paragraph: 0, start: 0, end: text.length })) };
}

// Hundreds of random texts run through the whole pipeline: seconds of work, which a loaded machine
// stretches past the default 5 s (6.2 s once, beside a full CI run). A limit, not a speed check.
describe('properties', { timeout: 60_000 }, () => {
  it('scorePair never throws and scores in [0,1]', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const r = scorePair(a, b);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(typeof r.same).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
  it('names, numbers and tokens have spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        for (const x of [...findNames(t), ...findNumbers(t), ...tokenize(t)]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(t.length);
          expect(x.start).toBeLessThanOrEqual(x.end);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('facts are well-formed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(newsy, fc.string()), { maxLength: 8 }), { minLength: 0, maxLength: 4 }), (texts) => {
        const reports = texts.map((t, i) => report(`r${i}`, t));
        const facts = findFacts(reports);
        const factsPerSentence = new Map<string, number>();
        facts.forEach((f, k) => {
          const inThisFact = new Set<string>();
          expect(f.id).toBe(`f${k + 1}`);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
          expect(f.kind === 'conflict').toBe(f.differences.length > 0);
          expect(new Set(f.mentions.map((m) => m.report)).size).toBeGreaterThanOrEqual(2);
          for (const m of f.mentions) {
            const r = reports.find((x) => x.id === m.report);
            expect(r?.sentences.some((s) => s.id === m.sentence)).toBe(true);
            const key = `${m.report}/${m.sentence}`;
            expect(inThisFact.has(key)).toBe(false);
            inThisFact.add(key);
            factsPerSentence.set(key, (factsPerSentence.get(key) ?? 0) + 1);
            expect(factsPerSentence.get(key)).toBeLessThanOrEqual(DEFAULT_ALIGN_OPTIONS.maxFactsPerSentence);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
