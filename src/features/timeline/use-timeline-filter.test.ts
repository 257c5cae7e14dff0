import { describe, expect, it } from 'vitest';
import { isFiltering, readTimelineFilter, toEventFilter, writeTimelineFilter, type TimelineFilter } from './use-timeline-filter.ts';

const none: TimelineFilter = { reports: undefined, actors: [], from: '', to: '', sharedOnly: false, text: '' };

describe('timeline filter in the URL', () => {
  it('reads nothing from a URL without timeline keys', () => {
    expect(readTimelineFilter('?fact=f2')).toEqual(none);
    expect(isFiltering(none)).toBe(false);
  });

  it('round-trips every field and keeps other parameters', () => {
    const filter: TimelineFilter = {
      reports: ['a', 'b,c'],
      actors: ['david cameron'],
      from: '1979',
      to: '2014-09-24',
      sharedOnly: true,
      text: 'embassy & talks',
    };
    const search = writeTimelineFilter('?fact=f2&x=1', filter);
    expect(search).toBe('?fact=f2&x=1&tl.src=a&tl.src=b%2Cc&tl.actor=david+cameron&tl.from=1979&tl.to=2014-09-24&tl.shared=1&tl.q=embassy+%26+talks');
    expect(readTimelineFilter(search)).toEqual(filter);
  });

  it('tells "all sources" (no key) from "no source" (one empty key)', () => {
    expect(writeTimelineFilter('', { ...none, reports: [] })).toBe('?tl.src=');
    expect(readTimelineFilter('?tl.src=').reports).toEqual([]);
    expect(readTimelineFilter('').reports).toBeUndefined();
  });

  it('drops the timeline keys when the filter is cleared, leaving the rest', () => {
    expect(writeTimelineFilter('?tl.q=x&fact=f1&tl.shared=1', none)).toBe('?fact=f1');
    expect(writeTimelineFilter('?tl.q=x', none)).toBe('');
  });

  it('maps to filterEvents input with empty fields left out', () => {
    expect(toEventFilter({ ...none, text: '  ', from: '2014' })).toEqual({ from: '2014' });
    expect(toEventFilter({ ...none, reports: [], sharedOnly: true })).toEqual({ reports: [], sharedOnly: true });
  });
});
