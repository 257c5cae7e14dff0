import { describe, expect, it } from 'vitest';
import { clockOnAnchorDay, countFrom, inStoryYear, narrativeOffset, pastMidnightOfPublication } from './narrative-anchor.ts';

describe('narrativeOffset', () => {
  it('reads counted offsets and "the next/previous" units', () => {
    expect(narrativeOffset('Five years later')).toEqual({ amount: 5, unit: 'year' });
    expect(narrativeOffset('two days earlier')).toEqual({ amount: -2, unit: 'day' });
    expect(narrativeOffset('a week later')).toEqual({ amount: 1, unit: 'week' });
    expect(narrativeOffset('Less than three weeks later')).toEqual({ amount: 3, unit: 'week' });
    expect(narrativeOffset('The following year')).toEqual({ amount: 1, unit: 'year' });
    expect(narrativeOffset('the previous month')).toEqual({ amount: -1, unit: 'month' });
  });
  it('reads "the day before", "later that year" and "earlier in the day" from the story\'s last date', () => {
    expect(narrativeOffset('the day before')).toEqual({ amount: -1, unit: 'day' });
    expect(narrativeOffset('The year after')).toEqual({ amount: 1, unit: 'year' });
    expect(narrativeOffset('later in that year')).toEqual({ amount: 0, unit: 'year' });
    expect(narrativeOffset('That same day')).toEqual({ amount: 0, unit: 'day' });
    expect(narrativeOffset('Earlier in the day')).toEqual({ amount: 0, unit: 'day' });
    expect(narrativeOffset('earlier in the week')).toBeUndefined();
  });
  it('leaves alone what counts from the report itself', () => {
    expect(narrativeOffset('earlier this year')).toBeUndefined();
    expect(narrativeOffset('later today')).toBeUndefined();
    expect(narrativeOffset('last year')).toBeUndefined();
    expect(narrativeOffset('five years ago')).toBeUndefined();
  });
});

describe('countFrom', () => {
  it('counts in the unit, no finer than the anchor or the offset', () => {
    expect(countFrom('1973', { amount: 5, unit: 'year' })).toBe('1978');
    expect(countFrom('1973', { amount: 2, unit: 'day' })).toBe('1973');
    expect(countFrom('2001-05-04', { amount: 5, unit: 'year' })).toBe('2006');
    expect(countFrom('2008-12-30', { amount: 3, unit: 'day' })).toBe('2009-01-02');
    expect(countFrom('2008-12-18', { amount: -1, unit: 'week' })).toBe('2008-12-11');
    expect(countFrom('2008-11', { amount: 3, unit: 'month' })).toBe('2009-02');
    expect(countFrom('2008-12-18', { amount: -12, unit: 'month' })).toBe('2007-12');
  });
  it('does not count from a week, a season or a decade', () => {
    expect(countFrom('2008-W51', { amount: 1, unit: 'day' })).toBeUndefined();
    expect(countFrom('197', { amount: 5, unit: 'year' })).toBeUndefined();
  });
});

describe('pastMidnightOfPublication', () => {
  it('puts a bare "after midnight" on the start of the publication day, and nothing else', () => {
    expect(pastMidnightOfPublication('midnight', '2031-03-04T24:00', '2031-03-04', 'in Leeds after ')).toBe('2031-03-04T00:00');
    expect(pastMidnightOfPublication('midnight', '2031-03-04T24:00', '2031-03-04', 'ends at ')).toBeUndefined();
    expect(pastMidnightOfPublication('midnight on Friday', '2031-02-28T24:00', '2031-03-04', 'after ')).toBeUndefined();
    expect(pastMidnightOfPublication('midnight', '2031-03-03T24:00', '2031-03-04', 'after ')).toBeUndefined();
  });
});

