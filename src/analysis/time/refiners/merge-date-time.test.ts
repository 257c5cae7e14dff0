import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('refiner/merge-date-time', () => {
  it('merges a clock time with the date after it', () => {
    tags('Talks resumed at 3 p.m. on Tuesday.').are(['3 p.m. on Tuesday=TIME:2014-09-23T15:00']);
  });
  it('merges a date with the clock time after it', () => {
    tags('The ship sank on September 20 at 7:11 p.m.').are(['September 20 at 7:11 p.m.=TIME:2014-09-20T19:11']);
    tags('Officials will speak at 10 a.m. tomorrow.').are(['10 a.m. tomorrow=TIME:2014-09-25T10:00']);
  });
  it('merges a clock time with a part of a named day, and across a time zone', () => {
    tags('Negotiations collapsed at about 6pm on Monday evening.').are(['6pm on Monday evening=TIME:2014-09-22T18:00']);
    tags('Residents must leave by 12 p.m. MT on Friday, Sept. 26.').are(['12 p.m. MT on Friday, Sept. 26=TIME:2014-09-26T12:00']);
  });
  it('leaves a time next to a month or year alone', () => {
    tags('In June, at 9 a.m.').are(['June=DATE:2014-06', '9 a.m.=TIME:2014-09-24T09:00']);
  });
});
