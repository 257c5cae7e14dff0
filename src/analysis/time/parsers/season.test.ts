import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/season', () => {
  it('resolves this/last/next seasons', () => {
    tags('This summer, last winter and next spring.').are(['This summer=DATE:2014-SU', 'last winter=DATE:2013-WI', 'next spring=DATE:2015-SP']);
  });
  it('reads "the summer of 1976"', () => {
    tags('In the summer of 1976.').are(['the summer of 1976=DATE:1976-SU']);
  });
  it('does not read names', () => {
    tags('Athletes met in the Summer Olympics after the Arab Spring.').are([]);
  });
  it('does not read a season naming a kind of thing: "during winter meetings", "at summer camp"', () => {
    tags('The club made its offer during winter meetings, and the boy was away at summer camp.').are([]);
    tags('The club made its offer in the winter.').are(['the winter=DATE:2013-WI']);
  });
  it('reads a bare season with no tense as the nearer one: "with the first most likely in the spring" told in December', () => {
    tags('Markets see two more rises in 2026, with the first most likely in the spring.', { dct: '2025-12-10' }).are([
      '2026=DATE:2026',
      'the spring=DATE:2026-SP',
    ]);
    // A season just ended is nearer than the next one; the tense still decides when there is one.
    tags('Sales were strong, with most orders in the summer.', { dct: '2025-09-20' }).are(['the summer=DATE:2025-SU']);
    tags('Turnout in the spring was low.', { dct: '2025-12-10' }).are(['the spring=DATE:2025-SP']);
    tags('The works start in the spring.', { dct: '2025-12-10' }).are(['the spring=DATE:2026-SP']);
  });
  it('does not read verbs or events', () => {
    tags('Prices fall; the fall of Saigon; Spring Street.').are([]);
  });
});
