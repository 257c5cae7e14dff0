import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/set', () => {
  it('reads every/each with units, weekdays and months', () => {
    tags('Every year, each Monday, every two years, every September.').are([
      'Every year=SET:P1Y',
      'each Monday=SET:XXXX-WXX-1',
      'every two years=SET:P2Y',
      'every September=SET:XXXX-09',
    ]);
  });
  it('reads frequency adverbs and plural weekdays', () => {
    tags('It meets weekly, pays annually and opens on Sundays.').are(['weekly=SET:P1W', 'annually=SET:P1Y', 'Sundays=SET:XXXX-WXX-7']);
  });
  it('skips publications', () => {
    tags('The Daily Mail and a weekly magazine.').are([]);
  });
});

describe('parser/set: a weekday with a plural part of day', () => {
  it('reads "Sunday evenings" as recurring, and "Sunday evening" as one evening', () => {
    tags('The show airs on Sunday evenings.').are(['Sunday evenings=SET:XXXX-WXX-7TEV']);
    tags('The show aired on Sunday evening.').are(['Sunday evening=TIME:2014-09-21TEV']);
  });
});
