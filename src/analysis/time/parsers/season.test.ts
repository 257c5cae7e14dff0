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
  it('does not read verbs or events', () => {
    tags('Prices fall; the fall of Saigon; Spring Street.').are([]);
  });
});
