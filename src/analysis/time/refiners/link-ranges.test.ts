import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag.ts';
import { DCT } from '../testing.ts';

const ranges = (text: string, dct: string | null = DCT) =>
  tagTimexes(text, dct).map((t) => `${t.text}=${t.value}${t.range ? ` ${text.slice(t.range.start, t.range.end)} ${t.range.from}/${t.range.to}` : ''}`);

// DCT: Wednesday 24 September 2014.
describe('refiner/link-ranges', () => {
  it('gives both ends of "from … to …" and "between … and …" the same range, as TIMEX3 keeps two expressions', () => {
    expect(ranges('The court will hear witnesses from October to December.')).toEqual([
      'October=2014-10 October to December 2014-10/2014-12',
      'December=2014-12 October to December 2014-10/2014-12',
    ]);
    expect(ranges('About 38,000 were sold between June 2012 and January 2014.')).toEqual([
      'June 2012=2012-06 June 2012 and January 2014 2012-06/2014-01',
      'January 2014=2014-01 June 2012 and January 2014 2012-06/2014-01',
    ]);
    expect(ranges('He was mayor from 1999-2004.')).toEqual(['1999=1999 1999-2004 1999/2004', '2004=2004 1999-2004 1999/2004']);
  });
  it('moves the end into the next year when the months wrap', () => {
    expect(ranges('The works will run from November to February.')).toEqual([
      'November=2014-11 November to February 2014-11/2015-02',
      'February=2015-02 November to February 2014-11/2015-02',
    ]);
  });
  it('joins only like with like, and "and" only after "between"', () => {
    expect(ranges('Sales fell in June and July.')).toEqual(['June=2014-06', 'July=2014-07']);
    expect(ranges('It grew from 2010 to March.')).toEqual(['2010=2010', 'March=2014-03']);
  });
  it('leaves a change of date as two dates', () => {
    expect(ranges('The vote will be moved from October to December.')).toEqual(['October=2014-10', 'December=2014-12']);
  });
});
