import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/weekend', () => {
  it('picks the weekend by tense', () => {
    tags('Police made arrests over the weekend.').are(['the weekend=DATE:2014-W38-WE']);
    tags('Talks will continue over the weekend.').are(['the weekend=DATE:2014-W39-WE']);
  });
});
