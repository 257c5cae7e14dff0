import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/duration', () => {
  it('reads numbers in digits and words, fractions included', () => {
    tags('The first time in 35 years, after two and a half years and 3 1/2 months.').are([
      '35 years=DURATION:P35Y',
      'two and a half years=DURATION:P2Y6M',
      '3 1/2 months=DURATION:P3.5M',
    ]);
  });
  it('reads no span in a compound its unit opens: "the March 15 quarter-final", but "a two-week-long trip"', () => {
    tags('Since the March 15 quarter-final win, City have not lost.', { dct: '2025-05-01' }).are(['March 15=DATE:2025-03-15']);
    tags('It came after a two-week-long trip.').are(['two-week-long=DURATION:P2W']);
  });
  it('writes a fraction in the next smaller unit, as TBAQ does, and keeps the decimal where none is whole', () => {
    tags('The strike took 5 1/2 hours, then half an hour, then 1.5 days; the lull lasted 1.5 weeks.').are([
      '5 1/2 hours=DURATION:PT5H30M',
      'half an hour=DURATION:PT30M',
      '1.5 days=DURATION:P1DT12H',
      '1.5 weeks=DURATION:P1.5W',
    ]);
  });
  it('reads the amount after "more than" and "about" (refiner/attach-modifiers puts them in the span)', () => {
    tags('It lasted more than two and a half years, about 24 hours.').are(['more than two and a half years=DURATION:P2Y6M', 'about 24 hours=DURATION:PT24H']);
  });
  it('keeps "the next/past" inside the span', () => {
    tags('Within the next two days; the past decade.').are(['the next two days=DURATION:P2D', 'the past decade=DURATION:P10Y']);
  });
  it('turns "ago", "earlier", "later" into dates', () => {
    tags('Three years ago, a week earlier, days later.').are(['Three years ago=DATE:2011', 'a week earlier=DATE:2014-W38', 'days later=DATE:FUTURE_REF']);
  });
  it('reads "weeks earlier than usual" as an amount', () => {
    tags('Snow fell two weeks earlier than usual.').are(['two weeks=DURATION:P2W']);
  });
  it('reads -long adjectives', () => {
    tags('A year-long probe ended a decade-long war.').are(['year-long=DURATION:P1Y', 'decade-long=DURATION:P10Y']);
  });
  it('reads hyphenated adjectives but not ages, which TBAQ leaves untagged', () => {
    tags('Smith, 58 years old, signed a 30-year lease; a 35-year-old man, aged 47, watched.').are(['30-year=DURATION:P30Y']);
  });
  it('reads vague plurals only after for/in/after or before "of"', () => {
    tags('For years, prices rose; years of war; after months of talks; years passed.').are(['years=DURATION:PXY', 'years=DURATION:PXY', 'months=DURATION:PXM']);
    tags('It lasted a year and a half; half a century.').are(['a year and a half=DURATION:P1Y6M', 'half a century=DURATION:P50Y']);
  });
  it('reads "twice a year" as SET and leaves a rate of an amount untagged, as TBAQ mostly does', () => {
    tags('They meet twice a year, spend $5 billion a year and pump 1.7 million barrels a day.').are(['twice a year=SET:P1Y']);
  });
  it('does not read "a second" or "a quarter of" as durations', () => {
    tags('For a second term, a quarter of voters.').are([]);
  });
  it('reads "a month longer" as the amount something differs by', () => {
    tags('The works ran a month longer than planned.').are(['a month=DURATION:P1M']);
  });
});

describe('parser/duration: fractions and large counts', () => {
  it('leaves "three-quarters of" alone as a fraction, but keeps quarters of a year', () => {
    tags('The region grows three-quarters of its rice and lost three quarters of the harvest.').are([]);
    tags('Losses are forecast for two quarters of next year.').are(['two quarters=DURATION:P2Q', 'next year=DATE:2015']);
    tags('It turned a profit after several quarters of losses.').are(['several quarters=DURATION:PXQ']);
  });
  it('reads "a hundred years", and writes a date before year 1 as PAST_REF', () => {
    tags('The dispute lasted a hundred years.').are(['a hundred years=DURATION:P100Y']);
    tags('Three thousand years ago the river ran here.').are(['Three thousand years ago=DATE:PAST_REF']);
  });
});

describe('parser/duration: reporting periods', () => {
  it('reads "the year ended <date>" as a year-long period, but not "the year ended badly"', () => {
    tags('Profit for the year ended June 30 doubled.', { dct: '2014-09-24' }).are(['the year=DURATION:P1Y', 'June 30=DATE:2014-06-30']);
    tags('The year ended badly for the club.').are([]);
  });
});
