import { describe, it } from 'vitest';
import { tags } from './testing.ts';

// DCT: Wednesday 2014-09-24. Each month and day below would be 2014's by the tense alone.
describe('a month or day with "last year" / "next year" beside it, a weekday with "last week" / "next week"', () => {
  it('takes the previous year from "last year" after it', () => {
    tags('The plant closed on March 3 last year.').are(['March 3=DATE:2013-03-03', 'last year=DATE:2013']);
    tags('On March 3, last year, the plant closed.').are(['March 3=DATE:2013-03-03', 'last year=DATE:2013']);
    tags('The plant closed in March of last year.').are(['March=DATE:2013-03', 'last year=DATE:2013']);
  });
  it('takes it from "last year" before it', () => {
    tags('The plant closed last year on 3 March.').are(['last year=DATE:2013', '3 March=DATE:2013-03-03']);
    tags('The plant closed last year, in March.').are(['last year=DATE:2013', 'March=DATE:2013-03']);
  });
  it('takes the next year from "next year", even where the tense alone would stay in this one', () => {
    tags('The line will reopen on June 5 next year.', { dct: '2025-01-10' }).are(['June 5=DATE:2026-06-05', 'next year=DATE:2026']);
    tags('Next year on 5 June the line will reopen.', { dct: '2025-01-10' }).are(['Next year=DATE:2026', '5 June=DATE:2026-06-05']);
  });
  it('keeps this year for "this year", whatever the tense says', () => {
    tags('The vote is on December 2 this year.', { dct: '2025-01-10' }).are(['December 2=DATE:2025-12-02', 'this year=DATE:2025']);
  });
  it('leaves a comparison with last year and a possessive alone', () => {
    // "up on last year in March": this March against the one before.
    tags('Sales were up 5% on last year in March.').are(['last year=DATE:2013', 'March=DATE:2014-03']);
    tags('In March, last year’s champion withdrew.').are(['March=DATE:2014-03', 'last year=DATE:2013']);
  });
  it('takes the week of a weekday from "last week" or "next week" beside it', () => {
    // Without the week, Monday in the past is this week's (22 September) and Friday ahead this week's (26).
    tags('The plant closed on Monday last week.').are(['Monday=DATE:2014-09-15', 'last week=DATE:2014-W38']);
    tags('Last week on Tuesday the plant closed.').are(['Last week=DATE:2014-W38', 'Tuesday=DATE:2014-09-16']);
    tags('The plant will reopen on Friday next week.').are(['Friday=DATE:2014-10-03', 'next week=DATE:2014-W40']);
    tags('The plant closed last Monday.').are(['last Monday=DATE:2014-09-22']);
  });
});
