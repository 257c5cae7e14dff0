import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/century', () => {
  it('writes centuries as two digits', () => {
    tags('In the 20th century and the early twenty-first century.').are(['the 20th century=DATE:19', 'the early twenty-first century=DATE:20']);
  });
});
