import { describe, expect, it } from 'vitest';
import { datePrecision, eventSpan, filterEvents } from './filter-events.ts';
import { event } from './testing/events.ts';
import type { TimelineEvent } from './types.ts';

const events = [
  event('e1', '1979', 'Islamic revolution in Iran', ['a', 'b']),
  event('e2', '2014-06', 'Britain says it will reopen its embassy', ['a'], ['Britain']),
  event('e3', '2014-09-22', 'The United States rules out a deal', ['a'], ['United States']),
  event('e4', '2014-09-24', 'Cameron meets Rouhani at the UN', ['a', 'b'], ['David Cameron', 'Hassan Rouhani']),
  event('e5', '2014-09-26', 'Parliament votes on air strikes', ['b'], ['David Cameron']),
];
const ids = (list: TimelineEvent[]) => list.map((e) => e.id);

describe('filterEvents', () => {
  it('returns everything for an empty filter', () => {
    expect(ids(filterEvents(events, {}))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('keeps events mentioned by any selected report; an empty selection shows nothing', () => {
    expect(ids(filterEvents(events, { reports: ['b'] }))).toEqual(['e1', 'e4', 'e5']);
    expect(filterEvents(events, { reports: [] })).toEqual([]);
  });

  it('keeps events involving any selected actor, by key or name, case-insensitively', () => {
    expect(ids(filterEvents(events, { actors: ['david cameron'] }))).toEqual(['e4', 'e5']);
    expect(ids(filterEvents(events, { actors: ['BRITAIN', 'hassan rouhani'] }))).toEqual(['e2', 'e4']);
  });

  it('keeps spans that overlap the date range, with year or day bounds', () => {
    expect(ids(filterEvents(events, { from: '2014-06-15', to: '2014-09-23' }))).toEqual(['e2', 'e3']);
    expect(ids(filterEvents(events, { to: '1999' }))).toEqual(['e1']);
    expect(ids(filterEvents(events, { from: '2014-09-24' }))).toEqual(['e4', 'e5']);
    expect(ids(filterEvents(events, { from: 'garbage' }))).toHaveLength(5);
  });

  it('shared-only keeps events every selected source mentions', () => {
    expect(ids(filterEvents(events, { sharedOnly: true }))).toEqual(['e1', 'e4']);
    expect(ids(filterEvents(events, { sharedOnly: true }, ['a', 'b', 'c']))).toEqual([]);
    expect(ids(filterEvents(events, { sharedOnly: true, reports: ['b'] }))).toEqual(['e1', 'e4', 'e5']);
  });

  it('matches every free-text term against label, actors, written date and human date', () => {
    expect(ids(filterEvents(events, { text: 'ROUHANI un' }))).toEqual(['e4']);
    expect(ids(filterEvents(events, { text: 'cameron' }))).toEqual(['e4', 'e5']);
    expect(ids(filterEvents(events, { text: 'jun 2014' }))).toEqual(['e2']);
    expect(ids(filterEvents(events, { text: '  ' }))).toHaveLength(5);
  });
  it('matches text with or without its accents', () => {
    const scored = [event('e6', '2022-12-18', 'Mbappé scores a hat-trick', ['a']), event('e7', '2022-12-18', 'Di Maria scores', ['b'])];
    expect(ids(filterEvents(scored, { text: 'mbappe' }))).toEqual(['e6']);
    expect(ids(filterEvents(scored, { text: 'Di María' }))).toEqual(['e7']);
  });

  it('combines criteria', () => {
    expect(ids(filterEvents(events, { actors: ['David Cameron'], reports: ['a'], text: 'meets' }))).toEqual(['e4']);
  });

  it('falls back to the date value for events without a stored span', () => {
    const { start: _s, end: _e, ...bare } = events[1]!;
    expect(eventSpan(bare)).toEqual({ start: '2014-06-01', end: '2014-06-30' });
  });
});

describe('datePrecision', () => {
  it('names how wide an uncertain date is, and a weekend as a weekend', () => {
    const of = (date: string) => datePrecision(event('e', date, 'x', ['a']));
    expect([of('2014-09-24'), of('2014-06'), of('1979'), of('2014-W39')]).toEqual([undefined, 'month', 'year', 'week']);
    // Shown as "8–9 May 2010": "(week; …)" beside two days would misstate it.
    expect(of('2010-W18-WE')).toBe('weekend');
    expect(filterEvents([event('w', '2010-W18-WE', 'A march', ['a'])], { text: '8–9 may' })).toHaveLength(1);
  });
});
