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
    tags('It meets weekly, trades daily and opens on Sundays.').are(['weekly=SET:P1W', 'daily=SET:P1D', 'Sundays=SET:XXXX-WXX-7']);
  });
  it('leaves "quarterly" and "annually" untagged, as TBAQ mostly does', () => {
    tags('The firm raised its quarterly dividend and expects sales to grow 8% annually.').are([]);
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
