import { describe, expect, it } from 'vitest';
import { bestPublished, findDates, parseDate, readIsoDate, readStamps, stampOrder } from './dateline.ts';

const iso = (text: string, order?: 'dmy' | 'mdy'): string | null => parseDate(text, order)?.iso ?? null;

describe('parseDate', () => {
  it.each([
    ['2014-09-24', '2014-09-24'],
    ['2014-09-24T07:11:00Z', '2014-09-24'],
    ['2014/9/24', '2014-09-24'],
    ['24 September, 2014', '2014-09-24'],
    ['24 September 2014', '2014-09-24'],
    ['24th Sept 2014', '2014-09-24'],
    ['24 of September 2014', '2014-09-24'],
    ['Wed 24 Sep 2014 12:00 BST', '2014-09-24'],
    ['Wednesday, 24 September 2014', '2014-09-24'],
    ['September 24, 2014', '2014-09-24'],
    ['Sept. 24, 2014', '2014-09-24'],
    ['Sep 24 2014', '2014-09-24'],
    ['September 24th, 2014 7:11 AM EDT', '2014-09-24'],
    ['2014年9月24日', '2014-09-24'],
    ['24.09.2014', '2014-09-24'],
    ['24-09-2014', '2014-09-24'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads ambiguous numeric dates day-first by default, month-first on request', () => {
    expect(iso('04/09/2014')).toBe('2014-09-04');
    expect(iso('04/09/2014', 'mdy')).toBe('2014-04-09');
  });

  it('lets an impossible month force the order of a numeric date', () => {
    expect(iso('09/24/2014')).toBe('2014-09-24');
    expect(iso('24/09/2014', 'mdy')).toBe('2014-09-24');
  });

  it('reads dot-separated dates day-first whatever the order setting', () => {
    expect(iso('04.09.2014', 'mdy')).toBe('2014-09-04');
  });

  it('expands two-digit years with a 1970 pivot', () => {
    expect(iso('24/09/14')).toBe('2014-09-24');
    expect(iso('24/09/79')).toBe('1979-09-24');
  });

  it('rejects dates that do not exist or have no year', () => {
    expect(iso('30 February 2014')).toBeNull();
    expect(iso('2014-13-01')).toBeNull();
    expect(iso('September 24')).toBeNull();
    expect(iso('since the 1979 revolution')).toBeNull();
    expect(iso('3.5 per cent')).toBeNull();
    expect(iso('')).toBeNull();
  });

  it('finds several dates in order', () => {
    expect(findDates('Published 24 September 2014, updated 2014-09-25').map((d) => d.iso)).toEqual(['2014-09-24', '2014-09-25']);
  });
});

describe('readStamps', () => {
  it('reads "posted … ago" against the day the page was saved, and never the saving day as the date', () => {
    expect(readStamps('Posted 1 year, 160 days ago [downloaded on 2 October 2013]')).toEqual([{ kind: 'published', iso: '2012-04-25' }]);
    expect(readStamps('Posted 3 weeks ago (retrieved 24 March 2020)')).toEqual([{ kind: 'published', iso: '2020-03-03' }]);
    expect(readStamps('Posted 3 hours ago [downloaded on 2 October 2013]')).toEqual([{ kind: 'published', iso: '2013-10-02' }]);
    expect(readStamps('Downloaded on 2 October 2013')).toEqual([]);
  });
  it('reads a stamp whose clock ends in a bare "p" or "a": "on Jul 7 2012, 5:55p"', () => {
    expect(readStamps('on Jul 7 2012, 5:55p')).toEqual([{ kind: 'date', iso: '2012-07-07' }]);
    expect(readStamps('on Jul 7 2012, 5:55 pizza')).toBeNull();
    // Text rebuilt from tokens spaces a clock time's point: still a stamp.
    expect(readStamps('Monday 16 September 2013 03. 31 BST')).toEqual([{ kind: 'date', iso: '2013-09-16' }]);
    expect(readStamps('7:15 a. m. Dec. 7, 2009')).toEqual([{ kind: 'date', iso: '2009-12-07' }]);
  });
  it('reads labelled stamps and says what kind they are', () => {
    expect(readStamps('Last updated: 24 September, 2014')).toEqual([{ kind: 'updated', iso: '2014-09-24' }]);
    expect(readStamps('Updated: 2014-09-24 07:11')).toEqual([{ kind: 'updated', iso: '2014-09-24' }]);
    expect(readStamps('Published: Sept. 24, 2014 at 3:15 p.m.')).toEqual([{ kind: 'published', iso: '2014-09-24' }]);
    expect(readStamps('First published on Wed 24 Sep 2014 12.00 BST')).toEqual([{ kind: 'published', iso: '2014-09-24' }]);
    expect(readStamps('Wednesday 24 September 2014 07.11 EDT')).toEqual([{ kind: 'date', iso: '2014-09-24' }]);
    expect(readStamps('Posted 24/09/2014 | Updated 25/09/2014')).toEqual([
      { kind: 'published', iso: '2014-09-24' },
      { kind: 'updated', iso: '2014-09-25' },
    ]);
  });

  it.each([
    ['Published 3:04 PM ET, Tue March 5, 2019', 'published', '2019-03-05'],
    ['First published on Tue 3 Jul 2018 09.46 BST', 'published', '2018-07-03'],
    ['Originally published March 5, 2019', 'published', '2019-03-05'],
    ['Publication date: 05.03.2019', 'published', '2019-03-05'],
    ['Mon 9 Jul 2018 12.01 BST', 'date', '2018-07-09'],
    ['2019-03-05T10:00:00Z', 'date', '2019-03-05'],
    ['2019-03-05T10:00:00.000+01:00', 'date', '2019-03-05'],
    ['Published: 2019-03-05 10:04:33 +0100', 'published', '2019-03-05'],
    ['March 5, 2019 at 10:04 a.m. EST', 'date', '2019-03-05'],
    ['Last Modified: Mar 5, 2019 @ 10:04 AM', 'updated', '2019-03-05'],
    ['Updated Mar. 5, 2019 10:04 a.m. ET', 'updated', '2019-03-05'],
    ['POSTED: 1052 GMT (1852 HKT), April 10, 2007', 'published', '2007-04-10'],
  ])('reads the stamp "%s"', (line, kind, iso) => {
    expect(readStamps(line)).toEqual([{ kind, iso }]);
  });

  it('keeps a figure before a zone-like word that is not a clock time', () => {
    expect(readStamps('2500 NATO troops, April 10, 2007')).toBeNull();
    expect(readStamps('1975 GMT, April 10, 2007')).toBeNull();
  });

  it('reads an ambiguous numeric stamp day-first, month-first beside a North American time zone', () => {
    expect(readStamps('Updated: 05/03/2019')).toEqual([{ kind: 'updated', iso: '2019-03-05' }]);
    expect(readStamps('Updated: 05/03/2019 10:04 EST')).toEqual([{ kind: 'updated', iso: '2019-05-03' }]);
    expect(readStamps('Updated: 05/03/2019 10:04 BST')).toEqual([{ kind: 'updated', iso: '2019-03-05' }]);
    expect(stampOrder('PUBLISHED AT 10:04')).toBe('dmy'); // "AT" is a word, not Atlantic Time
    expect(stampOrder('10:04 a.m. PT')).toBe('mdy');
  });

  it('reads an ambiguous numeric stamp month-first beside a US-style clock, unless another zone is named', () => {
    expect(readStamps('Updated 4/9/2007 6:04 PM')).toEqual([{ kind: 'updated', iso: '2007-04-09' }]);
    expect(readStamps('Posted 04/09/2007 at 10:15AM')).toEqual([{ kind: 'published', iso: '2007-04-09' }]);
    expect(readStamps('Updated 4/9/2007 18:04')).toEqual([{ kind: 'updated', iso: '2007-09-04' }]);
    expect(readStamps('Updated 4/9/2007 6.04pm')).toEqual([{ kind: 'updated', iso: '2007-09-04' }]);
    expect(readStamps('Updated 04/09/2007 06:04 PM IST')).toEqual([{ kind: 'updated', iso: '2007-09-04' }]);
    // HuffPost writes its clock in lower case.
    expect(readStamps('Posted: 04/9/2012 8:33 am Updated: 04/9/2012 8:33 am')).toEqual([
      { kind: 'published', iso: '2012-04-09' },
      { kind: 'updated', iso: '2012-04-09' },
    ]);
  });

  it("reads a stamp that says it is the story's", () => {
    expect(readStamps('Story Created: Aug 7, 2012 at 9:56 AM AKDT')).toEqual([{ kind: 'published', iso: '2012-08-07' }]);
  });

  it('reads both stamps of a capitalised published/updated row', () => {
    expect(readStamps('PUBLISHED: 10:04 EST, 5 March 2019 | UPDATED: 12:30 EST, 6 March 2019')).toEqual([
      { kind: 'published', iso: '2019-03-05' },
      { kind: 'updated', iso: '2019-03-06' },
    ]);
  });

  it('refuses lines that say more than a date', () => {
    expect(readStamps('On 24 September 2014 Cameron met Rouhani in New York')).toBeNull();
    expect(readStamps('Cameron seeks Iran help')).toBeNull();
  });

  it('prefers a published date over a bare date over an update', () => {
    expect(
      bestPublished([
        { kind: 'updated', iso: '2014-09-25' },
        { kind: 'published', iso: '2014-09-24' },
      ]),
    ).toBe('2014-09-24');
    expect(
      bestPublished([
        { kind: 'updated', iso: '2014-09-25' },
        { kind: 'date', iso: '2014-09-23' },
      ]),
    ).toBe('2014-09-23');
    expect(bestPublished([{ kind: 'updated', iso: '2014-09-25' }])).toBe('2014-09-25');
    expect(bestPublished([])).toBeNull();
  });
});

describe('readIsoDate', () => {
  it('reads ISO dates and timestamps, taking the date as written', () => {
    expect(readIsoDate('2019-03-05')).toBe('2019-03-05');
    expect(readIsoDate(' 2019-03-05T23:30:00-05:00 ')).toBe('2019-03-05');
    expect(readIsoDate('2019-03-05T10:00Z')).toBe('2019-03-05');
    expect(readIsoDate('2019-03-05 10:00:00')).toBe('2019-03-05');
  });

  it('refuses anything a person would have to guess at', () => {
    for (const value of ['5 March 2019', '05/03/2019', '2019-3-5', '2019-02-30', '2019-03-05T25', '2019-03-05 and more', '']) {
      expect(readIsoDate(value)).toBeNull();
    }
  });
});
