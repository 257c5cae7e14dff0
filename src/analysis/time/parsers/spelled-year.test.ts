import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/spelled-year', () => {
  it('reads years written out, alone, after "the year" and after a month', () => {
    tags('The mill closed in nineteen eighty-two and reopened in March nineteen ninety, ahead of the year two thousand.').are([
      'nineteen eighty-two=DATE:1982',
      'March nineteen ninety=DATE:1990-03',
      'the year two thousand=DATE:2000',
    ]);
    tags('The bridge dates from nineteen twelve.').are(['nineteen twelve=DATE:1912']);
  });
  it('leaves counts alone', () => {
    tags('About two thousand people and twenty-five cars were there.').are([]);
  });
});
