import { describe, expect, it } from 'vitest';
import { formatGap, formatTimexDate } from './format-date.ts';
import { formatIsoDay } from './format-day.ts';

describe('formatTimexDate: one fixed English format', () => {
  it.each([
    ['2014-09-24', '24 Sep 2014'],
    ['2014-09-24T10:00', '24 Sep 2014'],
    ['2014-06', 'Jun 2014'],
    ['1979', '1979'],
    ['2014-W39', '22–28 Sep 2014'],
    ['2014-Q3', 'Q3 2014'],
    ['2014-SU', 'Summer 2014'],
    ['2014-H2', 'Second half of 2014'],
    ['199', '1990s'],
    ['P35Y', 'P35Y'],
  ])('%s → %s', (value, text) => expect(formatTimexDate(value)).toBe(text));

  it('formats ISO days and leaves other strings alone', () => {
    expect(formatIsoDay('2014-09-24')).toBe('24 Sep 2014');
    expect(formatIsoDay('soon')).toBe('soon');
    expect(formatIsoDay('2014-02-30')).toBe('2014-02-30');
    expect(formatIsoDay('0987-01-05')).toBe('5 Jan 987');
  });
});

describe('formatTimexDate: centuries, decades and ranges', () => {
  it('never shows a century or a decade as a year', () => {
    expect(formatTimexDate('18')).toBe('19th century');
    expect(formatTimexDate('20')).toBe('21st century');
    expect(formatTimexDate('187')).toBe('1870s');
  });
  it('says what the two ends of a range share once', () => {
    expect(formatTimexDate('2025-02-03/2025-02-04')).toBe('3–4 Feb 2025');
    expect(formatTimexDate('2025-02-28/2025-03-02')).toBe('28 Feb – 2 Mar 2025');
    expect(formatTimexDate('2025-03/2025-05')).toBe('Mar–May 2025');
    expect(formatTimexDate('2022-06/2024-01')).toBe('Jun 2022 – Jan 2024');
    expect(formatTimexDate('2010/2015')).toBe('2010–2015');
  });
});

describe('formatTimexDate: weekends', () => {
  it('gives a weekend as its Saturday and Sunday, not a week number', () => {
    expect(formatTimexDate('2010-W18-WE')).toBe('8–9 May 2010');
    // Across a month and a year boundary, each day says what differs.
    expect(formatTimexDate('2010-W04-WE')).toBe('30–31 Jan 2010');
    expect(formatTimexDate('2015-W05-WE')).toBe('31 Jan – 1 Feb 2015');
    expect(formatTimexDate('2016-W52-WE')).toBe('31 Dec 2016 – 1 Jan 2017');
    // ISO week 1 of 2021 begins on 4 January.
    expect(formatTimexDate('2021-W01-WE')).toBe('9–10 Jan 2021');
  });
  it('gives a range from or to a weekend its outer days', () => {
    expect(formatTimexDate('2010-W18-WE/2010-W19-WE')).toBe('8–16 May 2010');
  });
  it('leaves a week that does not exist as written', () => {
    expect(formatTimexDate('2010-W54-WE')).toBe('2010-W54-WE');
  });
});

describe('formatGap: rounded human lengths', () => {
  it.each([
    [1, '1 day'],
    [3, '3 days'],
    [20, '3 weeks'],
    [150, '5 months'],
    [12_685, '35 years'],
  ])('%i days → %s', (days, text) => expect(formatGap(days)).toBe(text));
});
