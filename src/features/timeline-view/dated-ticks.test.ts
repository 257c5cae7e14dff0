import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../analysis/timeline/time-ticks.ts';
import { event } from '../../analysis/timeline/testing/events.ts';
import { fitViewport, viewBounds } from '../../analysis/timeline/viewport.ts';
import { datedTicks } from './dated-ticks.ts';
import { placeEvents, publicationDays, timelineAxis } from './layout-timeline.ts';

const WIDTH = 1340;
const textWidth = (text: string) => text.length * 7.5;

/** The ticks of `events` at "fit all", as the full timeline places them. */
function placedTicks(events: ReturnType<typeof event>[], published: string, width: number) {
  const placed = placeEvents(events);
  const nows = publicationDays([{ id: 'a', title: 'A', source: null, published }]);
  const axis = timelineAxis(placed, nows)!;
  const view = fitViewport(viewBounds(axis.length));
  const items = [
    ...placed.map((p) => ({ interval: p.interval, granularity: p.event.granularity })),
    ...nows.map((n) => ({ interval: n.interval, granularity: 'day' as const })),
  ];
  return datedTicks(axisTicks(axis, view, width, { textWidth }), axis, items, view, width, textWidth);
}

/** The labelled ticks' text, as the full timeline shows them. */
function labels(events: ReturnType<typeof event>[], published: string, width = WIDTH) {
  return placedTicks(events, published, width)
    .filter((t) => t.side)
    .map((t) => `${t.label}${t.context ? ` ${t.context}` : ''}`);
}

/** Each drawn label's extent in px, as the view draws it: 4 px after its tick, or 4 px before it. */
function extents(events: ReturnType<typeof event>[], published: string, width: number) {
  return placedTicks(events, published, width).flatMap((t) => {
    if (!t.side) return [];
    const w = Math.max(textWidth(t.label), t.context ? textWidth(t.context) : 0);
    const left = t.side === 'after' ? t.x + 4 : t.x - 4 - w;
    return [{ text: t.label, left, right: left + w }];
  });
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

  it('labels a narrow stretch of a month-only card by its month, not by its first day', () => {
    const events = [event('ban', '2016-04', 'Lorries were banned from the bridge', ['a']), event('fall', '2023-08-21', 'The bridge fell', ['a'])];
    const shown = labels(events, '2023-08-22', 366);
    expect(shown[0]).toBe('Apr 2016');
  });

  it('labels every stretch of year-only cards with its year, on a phone too, without overlaps or labels past an edge', () => {
    const events = [
      event('pit', '1994', 'The pit was sunk', ['a']),
      event('fire', '2009', 'A fire closed the east shaft', ['a']),
      event('sale', '2017', 'The mine was sold', ['a']),
      event('flood', '2024-10-02', 'Water flooded the lower level', ['a']),
      event('rescue', '2024-10-03', 'Divers reached the trapped crew', ['a']),
      event('close', '2040', 'The mine is to close', ['a']),
    ];
    for (const width of [1340, 992, 366]) {
      const drawn = extents(events, '2024-10-04', width);
      const texts = drawn.map((l) => l.text);
      // Each year in full, or as its last two digits where the full year has no room ("’09").
      for (const year of ['1994', '2009', '2017', '2040'])
        expect(
          texts.some((t) => t === year || t === `’${year.slice(2)}`),
          `${year} at ${width} px: ${texts.join(' ')}`,
        ).toBe(true);
      // The story's days carry their year as well.
      expect(drawn.length).toBeGreaterThan(4);
      drawn.forEach((l, i) => {
        expect(l.left).toBeGreaterThanOrEqual(0);
        expect(l.right).toBeLessThanOrEqual(width);
        if (i > 0) expect(l.left, `${drawn[i - 1]!.text} runs into ${l.text} at ${width} px`).toBeGreaterThan(drawn[i - 1]!.right);
      });
    }
  });
});
