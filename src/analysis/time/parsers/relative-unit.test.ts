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
  it('counts "the day before", "later that year" and "earlier in the day" from the date just named', () => {
    tags('The plant closed on March 3, 2011. The day before, workers had been warned. Later that year it was sold.').are([
      'March 3, 2011=DATE:2011-03-03',
      'The day before=DATE:2011-03-02',
      'Later that year=DATE:2011',
    ]);
    tags('The quake struck on Sunday. Earlier in the day a smaller tremor was felt.').are(['Sunday=DATE:2014-09-21', 'Earlier in the day=DATE:2014-09-21']);
    // A step from a named happening, not from a date: left alone.
    tags('He resigned the day before the election.').are([]);
    tags('That day of mourning was observed.').are([]);
  });
  it('reads "the end of the year" and "the previous day"', () => {
    tags('By the end of the year; the previous day.').are(['the end of the year=DATE:2014', 'the previous day=DATE:2014-09-23']);
  });
  it('treats "over the next week" and "the coming year" as durations', () => {
    tags('Over the next week and in the coming year.').are(['the next week=DURATION:P1W', 'the coming year=DURATION:P1Y']);
  });
});
