import { describe, expect, it } from 'vitest';
import { calendarValue, dateSpan, granularityOf } from './date-span.ts';

describe('dateSpan: the inclusive days a TIMEX3 value covers', () => {
  it.each([
    ['2014-09-24', '2014-09-24', '2014-09-24', 'day'],
    ['2014-06', '2014-06-01', '2014-06-30', 'month'],
    ['2016-02', '2016-02-01', '2016-02-29', 'month'],
    ['2014-02', '2014-02-01', '2014-02-28', 'month'],
    ['1979', '1979-01-01', '1979-12-31', 'year'],
    ['2014-W39', '2014-09-22', '2014-09-28', 'week'],
    ['2015-W01', '2014-12-29', '2015-01-04', 'week'],
    ['2015-W53', '2015-12-28', '2016-01-03', 'week'],
    ['2014-W39-WE', '2014-09-27', '2014-09-28', 'week'],
    ['2014-Q3', '2014-07-01', '2014-09-30', 'quarter'],
    ['2014-H1', '2014-01-01', '2014-06-30', 'half'],
    ['2014-SU', '2014-06-01', '2014-08-31', 'season'],
    ['2014-WI', '2014-12-01', '2015-02-28', 'season'],
    ['199', '1990-01-01', '1999-12-31', 'decade'],
    ['19', '1900-01-01', '1999-12-31', 'century'],
    ['0044', '0044-01-01', '0044-12-31', 'year'],
    ['18', '1800-01-01', '1899-12-31', 'century'],
    ['187', '1870-01-01', '1879-12-31', 'decade'],
    ['2025-02-03/2025-02-04', '2025-02-03', '2025-02-04', 'day'],
    ['2025-03/2025-05', '2025-03-01', '2025-05-31', 'month'],
    ['2022-06/2024-01', '2022-06-01', '2024-01-31', 'month'],
    ['2010/2015', '2010-01-01', '2015-12-31', 'year'],
    ['2025-03-30/2025-04', '2025-03-30', '2025-04-30', 'month'],
  ])('%s → %s … %s (%s)', (value, start, end, granularity) => {
    expect(dateSpan(value)).toEqual({ start, end });
    expect(granularityOf(value)).toBe(granularity);
  });

  it('truncates TIME values to their day', () => {
    expect(calendarValue('2014-09-24T10:30')).toBe('2014-09-24');
    expect(calendarValue('2014-09-24TMO')).toBe('2014-09-24');
    expect(granularityOf('2014-09-24T10:30')).toBe('day');
    expect(dateSpan('2014-09-24T23:59')).toEqual({ start: '2014-09-24', end: '2014-09-24' });
  });

  it.each([
    'P35Y',
    'PT2H',
    'PRESENT_REF',
    'PAST_REF',
    'FUTURE_REF',
    'XXXX-06',
    '2014-XX-24',
    'XXXX-WXX-3',
    '2014-13',
    '2014-02-30',
    '2014-W53',
    '2014-Q5',
    'T10:00',
    '',
    'yesterday',
    '20145',
  ])('rejects %j (not a point or period on the calendar)', (value) => {
    expect(dateSpan(value)).toBeNull();
    expect(granularityOf(value)).toBeNull();
  });

  it('refuses a range that ends before it starts, or has more than two ends', () => {
    expect(dateSpan('2025-05/2025-03')).toBeNull();
    expect(dateSpan('2025/2026/2027')).toBeNull();
    expect(dateSpan('XXXX-03/XXXX-05')).toBeNull();
  });
});
