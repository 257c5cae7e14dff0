import { describe, it } from 'vitest';
import { tags } from '../testing.ts';

describe('parser/month-year', () => {
  it('reads "June 2014", "Sept. 2013", "September of 2008"', () => {
    tags('In June 2014, Sept. 2013 and September of 2008.').are(['June 2014=DATE:2014-06', 'Sept. 2013=DATE:2013-09', 'September of 2008=DATE:2008-09']);
  });
  it('keeps modifiers inside the span', () => {
    tags('Prices peaked in early March 2012.').are(['early March 2012=DATE:2012-03']);
  });
});
