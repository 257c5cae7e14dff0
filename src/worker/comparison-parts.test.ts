import { describe, expect, it } from 'vitest';
import type { SummarizedComparison } from '../analysis/overview/summarize-comparison.ts';
import type { TimelineEvent } from '../analysis/timeline/types.ts';
import { EVENTS_PER_PART, joinComparison, TimelineParts } from './comparison-parts.ts';

const event = (i: number) => ({ id: `e${i}`, date: '2014', granularity: 'year', label: `event ${i}`, actors: [], mentions: [] }) as TimelineEvent;
const comparison = (events: number) =>
  ({
    reports: [{ id: 'a', published: null, sentences: [] }],
    facts: [],
    timeline: Array.from({ length: events }, (_, i) => event(i)),
    undated: [],
    related: [],
    overview: { sharedFacts: 0, conflicts: 0, shares: [], unique: [], isolated: [] },
    factLists: { shared: [], conflicts: [], unique: [] },
  }) as SummarizedComparison;

/** Each message through a structured clone, as between the worker and the page. */
const send = <T>(value: T) => Promise.resolve(structuredClone(value));

describe('a comparison sent in parts', () => {
  it('arrives whole, its events in order, the first message without them', async () => {
    const parts = new TimelineParts();
    const whole = comparison(EVENTS_PER_PART * 2 + 7);
    const head = await send(parts.split(whole));
    expect(head.comparison).not.toHaveProperty('timeline');
    let messages = 0;
    const joined = await joinComparison(head, (id) => (messages++, send(parts.take(id))));
    expect(messages).toBe(3);
    expect(joined).toEqual(whole);
    expect(parts.take(head.timeline.id)).toBeUndefined();
  });

  it('sends no part for a comparison without events', async () => {
    const parts = new TimelineParts();
    const head = parts.split(comparison(0));
    const joined = await joinComparison(head, () => Promise.reject(new Error('not asked')));
    expect(joined.timeline).toEqual([]);
  });

  it('keeps two answers apart, and says so rather than returning part of a timeline', async () => {
    const parts = new TimelineParts();
    const first = parts.split(comparison(EVENTS_PER_PART + 1));
    const second = parts.split(comparison(3));
    expect((await joinComparison(second, (id) => send(parts.take(id)))).timeline).toHaveLength(3);
    expect((await joinComparison(first, (id) => send(parts.take(id)))).timeline).toHaveLength(EVENTS_PER_PART + 1);
    const lost = parts.split(comparison(EVENTS_PER_PART + 1));
    parts.take(lost.timeline.id);
    parts.take(lost.timeline.id);
    await expect(joinComparison(lost, (id) => send(parts.take(id)))).rejects.toThrow(/sent 0 of/);
  });

  it('drops the oldest answers nobody took, not the latest', () => {
    const parts = new TimelineParts();
    const heads = Array.from({ length: 6 }, () => parts.split(comparison(1)));
    expect(parts.take(heads[0]!.timeline.id)).toBeUndefined();
    expect(parts.take(heads[5]!.timeline.id)).toHaveLength(1);
  });
});
