import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/quarter-ref', () => {
  it('takes "the quarter" and "the latest period" from the quarter the story reports on', () => {
    tags('Acme posted a second-quarter loss. Revenue for the quarter fell, and the latest period had higher costs.', { dct: '2014-08-05' }).are([
      'second-quarter=DATE:2014-Q2',
      'the quarter=DATE:2014-Q2',
      'the latest period=DATE:2014-Q2',
    ]);
  });
  it('points a year back for the year-earlier quarter, "year-ago" results and "the same period last year"', () => {
    tags('Profit in the first quarter of 2013 beat the year-earlier quarter and year-ago forecasts, and matched the same period last year.').are([
      'the first quarter of 2013=DATE:2013-Q1',
      'the year-earlier quarter=DATE:2012-Q1',
      'year-ago=DATE:2012-Q1',
      'the same period last year=DATE:2012-Q1',
    ]);
  });
  it('reads a written year with the quarter in force, and leaves the year alone in a story without quarters', () => {
    tags('Third-quarter sales topped the 2012 period.', { dct: '2014-11-05' }).are(['Third-quarter=DATE:2014-Q3', 'the 2012 period=DATE:2012-Q3']);
    tags('Costs were lower than in the 2012 period.').are(['2012=DATE:2012']);
  });
  it('says "the latest quarter" is the last one completed when none was named, and leaves "the quarter" and "the period" alone', () => {
    tags('Earnings in the latest quarter fell.').are(['the latest quarter=DATE:2014-Q2']);
    tags('A quarter of the staff left during the period; the quarter of a century since then was quiet.').are([]);
    tags('The quarter was difficult for retailers.').are([]);
  });
});
