import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../analysis/timeline/time-ticks.ts';
import { event } from '../../analysis/timeline/testing/events.ts';
import { fitViewport, viewBounds } from '../../analysis/timeline/viewport.ts';
import { datedTicks } from './dated-ticks.ts';
import { placeEvents, publicationDays, timelineAxis } from './layout-timeline.ts';

const WIDTH = 1340;
const textWidth = (text: string) => text.length * 7.5;

/** The labelled ticks of `events` at "fit all", as the full timeline shows them. */
function labels(events: ReturnType<typeof event>[], published: string, width = WIDTH) {
  const placed = placeEvents(events);
  const nows = publicationDays([{ id: 'a', title: 'A', source: null, published }]);
  const axis = timelineAxis(placed, nows)!;
  const view = fitViewport(viewBounds(axis.length));
  const items = [
    ...placed.map((p) => ({ interval: p.interval, granularity: p.event.granularity })),
    ...nows.map((n) => ({ interval: n.interval, granularity: 'day' as const })),
  ];
  const ticks = datedTicks(axisTicks(axis, view, width, { textWidth }), axis, items, view, width, textWidth);
  return ticks.filter((t) => t.side).map((t) => `${t.label}${t.context ? ` ${t.context}` : ''}`);
}

describe('datedTicks: ticks no finer than the dates they stand over', () => {
  it('ticks a stretch of year-only cards at its year, not in weeks of its January', () => {
    const events = [
      event('fire', '1996', 'A fire gutted the old mill', ['a']),
      event('flood', '2011', 'The river flooded the square', ['a']),
      event('storm', '2023-03-14', 'A storm hit the coast', ['a']),
      event('repair', '2023-03-16', 'Repairs began', ['a']),
    ];
    const shown = labels(events, '2023-03-17');
    expect(shown).toContain('1996');
    expect(shown).toContain('2011');
    // No week of January 1996 or 2011 ("31 Dec 1995", "7", "14") under the year-only cards.
    expect(shown.filter((l) => /Jan 1996|Dec 1995|Jan 2011|Dec 2010/.test(l))).toEqual([]);
    // Narrower, where the axis would tick its months: the year alone, not "Jan 1996".
    expect(labels(events, '2023-03-17', 700).slice(0, 2)).toEqual(['1996', '2011']);
    // The story's own days keep their day ticks.
    expect(shown.some((l) => /^1[4-7]\b/.test(l) || /Mar 2023/.test(l))).toBe(true);
  });

  it('ticks a stretch of month-only cards at its months', () => {
    const events = [event('vote', '2009-05', 'The council voted to close the pool', ['a']), event('demo', '2023-03-14', 'Swimmers marched', ['a'])];
    const shown = labels(events, '2023-03-15');
    // Every label before the story's days is the month's: no "3 May 2009, 10, 17".
    expect(
      shown.slice(
        0,
        shown.findIndex((l) => l.includes('2023')),
      ),
    ).toEqual(['May 2009']);
  });
});