describe('clockOnAnchorDay', () => {
  it('puts a bare clock time on the day named before it', () => {
    expect(clockOnAnchorDay('about 8.40pm', '2008-12-13T20:40', '2008-12-12')).toBe('2008-12-12T20:40');
    expect(clockOnAnchorDay('21:15', 'XXXX-XX-XXT21:15', '2008-12-12')).toBe('2008-12-12T21:15');
    expect(clockOnAnchorDay('shortly before 9pm', '2008-12-13T21:00', '2008-12-12')).toBe('2008-12-12T21:00');
    expect(clockOnAnchorDay('shortly after 3 p. m.', '2008-12-13T15:00', '2008-12-12')).toBe('2008-12-12T15:00');
    expect(clockOnAnchorDay('midnight', '2007-03-20T24:00', '2005-06-24')).toBe('2005-06-24T24:00');
    expect(clockOnAnchorDay('noon', '2007-03-20T12:00', '2005-06-24')).toBe('2005-06-24T12:00');
    // With its time zone: "set fire to the store shortly after 06:00 BST", the day before named "early on Sunday".
    expect(clockOnAnchorDay('06:00 BST', '2013-07-23T06:00', '2013-07-21')).toBe('2013-07-21T06:00');
    expect(clockOnAnchorDay('9.15pm local time', '2013-07-23T21:15', '2013-07-21')).toBe('2013-07-21T21:15');
  });
  it('puts a small hour told after an evening on the next day: "began at 11pm on Monday … shortly after midnight"', () => {
    expect(clockOnAnchorDay('midnight', '2025-05-13T24:00', '2025-05-12', '2025-05-12T23:00', 'raised the alert shortly after ')).toBe('2025-05-13T00:00');
    expect(clockOnAnchorDay('about 2.30am', '2025-05-13T02:30', '2025-05-12', '2025-05-12TNI')).toBe('2025-05-13T02:30');
    // After a morning or a day named alone, a small hour is that day's.
    expect(clockOnAnchorDay('about 2.30am', '2025-05-13T02:30', '2025-05-12', '2025-05-12T09:00')).toBe('2025-05-12T02:30');
    expect(clockOnAnchorDay('about 2.30am', '2025-05-13T02:30', '2025-05-12', '2025-05-12')).toBe('2025-05-12T02:30');
    // Midnight itself ends the evening's day; after it, a day named alone starts.
    expect(clockOnAnchorDay('midnight', '2025-05-13T24:00', '2025-05-12', '2025-05-12T23:00', 'closed at ')).toBe('2025-05-12T24:00');
    expect(clockOnAnchorDay('midnight', '2025-05-13T24:00', '2025-05-12', '2025-05-12', 'just after ')).toBe('2025-05-12T00:00');
  });
  it('leaves a time that names its day, a date, and an anchor that is no single day', () => {
    expect(clockOnAnchorDay('9pm on Friday', '2008-12-12T21:00', '2008-12-11')).toBeUndefined();
    expect(clockOnAnchorDay('tonight', '2008-12-13TNI', '2008-12-12')).toBeUndefined();
    expect(clockOnAnchorDay('8.40pm', '2008-12-13T20:40', '2008-12')).toBeUndefined();
    expect(clockOnAnchorDay('8.40pm', '2008-12-13T20:40', '2008-W50')).toBeUndefined();
  });
});

describe('inStoryYear', () => {
  const day = (value: string, source = 'parser/month-day') => ({ value, source });
  it("reads a yearless day in the year of the chronology it continues, when that year is before the report's", () => {
    expect(inStoryYear('Nov. 8', day('2023-11-08'), { value: '2022-11-06' }, '2023-11-20')).toBe('2022-11-08');
    // Across the new year, the nearer year wins.
    expect(inStoryYear('Jan. 3', day('2023-01-03'), { value: '2022-12-21' }, '2023-06-01')).toBeUndefined();
    // A month a counted time gave is a chronology's step too: "A month later, on Dec. 12".
    expect(inStoryYear('Dec. 12', day('2023-12-12'), { value: '2022-12', counted: true }, '2024-03-28')).toBe('2022-12-12');
  });
  it('leaves days with their year, a month the writer stated, a future year and a far day alone', () => {
    expect(inStoryYear('Nov. 8, 2023', day('2023-11-08'), { value: '2022-11-06' }, '2023-11-20')).toBeUndefined();
    expect(inStoryYear('April 19', day('2025-04-19'), { value: '2023-10' }, '2025-06-01')).toBeUndefined();
    expect(inStoryYear('Jan. 15', day('2014-01-15'), { value: '2015-03-01' }, '2014-09-24')).toBeUndefined();
    expect(inStoryYear('Aug. 8', day('2023-08-08'), { value: '2022-01-02' }, '2023-11-20')).toBeUndefined();
    expect(inStoryYear('Nov. 2 this year', day('2023-11-02'), { value: '2022-12-12' }, '2023-11-20')).toBeUndefined();
    expect(inStoryYear('Monday', day('2023-11-06', 'parser/weekday'), { value: '2022-11-02' }, '2023-11-20')).toBeUndefined();
  });
});
