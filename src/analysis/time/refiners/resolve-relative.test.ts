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
  it('puts a day a past verb right before it dates before the DCT, past the news-style slack', () => {
    tags('Chauvin was arrested on 29 May and initially charged with murder.', { dct: '2021-04-21' }).are(['29 May=DATE:2020-05-29']);
    tags('The charge was added on June 3.', { dct: '2021-04-21' }).are(['June 3=DATE:2020-06-03']);
    // A looser past keeps the slack: "was named president, effective Sept. 1" (DCT mid-August) is ahead.
    tags('He was named president, effective Sept. 1.', { dct: '1998-08-14' }).are(['Sept. 1=DATE:1998-09-01']);
  });
  it('reaches back to the month or day a thing is backdated to, however future the clause', () => {
    tags('The new fares will be backdated to October.', { dct: '2026-02-10' }).are(['October=DATE:2025-10']);
    tags('Ministers plan to backdate the allowance to 1 November.', { dct: '2026-02-10' }).are(['1 November=DATE:2025-11-01']);
    // A delay still looks ahead.
    tags('The new fares will be put off to October.', { dct: '2026-02-10' }).are(['October=DATE:2026-10']);
    tags('The ballot will be postponed to October.', { dct: '2026-02-10' }).are(['October=DATE:2026-10']);
  });
  it('puts a month a past event happened in before the DCT when the month has not begun', () => {
    tags('He was arrested in December and charged with fraud.', { dct: '2024-11-20' }).are(['December=DATE:2023-12']);
    tags('He was arrested in November and charged with fraud.', { dct: '2024-11-20' }).are(['November=DATE:2024-11']);
    tags('He died in December.', { dct: '2024-11-20' }).are(['December=DATE:2023-12']);
    tags('Daily guided tours start in May.', { dct: '2025-04-04' }).are(['Daily=SET:P1D', 'May=DATE:2025-05']);
    // A month that names a thing keeps the slack: "September delivery" traded in August.
    tags('Crude oil for September delivery settled at $28.05 a barrel.', { dct: '1990-08-15' }).are(['September=DATE:1990-09']);
  });
  it('dates a month by the date the story told just before it, not by the DCT', () => {
    tags('He was hired in May 2005. The following January he was named coach of the month.', { dct: '2008-12-13' }).are([
      'May 2005=DATE:2005-05',
      'The following January=DATE:2006-01',
    ]);
    tags('He retired in March 2010. The previous November he had lost the final.', { dct: '2014-09-24' }).are([
      'March 2010=DATE:2010-03',
      'The previous November=DATE:2009-11',
    ]);
    tags('The company was founded in 1998. In April of that year it bought a rival.').are(['1998=DATE:1998', 'April=DATE:1998-04', 'that year=DATE:1998']);
    // A season's spring is in its second year.
    tags('In his first season, 2005-06, he led the team. On April 18 of that year he won his 200th game.', { dct: '2008-12-13' }).are([
      '2005-06=DATE:2005',
      'April 18=DATE:2006-04-18',
      'that year=DATE:2006',
    ]);
    tags('The club was founded in 2005. In that March it won a cup. That April, it lost. He said that April sales fell.').are([
      '2005=DATE:2005',
      'March=DATE:2005-03',
      'April=DATE:2005-04',
    ]);
    tags('Nvidia listed in 1999. In May of the following year it rose.').are(['1999=DATE:1999', 'May=DATE:2000-05', 'the following year=DATE:2000']);
    tags('The hearing opened on Monday, Sept. 26, 2022, and the following Thursday the judge ruled.').are([
      'Monday, Sept. 26, 2022=DATE:2022-09-26',
      'the following Thursday=DATE:2022-09-29',
    ]);
    // With nothing told before, "the following" month is the next one after the DCT.
    tags('The vote is set for the following January.').are(['the following January=DATE:2015-01']);
  });
  it('reads a chronology of another year in that year, but not a day that names a thing', () => {
    tags('On Nov. 2, 2022, a report came out. On Nov. 8 a rival agreed to buy the firm. He was arrested on Dec. 12.', { dct: '2023-11-02' }).are([
      'Nov. 2, 2022=DATE:2022-11-02',
      'Nov. 8=DATE:2022-11-08',
      'Dec. 12=DATE:2022-12-12',
    ]);
    // News returns to its own year after a month of the past, or a day used as a name.
    tags('They were invited to join in July 1997 and will join on March 12.', { dct: '1999-02-27' }).are([
      'July 1997=DATE:1997-07',
      'March 12=DATE:1999-03-12',
    ]);
    tags('Two men charged in the Dec. 21, 1988, bombing were dropped after Libya agreed in April to hand them over.', { dct: '1999-06-07' }).are([
      'Dec. 21, 1988=DATE:1988-12-21',
      'April=DATE:1999-04',
    ]);
  });
  it('dates the forming of an intent in the past and what it is for ahead', () => {
    tags('The government agreed at the weekend to slash spending.', { dct: '2010-05-05' }).are(['the weekend=DATE:2010-W17-WE']);
    tags('The ministers agreed on Friday to meet again in the spring.', { dct: '2010-05-05' }).are(['Friday=DATE:2010-04-30', 'the spring=DATE:2010-SP']);
    tags('Microsoft had already agreed to offer licences as a condition of the approval in May.', { dct: '2023-10-13' }).are(['May=DATE:2023-05']);
  });
  it('dates a day after a passive infinitive with an irregular participle ahead, and a birthday said in the present', () => {
    tags('He announced a week of mourning, with flags to be flown at half mast until Sunday.', { dct: '2023-02-06' }).are([
      'a week=DURATION:P1W',
      'Sunday=DATE:2023-02-12',
    ]);
    tags('Mbappe, who turns 24 on Tuesday, won the Golden Boot.', { dct: '2022-12-18' }).are(['Tuesday=DATE:2022-12-20']);
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
  it('dates a weekday that starts what was declared or announced ahead, and a start told in the past behind', () => {
    // DCT Wednesday 2025-09-17.
    const dct = '2025-09-17';
    tags('The prime minister declared three days of national mourning, starting on Thursday.', { dct }).are([
      'three days=DURATION:P3D',
      'Thursday=DATE:2025-09-18',
    ]);
    tags('The government announced three days of mourning from Thursday.', { dct }).are(['three days=DURATION:P3D', 'Thursday=DATE:2025-09-18']);
    tags('The council has ordered schools closed from Friday.', { dct }).are(['Friday=DATE:2025-09-19']);
    // The verb of the start itself, in the past, and "from" with no declaring verb stay behind.
    tags('The strike started on Thursday.', { dct }).are(['Thursday=DATE:2025-09-11']);
    tags('Talks began on Thursday.', { dct }).are(['Thursday=DATE:2025-09-11']);
    tags('He was in hospital from Thursday until Sunday.', { dct }).are(['Thursday=DATE:2025-09-11', 'Sunday=DATE:2025-09-14']);
    tags('Officials had declared a curfew from Friday.', { dct }).are(['Friday=DATE:2025-09-12']);
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
