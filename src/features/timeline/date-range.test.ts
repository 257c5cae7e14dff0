import { describe, expect, it } from 'vitest';
import { event } from '../../analysis/timeline/testing/events.ts';
import { datesReversed, eventDateRange } from './date-range.ts';

describe('eventDateRange', () => {
  it('is null without events', () => {
    expect(eventDateRange([])).toBeNull();
  });

  it('takes the earliest start and the latest end, written as the events are dated', () => {
    const events = [event('b', '2014-09-24', 'Talks', ['a']), event('a', '1979', 'Revolution', ['a']), event('c', '2014-06', 'Embassy', ['a'])];
    expect(eventDateRange(events)).toEqual({ from: '1979', to: '2014-09-24' });
  });

  it('a span that ends later than a later-starting day is the latest', () => {
    expect(eventDateRange([event('a', '2019-03-05', 'Vote', ['a']), event('b', '2019', 'Elections this year', ['a'])])).toEqual({ from: '2019', to: '2019' });
  });

  it('gives days for dates the filter does not read (weeks, quarters)', () => {
    expect(eventDateRange([event('a', '2019-W10', 'Last week', ['a']), event('b', '2019-Q2', 'Next quarter', ['a'])])).toEqual({
      from: '2019-03-04',
      to: '2019-06-30',
    });
  });
});

describe('datesReversed', () => {
  it('is true when From starts after To ends, whatever their precision', () => {
    expect(datesReversed('2007-05', '2007-04')).toBe(true);
    expect(datesReversed('2008', '2007-12-31')).toBe(true);
  });

  it('is false for a range in order, one that overlaps, or a bound that is empty or not a date', () => {
    expect(datesReversed('2007-04', '2007-05')).toBe(false);
    expect(datesReversed('2007-04-15', '2007-04')).toBe(false);
    expect(datesReversed('2007-05', '')).toBe(false);
    expect(datesReversed('2007-05', 'last spring')).toBe(false);
  });
});
