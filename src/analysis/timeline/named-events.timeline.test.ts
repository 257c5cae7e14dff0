import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build-timeline.ts';
import { report } from './testing/fakes.ts';

// Named past events as the timeline sees them, with the real tagger: a report of 2 March 2014, so
// "11 September of the report's year" would fall after its publication date.
describe('timeline: a day that names a past event', () => {
  const a = report('a', '2014-03-02', [
    'Airport checks have been tightened since the September 11 attacks, the agency said on Friday.',
    'Survivors of the July 7 bombings will meet the minister in April.',
  ]);
  const events = buildTimeline([a], []);

  it('puts the September 11 attacks in 2001, not after the report, and says nothing was inferred', () => {
    const nine = events.find((e) => e.mentions.some((m) => /September 11/.test(m.text)));
    expect(nine?.date).toBe('2001-09-11');
    expect(nine?.mentions[0]!.inferredFrom).toBeUndefined();
  });

  it('leaves a name it cannot date off the timeline, and keeps the story’s own dates', () => {
    expect(events.map((e) => `${e.date} ${e.mentions[0]!.text}`)).toEqual(['2001-09-11 September 11', '2014-02-28 Friday', '2014-04 April']);
  });
});
