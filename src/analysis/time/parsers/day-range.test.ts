import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tag.ts';
import { DCT } from '../testing.ts';

/** `text=value from/to` for each expression that carries a range. */
const ranges = (text: string, dct: string | null = DCT) =>
  tagTimexes(text, dct).map((t) => `${t.text}=${t.value}${t.range ? ` ${text.slice(t.range.start, t.range.end)} ${t.range.from}/${t.range.to}` : ''}`);

// DCT: Wednesday 24 September 2014.
describe('parser/day-range', () => {
  it('reads days of one month as one expression, month first or last', () => {
    expect(ranges('Judges will inspect the site Oct. 3-4.')).toEqual(['Oct. 3-4=2014-10-03 Oct. 3-4 2014-10-03/2014-10-04']);
    expect(ranges('The judges will visit on 3 and 4 October.')).toEqual(['3 and 4 October=2014-10-03 3 and 4 October 2014-10-03/2014-10-04']);
    expect(ranges('The festival ran from 10 to 12 March 2013.')).toEqual(['10 to 12 March 2013=2013-03-10 10 to 12 March 2013 2013-03-10/2013-03-12']);
    expect(ranges('Talks are set for November 3–5, 2015.')).toEqual(['November 3–5, 2015=2015-11-03 November 3–5, 2015 2015-11-03/2015-11-05']);
  });
  it('refuses counts, reversed days and days the month does not have', () => {
    expect(ranges('Prices rose by 3-4 percent.')).toEqual([]);
    expect(ranges('It ran on 30-31 February.')).toEqual(['February=2014-02']);
    expect(ranges('Scores of 5-3 March on.')).toEqual([]);
  });
  it('reads days listed before their month as days of their own, not a stretch: "21, 23 and 25 June"', () => {
    expect(ranges('They will walk out on 21, 23 and 25 June.')).toEqual(['21=2015-06-21', '23=2015-06-23', '25 June=2015-06-25']);
    expect(ranges('Strikes on 23 and 25 June 2015 are planned.')).toEqual(['23=2015-06-23', '25 June 2015=2015-06-25']);
  });
  it('keeps X for the year without a DCT', () => {
    expect(ranges('Judges will inspect the site Feb. 3-4.', null)).toEqual(['Feb. 3-4=XXXX-02-03 Feb. 3-4 XXXX-02-03/XXXX-02-04']);
  });
});
