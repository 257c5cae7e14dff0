import { describe, expect, it } from 'vitest';
import type { Candidate, Context } from '../candidate.ts';
import { dropFalsePositives } from './drop-false-positives.ts';

const c = (start: number, end: number): Candidate => ({ start, end, type: 'DATE', value: '1979', source: 'test' });
const ctx = (text: string): Context => ({ text, dct: null, tenseAt: () => null, sentenceAt: () => [0, text.length] });

describe('refiner/drop-false-positives', () => {
  it('drops spans cut out of a longer token', () => {
    expect(dropFalsePositives.refine([c(1, 5)], ctx('A1979B'))).toEqual([]);
  });
  it('drops numbers continuing a phone-number-like run', () => {
    expect(dropFalsePositives.refine([c(4, 8)], ctx('555-1979'))).toEqual([]);
  });
  it('drops a year-like group of a phone number written with spaces', () => {
    const text = 'Call free on 0800 2019 636 or +44 20 1998 4400.';
    const at = (s: string) => c(text.indexOf(s), text.indexOf(s) + 4);
    expect(dropFalsePositives.refine([at('2019'), at('1998')], ctx(text))).toEqual([]);
  });
  it('keeps a year beside a day or a count: "May 3 2000", "in 2019 30 people"', () => {
    expect(dropFalsePositives.refine([c(6, 10)], ctx('May 3 2000 was wet.'))).toHaveLength(1);
    expect(dropFalsePositives.refine([c(3, 7)], ctx('In 2019 30 people died.'))).toHaveLength(1);
  });
  it('drops matches inside URLs', () => {
    expect(dropFalsePositives.refine([c(22, 26)], ctx('see http://example.com/1979/x'))).toEqual([]);
  });
  it('keeps clean matches', () => {
    expect(dropFalsePositives.refine([c(6, 10)], ctx('since 1979.'))).toHaveLength(1);
  });
});
