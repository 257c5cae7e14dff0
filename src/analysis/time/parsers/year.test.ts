import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/year', () => {
  it('tags the year without the preposition', () => {
    tags('It has not changed since 1979.').are(['1979=DATE:1979']);
  });
  it('keeps modifiers and fiscal years', () => {
    tags('By the end of 2015 and in fiscal 1997 and late 2013.').are(['the end of 2015=DATE:2015', 'fiscal 1997=DATE:1997', 'late 2013=DATE:2013']);
  });
  it('reads both ends of a year range', () => {
    tags('He served from 1999-2004.').are(['1999=DATE:1999', '2004=DATE:2004']);
  });
  it('accepts old years only after a preposition', () => {
    tags('Founded in 1892, it had 1892 members.').are(['1892=DATE:1892']);
  });
  it('rejects money, counts, percentages and numbers with separators', () => {
    tags('It cost $2014, 2000 people came, 1999% up, 1,999 votes, No. 2010.', { source: 'parser/year' }).are([]);
  });
});
