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
