import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/quarter', () => {
  it('reads quarters with and without a year', () => {
    tags('In the third quarter and the first quarter of 2015, Q2 2013.').are([
      'the third quarter=DATE:2014-Q3',
      'the first quarter of 2015=DATE:2015-Q1',
      'Q2 2013=DATE:2013-Q2',
    ]);
  });
  it('reads adjectives and halves', () => {
    tags('Third-quarter profit rose in the first half of this year.').are(['Third-quarter=DATE:2014-Q3', 'the first half of this year=DATE:2014-H1']);
  });
  it('puts a past quarter later than the DCT in the previous year', () => {
    tags('The company reported a fourth-quarter loss.', { dct: '1998-02-16' }).are(['fourth-quarter=DATE:1997-Q4']);
  });
});

describe('parser/quarter spans, TimeML style', () => {
  it('leaves out a possessive, and the determiner of a quarter used as an adjective', () => {
    tags('The firm said its fourth quarter was weak after the second-quarter slump.').are(['fourth quarter=DATE:2013-Q4', 'second-quarter=DATE:2014-Q2']);
  });
  it('keeps "the" with a written year or a year-ago quarter', () => {
    tags('Sales beat the 2012 third quarter and the year-ago second quarter.').are([
      'the 2012 third quarter=DATE:2012-Q3',
      'the year-ago second quarter=DATE:2013-Q2',
    ]);
  });
});

describe('parser/quarter with the year before it', () => {
  it('reads "next year\'s first quarter" and "last year\'s quarter"', () => {
    tags("Orders for next year's first quarter are firm; sales trailed last year's quarter.").are([
      "next year's first quarter=DATE:2015-Q1",
      "last year's quarter=DATE:2013",
    ]);
  });
});

describe('parser/quarter in a game', () => {
  it('reads no calendar quarter where the words are of play: yards, passing, the end zone', () => {
    tags('He broke the record of 4,051 yards passing in the second quarter.').are([]);
    tags('Some fourth quarter heroics by the offense got the Colts the win.').are([]);
    tags('They led later in the third quarter, but the pass was intercepted in the end zone.').are([]);
    tags('His record for fourth-quarter comebacks rose to seven.').are([]);
  });
});
