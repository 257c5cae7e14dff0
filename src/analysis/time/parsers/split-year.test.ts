import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag.ts';
import { tags } from '../testing.ts';

describe('parser/split-year', () => {
  it('reads a season across two years as one expression spanning both', () => {
    tags('In the 2005-06 season and in 1998–99 they won.').are(['2005-06=DATE:2005', '1998–99=DATE:1998']);
    expect(tagTimexes('Their 2019-20 campaign ended early.', '2021-01-01')[0]?.range).toMatchObject({ from: '2019', to: '2020' });
  });
  it('leaves two years that are not one after the other to the other parsers', () => {
    tags('The 2005-07 plan and the 2004-5 budget.', { source: 'parser/split-year' }).are([]);
  });
});
