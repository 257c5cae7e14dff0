import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

// DCT: Wednesday 24 September 2014.
describe('refiner/amount-range', () => {
  it('tags a range of amounts as one DURATION valued at its first amount, as TBAQ does', () => {
    tags('Repairs take two to three weeks and the plan covers the next 12 to 18 months.').are([
      'two to three weeks=DURATION:P2W',
      'the next 12 to 18 months=DURATION:P12M',
    ]);
  });
  it('scales the first amount to the unit of the value, and keeps a modifier before it', () => {
    tags('The drought may last about two to three decades.').are(['about two to three decades=DURATION:P20Y']);
  });
  it('leaves a descending pair and a score alone', () => {
    tags('The sentence was cut from 10 to 8 years.').are(['8 years=DURATION:P8Y']);
  });
});
