import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT: Wednesday 2014-09-24, ISO week 39.
describe('refiner/resolve-relative', () => {
  it('moves the DCT by units at the unit granularity', () => {
    tags('Last week, next year, last decade and two weeks ago.').are([
      'Last week=DATE:2014-W38',
      'next year=DATE:2015',
      'last decade=DATE:200',
      'two weeks ago=DATE:2014-W37',
    ]);
  });
  it('crosses year boundaries', () => {
    tags('Sales fell last month and last quarter.', { dct: '2015-01-05' }).are(['last month=DATE:2014-12', 'last quarter=DATE:2014-Q4']);
    tags('It ended last week.', { dct: '2015-01-01' }).are(['last week=DATE:2014-W52']);
  });
  it('counts "a year earlier" and "the previous day" from the date just mentioned', () => {
    tags('In fiscal 1997, sales rose from a year earlier.').are(['fiscal 1997=DATE:1997', 'a year earlier=DATE:1996']);
    tags('The plane crashed on Monday. It had problems the previous day.', { dct: '2018-10-30' }).are([
      'Monday=DATE:2018-10-29',
      'the previous day=DATE:2018-10-28',
    ]);
    tags('Profit doubled from a year earlier.').are(['a year earlier=DATE:2013']);
    tags('The loss for the fourth quarter compared with a profit a year earlier.').are(['the fourth quarter=DATE:2013-Q4', 'a year earlier=DATE:2012-Q4']);
  });
  it('counts an offset right after a date from the date before that one ("X a day later" dates X)', () => {
    tags('The vote is on Oct. 2, with the count a day later.').are(['Oct. 2=DATE:2014-10-02', 'a day later=DATE:2014-10-03']);
    tags('Voting ends on Oct. 2 this year, with the count a day later.').are(['Oct. 2=DATE:2014-10-02', 'this year=DATE:2014', 'a day later=DATE:2014-10-03']);
  });
  it('reads "since" as past and "until" as ahead', () => {
    tags('Prices have risen since November.').are(['November=DATE:2013-11']);
    tags('The border is closed until Monday.').are(['Monday=DATE:2014-09-29']);
    // A postponement points ahead whatever the tense of its verb.
    tags('Their testimony has been delayed until Monday.').are(['Monday=DATE:2014-09-29']);
    tags('The hearing was adjourned until Friday.').are(['Friday=DATE:2014-09-26']);
  });
  it('reads "this week" written on a Sunday about what is to come as the week ahead', () => {
    // Sunday 2024-03-10 ends ISO week 10: no day of it is left for what "will" happen.
    tags('The new mayor is expected to take office this week.', { dct: '2024-03-10' }).are(['this week=DATE:2024-W11']);
    tags('The mayor took office this week.', { dct: '2024-03-10' }).are(['this week=DATE:2024-W10']);
    tags('The new mayor is expected to take office this week.', { dct: '2024-03-09' }).are(['this week=DATE:2024-W10']);
  });
  it('leaves X values without a DCT', () => {
    tags('Last week he left in June.', { dct: null }).are(['Last week=DATE:XXXX-WXX', 'June=DATE:XXXX-06']);
    tags('Last year, yesterday, last night.', { dct: null }).are(['Last year=DATE:XXXX', 'yesterday=DATE:XXXX-XX-XX', 'last night=TIME:XXXX-XX-XXTNI']);
  });
});
