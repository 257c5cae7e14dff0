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
  it('reads "that spring" in the year told just before, when it ends its clause or follows a preposition', () => {
    const text = 'The firm failed in early 2019. The regulator barred him from trading that summer and police opened an inquiry in May 2020.';
    tags(text, { dct: '2024-03-01' }).are(['early 2019=DATE:2019', 'that summer=DATE:2019-SU', 'May 2020=DATE:2020-05']);
    tags('The club was sold in 2017. In that same winter, the manager left.', { dct: '2024-03-01' }).are(['2017=DATE:2017', 'that same winter=DATE:2017-WI']);
    // "that" opening what was said or hoped, with its season the subject, is no time.
    tags('Farmers said that spring rains had flooded the fields in 2019.', { dct: '2024-03-01' }).are(['2019=DATE:2019']);
    tags('In 2019 she hoped that summer would come early.', { dct: '2024-03-01' }).are(['2019=DATE:2019']);
  });
  it('does not read verbs or events', () => {
    tags('Prices fall; the fall of Saigon; Spring Street.').are([]);
  });
});
