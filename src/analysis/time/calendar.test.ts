import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, diffDays, easterSunday, fmtDay, nthWeekday, weekday } from './calendar.ts';

describe('easterSunday', () => {
  it('gives the Gregorian Easter, including the earliest and latest possible dates', () => {
    expect([2019, 2024, 2025, 2000, 1818, 2038, 2285].map((y) => fmtDay(easterSunday(y)))).toEqual([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2000-04-23',
      '1818-03-22',
      '2038-04-25',
      '2285-03-22',
    ]);
  });
});

describe('nthWeekday', () => {
  it('counts weekdays of a month from the start, or from the end with -1', () => {
    expect(fmtDay(nthWeekday(2024, 11, 4, 4))).toBe('2024-11-28'); // fourth Thursday of November
    expect(fmtDay(nthWeekday(2025, 5, 1, -1))).toBe('2025-05-26'); // last Monday of May
    expect(fmtDay(nthWeekday(2025, 9, 1, 1))).toBe('2025-09-01'); // a month that starts on the day itself
    expect(fmtDay(nthWeekday(2021, 5, 1, -1))).toBe('2021-05-31'); // a month that ends on it
  });
});

describe('one calendar for years 0–99 too', () => {
  it('counts days, weekdays and weeks without Date.UTC mapping year 50 to 1950', () => {
    expect(fmtDay(addDays({ y: 50, m: 12, d: 31 }, 1))).toBe('0051-01-01');
    expect(diffDays({ y: 1, m: 1, d: 1 }, { y: 0, m: 1, d: 1 })).toBe(366); // year 0 is a leap year
    expect(weekday({ y: 2014, m: 9, d: 24 })).toBe(3); // a Wednesday
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});
