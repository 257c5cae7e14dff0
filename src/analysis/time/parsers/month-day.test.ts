import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/month-day', () => {
  it('reads month-day-year and day-month-year', () => {
    tags('Signed Sept. 24, 2014 and 24 September 2014.').are(['Sept. 24, 2014=DATE:2014-09-24', '24 September 2014=DATE:2014-09-24']);
  });
  it('takes the year from the DCT and tense when missing', () => {
    tags('The vote was held on September 10.').are(['September 10=DATE:2014-09-10']);
    tags('The vote will be held on January 10.').are(['January 10=DATE:2015-01-10']);
    tags('It ended on the 3rd of March.').are(['the 3rd of March=DATE:2014-03-03']);
    // A date set or scheduled is ahead of the report, whatever the tense it is told in.
    tags('A provisional trial date was set for January 28.').are(['January 28=DATE:2015-01-28']);
  });
  it('reads a day in words: "the first of November", "the twenty-third of May"', () => {
    tags('The scheme starts on the first of November.').are(['the first of November=DATE:2014-11-01']);
    tags('It closed on the twenty-third of May, 2014.').are(['the twenty-third of May, 2014=DATE:2014-05-23']);
    tags('It ended on the thirty first of March.').are(['the thirty first of March=DATE:2014-03-31']);
    // Only "the … of" makes an ordinal word a day: "the first May meeting" is the first meeting in May.
    tags('They met for the first May meeting.', { source: 'parser/month-day' }).are([]);
  });
  it('keeps X for the year without a DCT', () => {
    tags('On September 24 talks began.', { dct: null }).are(['September 24=DATE:XXXX-09-24']);
  });
  it('does not read "May 10 people" or lowercase "may 5" as dates', () => {
    tags('In May 10 people may 5 times…', { source: 'parser/month-day' }).are([]);
  });
});

describe('parser/month-day before a colon', () => {
  it('reads a date a colon follows, but not a clock-like "25:30"', () => {
    tags('The paper wrote in its leader on Thursday, October 2: the vote was a mistake.').are(['Thursday, October 2=DATE:2014-10-02']);
    tags('See verse October 25:30 of the almanac.').are([]);
  });
});
