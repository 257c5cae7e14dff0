import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT: Wednesday 24 September 2014.
describe('parser/ordinal-day', () => {
  it('reads a day by its ordinal alone in the month the tense points to', () => {
    tags('The strike on the 30th will go ahead.').are(['the 30th=DATE:2014-09-30']);
    tags('The river peaked on the 28th.').are(['the 28th=DATE:2014-08-28']);
    tags('Talks resumed on the 21st, officials said.').are(['the 21st=DATE:2014-09-21']);
    tags('Pay rises by the 14th of next month.').are(['the 14th of next month=DATE:2014-10-14']);
  });
  it('reads no day in a rank or a century: "on the 28th floor", "finished 28th", "the 21st century"', () => {
    tags('They live on the 28th floor.').are([]);
    tags('He finished 28th in the race.').are([]);
    tags('It is a problem of the 21st century.').are(['the 21st century=DATE:20']);
  });
  it('keeps the month unknown without a DCT', () => {
    tags('The vote is on the 14th.', { dct: null }).are(['the 14th=DATE:XXXX-XX-14']);
  });
});
