import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/century', () => {
  it('writes centuries as two digits', () => {
    tags('In the 20th century and the early twenty-first century.').are(['the 20th century=DATE:19', 'the early twenty-first century=DATE:20']);
  });
  it('reads no century inside a name: "20th Century Fox"', () => {
    tags('A screen test at 20th Century Fox went badly in the 20th century.').are(['the 20th century=DATE:19']);
  });
});
