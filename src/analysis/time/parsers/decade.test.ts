import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/decade', () => {
  it('reads decades with the article in the span', () => {
    tags("In the 1990s and the mid-1980s and the '70s.").are(['the 1990s=DATE:199', 'the mid-1980s=DATE:198', "the '70s=DATE:197"]);
  });
  it('reads "the 80s" but not "his 80s"', () => {
    tags('Since the 80s, men in their 80s.').are(['the 80s=DATE:198']);
  });
  it('reads "the sixties" but not "in his sixties"', () => {
    tags('Built in the sixties by a man in his sixties.').are(['the sixties=DATE:196']);
  });
});
