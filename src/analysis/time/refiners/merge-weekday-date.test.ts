import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('refiner/merge-weekday-date', () => {
  it('merges "Wednesday, September 24, 2014" into one DATE', () => {
    tags('It opened Wednesday, September 24, 2014, in Paris.').are(['Wednesday, September 24, 2014=DATE:2014-09-24']);
  });
  it('does not merge across other words', () => {
    tags('On Monday and September 24.').are(['Monday=DATE:2014-09-22', 'September 24=DATE:2014-09-24']);
  });
});
