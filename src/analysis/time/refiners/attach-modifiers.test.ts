import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag.ts';
import { DCT, tags } from '../testing.ts';

const mods = (text: string) => tagTimexes(text, DCT).map((t) => `${t.text}=${t.mod ?? '-'}`);

// DCT: Wednesday 24 September 2014.
describe('refiner/attach-modifiers', () => {
  it("puts an amount's modifier inside the span, as TimeML, without changing the value", () => {
    tags('The mine stayed shut for about three years, nearly a decade after the fire.').are([
      'about three years=DURATION:P3Y',
      'nearly a decade=DURATION:P10Y',
    ]);
    tags('Talks lasted more than two weeks; the ban runs at least 10 days, up to six months.').are([
      'more than two weeks=DURATION:P2W',
      'at least 10 days=DURATION:P10D',
      'up to six months=DURATION:P6M',
    ]);
    tags('The dam broke almost two years ago.').are(['almost two years ago=DATE:2012']);
  });
  it('names the modifier in `mod`', () => {
    expect(mods('It took less than an hour, no more than sixty days, roughly a week.')).toEqual([
      'less than an hour=LESS_THAN',
      'no more than sixty days=EQUAL_OR_LESS',
      'roughly a week=APPROX',
    ]);
    expect(mods('Work starts in early 1990 and ends in late November, after the mid-1990s plans.')).toEqual([
      'early 1990=START',
      'late November=END',
      'the mid-1990s=MID',
    ]);
  });
  it('takes "around" before a point in time, but not a phrasal verb', () => {
    tags("The verdict is due around Nov. 1; lawyers hope to get around Friday's deadline.").are(['around Nov. 1=DATE:2014-11-01', 'Friday=DATE:2014-09-26']);
  });
  it('leaves "about" as a preposition and "more than" before a non-amount outside', () => {
    tags('Officials were worried about two days of rain; sales grew more than 10% in the quarter.').are(['two days=DURATION:P2D']);
  });
  it('puts "or so" after an amount in the span, as APPROX', () => {
    expect(mods('The plant will be shut for the next year or so.')).toEqual(['the next year or so=APPROX']);
  });
});
