import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/month-name', () => {
  it('keeps the day written before a month with its year in words: "12 April next year"', () => {
    tags('An election could take place on 12 April next year.', { dct: '2025-11-05' }).are(['12 April next year=DATE:2026-04-12']);
    tags('Prices rose in June last year.', { dct: '2025-11-05' }).are(['June last year=DATE:2024-06']);
  });
  it('resolves "in June" by tense against the DCT', () => {
    tags('Voters went to the polls in June.').are(['June=DATE:2014-06']);
    tags('Voters will go to the polls in June.').are(['June=DATE:2015-06']);
  });
  it('writes XXXX without a DCT', () => {
    tags('Voters went to the polls in June.', { dct: null }).are(['June=DATE:XXXX-06']);
  });
  it('uses the nearest year without a tense cue', () => {
    tags('Talks in December.').are(['December=DATE:2014-12']);
  });
  it('honours last/next and mid-', () => {
    tags('Since last October and until mid-January.').are(['last October=DATE:2013-10', 'mid-January=DATE:2015-01']);
  });
  it('keeps capitalised modifiers at the start of a sentence', () => {
    tags('Last June, prices fell. Early March was cold.').are(['Last June=DATE:2014-06', 'Early March=DATE:2014-03']);
  });
  it('reads a capitalised month before a dated event noun: "the March deadline"', () => {
    tags('The March deadline passed without a deal.').are(['March=DATE:2014-03']);
    tags('The May government fell and the march organisers met.', { source: 'parser/month-name' }).are([]);
  });
  it('needs a cue for May, March, April, August', () => {
    tags('May I ask? April Ryan will march. August bodies.', { source: 'parser/month-name' }).are([]);
  });
  it('reads "last May" written in May as a year ago, and "next May" as a year ahead', () => {
    tags('The club survived a play-off last May.', { dct: '2025-05-31' }).are(['last May=DATE:2024-05']);
    tags('Next May the club turns 100.', { dct: '2025-05-31' }).are(['Next May=DATE:2026-05']);
  });
  it("does not take the main clause's tense into a relative clause", () => {
    tags('The rivals, who beat them 3-0 in March, will wonder how they lost.', { dct: '2025-05-31' }).are(['March=DATE:2025-03']);
  });
});

describe('parser/month-name with the year in words', () => {
  it('reads "June last year" and "March next year" as one month of that year', () => {
    tags('The plant shut in June last year and reopens in March next year.').are(['June last year=DATE:2013-06', 'March next year=DATE:2015-03']);
  });
});
