import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/relative-unit', () => {
  it('resolves last/this/next units against the DCT', () => {
    tags("Last year's election, this week, next month, last quarter.").are([
      'Last year=DATE:2013',
      'this week=DATE:2014-W39',
      'next month=DATE:2014-10',
      'last quarter=DATE:2014-Q2',
    ]);
  });
  it('keeps earlier/later/late modifiers in the span', () => {
    tags('Earlier this month and later this year, late last year.').are([
      'Earlier this month=DATE:2014-09',
      'later this year=DATE:2014',
      'late last year=DATE:2013',
    ]);
  });
  it('reads "the end of the year" and "the previous day"', () => {
    tags('By the end of the year; the previous day.').are(['the end of the year=DATE:2014', 'the previous day=DATE:2014-09-23']);
  });
  it('treats "over the next week" and "the coming year" as durations', () => {
    tags('Over the next week and in the coming year.').are(['the next week=DURATION:P1W', 'the coming year=DURATION:P1Y']);
  });
});
