import { describe, expect, it } from 'vitest';
import { event } from '../../analysis/timeline/testing/events.ts';
import { fromAxis } from '../../analysis/timeline/compressed-axis.ts';
import { fitViewport, viewBounds } from '../../analysis/timeline/viewport.ts';
import { layoutTimeline, placeEvents, publicationDays, timelineAxis } from './layout-timeline.ts';

const events = [
  event('e3', '2014-09-24', 'Meeting', ['a', 'b']),
  event('e1', '1979', 'Revolution', ['a']),
  event('e2', '2014-06', 'Embassy', ['a']),
  event('e4', '2014-09-24', 'Strikes', ['b']),
];
const reports = [
  { id: 'a', title: 'A story', source: 'Daily', published: '2014-09-24' },
  { id: 'b', title: 'B story', source: null, published: '2014-09-24' },
  { id: 'c', title: 'Undated', source: null, published: null },
];
const sizes = { widthPx: 1000, cardWidth: 200, gapPx: 8, nowLabelWidth: () => 180, breakLabelWidth: () => 90 };

describe('layoutTimeline', () => {
  const placed = placeEvents(events);
  const nows = publicationDays(reports);
  const axis = timelineAxis(placed, nows)!;
  const layout = layoutTimeline(axis, placed, nows, fitViewport(viewBounds(axis.length)), sizes);

  it('places events in time order and one "now" per publication day, skipping undated reports', () => {
    expect(placed.map((p) => p.event.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(nows).toEqual([expect.objectContaining({ day: '2014-09-24', reports: ['a', 'b'] })]);
  });

  it('stacks the two events of one day in two lanes, and keeps far-apart ones in the first', () => {
    const lane = Object.fromEntries(layout.cards.map((c) => [c.event.id, c.lane]));
    expect(lane.e1).toBe(0);
    expect(lane.e3).not.toBe(lane.e4);
    expect(layout.laneCount).toBeGreaterThanOrEqual(2);
  });

  it('draws the decades between 1979 and 2014 as one labelled break, with every card on screen at "fit all"', () => {
    expect(layout.breaks).toHaveLength(1);
    expect(layout.breaks[0]!.label).toBe('≈ 34 years');
    for (const card of layout.cards) {
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.left + sizes.cardWidth).toBeLessThanOrEqual(sizes.widthPx + 1);
    }
  });

  it('keeps time order from the top lane down in a window two cards wide (a phone), and the fewest lanes when wide', () => {
    const story = placeEvents([
      event('a', '2011-03-01', 'Shooting', ['a']),
      event('b', '2011-03-20', 'Arrest', ['a']),
      event('c', '2011-10', 'Mother named', ['a']),
      event('d', '2013-02-14', 'Plan', ['a']),
    ]);
    const storyAxis = timelineAxis(story, [])!;
    const fitted = fitViewport(viewBounds(storyAxis.length));
    const lanes = (widthPx: number) => layoutTimeline(storyAxis, story, [], fitted, { ...sizes, widthPx, cardWidth: 148 }).cards.map((c) => c.lane);
    const phone = lanes(390 - 32);
    expect(phone).toEqual([...phone].sort((x, y) => x - y));
    expect(phone.at(-1)).toBeGreaterThan(0);
    expect(lanes(1400).at(-1)).toBe(0);
  });

  it('puts marker labels that would overlap in separate rows', () => {
    const rows = [...layout.breaks, ...layout.nows].map((m) => m.row);
    expect(layout.labelRowLines).toHaveLength(Math.max(...rows) + 1);
  });

  it('keeps the break labels of a phone in two rows at most, clear of the "now" labels', () => {
    // Three year-only cards around a few days: on a phone the four break labels, each wider than the
    // stretch between two breaks, took a row each among the "now" labels (user test Y).
    const story = placeEvents([
      event('a', '1997', 'The dam was finished', ['a']),
      event('b', '2012', 'A crack was found', ['a']),
      event('c', '2022-05-03', 'The spillway failed', ['a']),
      event('d', '2022-05-04', 'Villages were evacuated', ['a']),
      event('e', '2047', 'The dam is to be replaced', ['a']),
    ]);
    const storyNows = publicationDays([
      { id: 'a', title: 'A', source: null, published: '2022-05-04' },
      { id: 'b', title: 'B', source: null, published: '2022-05-05' },
    ]);
    const storyAxis = timelineAxis(story, storyNows)!;
    const text = (label: string) => label.length * 7.5 + 16;
    const nowLabelWidth = (now: { reports: string[] }) =>
      text(now.reports[0] === 'a' ? 'Now: A published 4 May 2022 (A: inferred from the text)' : 'Now: B published 5 May 2022');
    for (const widthPx of [366, 992, 1408]) {
      const layout = layoutTimeline(storyAxis, story, storyNows, fitViewport(viewBounds(storyAxis.length)), {
        ...sizes,
        widthPx,
        cardWidth: widthPx < 400 ? 148 : 232,
        nowLabelWidth,
        breakLabelWidth: text,
      });
      expect(layout.breaks.length).toBeGreaterThanOrEqual(3);
      expect(new Set(layout.breaks.map((b) => b.row)).size, `${widthPx} px`).toBeLessThanOrEqual(2);
      const boxes = [...layout.breaks, ...layout.nows].map((m) => ({ row: m.row, left: m.labelLeft, right: m.labelLeft + m.width }));
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(widthPx);
        for (const b of boxes.slice(i + 1)) if (a.row === b.row) expect(a.right <= b.left || b.right <= a.left, `${widthPx} px`).toBe(true);
      }
    }
    // Shortened where the full words need more than two rows (two more year-only cards before, on a
    // phone), the full ones kept for screen readers.
    const more = placeEvents([
      event('f', '1961', 'The valley was surveyed', ['a']),
      event('g', '1979', 'Work on the dam began', ['a']),
      ...story.map((p) => p.event),
    ]);
    const moreAxis = timelineAxis(more, storyNows)!;
    const narrow = layoutTimeline(moreAxis, more, storyNows, fitViewport(viewBounds(moreAxis.length)), {
      ...sizes,
      widthPx: 366,
      cardWidth: 148,
      nowLabelWidth,
      breakLabelWidth: text,
    });
    expect(narrow.breaks.map((b) => b.label)).toContain('≈ 25 yr');
    expect(narrow.breaks.map((b) => b.fullLabel)).toContain('≈ 25 years');
    expect(new Set(narrow.breaks.map((b) => b.row)).size).toBeLessThanOrEqual(2);
  });

  it('keeps a year span labelled at the left edge when its start is off screen', () => {
    const year = placed.filter((p) => p.event.id === 'e1');
    const yearAxis = timelineAxis(year, [])!;
    const inside = { start: yearAxis.length * 0.4, end: yearAxis.length * 0.5 };
    const [card] = layoutTimeline(yearAxis, year, [], inside, sizes).cards;
    expect(card!.xStart).toBeLessThan(0);
    expect(card!.left).toBe(0);
  });

  it('holds a "now" label at the right edge from that edge, and wraps one wider than the window', () => {
    const fitted = fitViewport(viewBounds(axis.length));
    const [held] = layoutTimeline(axis, placed, nows, fitted, { ...sizes, widthPx: 390, nowLabelWidth: () => 240 }).nows;
    expect(held).toMatchObject({ alignRight: true, lines: 1 });
    const narrow = layoutTimeline(axis, placed, nows, fitted, { ...sizes, widthPx: 390, nowLabelWidth: () => 420 });
    expect(narrow.nows[0]).toMatchObject({ lines: 2, width: 240 });
    expect(narrow.labelRowLines[narrow.nows[0]!.row]).toBe(2);
  });

  it('wraps a long "now" label on a phone to keep it by its band, not at the window\'s left edge', () => {
    // As wide as the window, the label could only start at its left edge, over decades before its
    // band (user test Y). Wrapped to a share of the window, its band stands under it.
    const fitted = fitViewport(viewBounds(axis.length));
    const [now] = layoutTimeline(axis, placed, nows, fitted, { ...sizes, widthPx: 390, nowLabelWidth: () => 480 }).nows;
    const left = now!.alignRight ? 390 - now!.width : now!.labelLeft;
    expect(now!.width).toBeLessThan(390);
    expect(left).toBeGreaterThan(0);
    expect(now!.x0).toBeGreaterThanOrEqual(left);
    expect(now!.x0).toBeLessThanOrEqual(left + now!.width);
    expect(now!.lines).toBe(3);
  });

  it('fits the events and publication dates with a modest margin, the last cards hanging left of their dates where needed', () => {
    // The 28ecb story: years from 1942, reports of 18 and 19 Dec 2008. "Fit all" used to run to 2073 on a phone.
    const felt = placeEvents([
      event('a', '1942', 'Felt joined the FBI', ['a']),
      event('b', '1970', 'Woodward met Felt', ['a']),
      event('c', '1972-06', 'The break-in', ['a']),
      event('d', '2005-05', 'Felt revealed himself', ['a']),
      event('e', '2008-12-18', 'Felt died', ['a', 'b']),
    ]);
    const feltNows = publicationDays([
      { id: 'a', title: 'A', source: null, published: '2008-12-18' },
      { id: 'b', title: 'B', source: null, published: '2008-12-19' },
    ]);
    const feltAxis = timelineAxis(felt, feltNows)!;
    const fitted = fitViewport(viewBounds(feltAxis.length));
    const year = (units: number) => new Date(fromAxis(feltAxis, units)).getUTCFullYear();
    // The decades between 1942, 1970–72 and 2005 and the years to 2008 are cut to breaks, so the margins
    // are a few months before and days after, past the last report's day.
    expect(year(fitted.start)).toBe(1941);
    expect(fromAxis(feltAxis, fitted.end)).toBeGreaterThan(Date.UTC(2008, 11, 20));
    expect(fromAxis(feltAxis, fitted.end)).toBeLessThan(Date.UTC(2009, 6, 1));
    for (const [widthPx, cardWidth] of [
      [358, 148],
      [990, 198],
      [1400, 232],
    ] as const) {
      const layout = layoutTimeline(feltAxis, felt, feltNows, fitted, { ...sizes, widthPx, cardWidth });
      for (const card of layout.cards) {
        expect(card.left, `${card.event.id} at ${widthPx} px`).toBeGreaterThanOrEqual(0);
        expect(card.left + cardWidth, `${card.event.id} at ${widthPx} px`).toBeLessThanOrEqual(widthPx + 1e-6);
      }
      // The last event's card stands at its date, or, where it would pass the window's right edge,
      // ends there, its date inside it (on a phone).
      const last = layout.cards.find((c) => c.event.id === 'e')!;
      expect(last.left).toBeCloseTo(Math.min(last.xStart, widthPx - cardWidth));
      if (widthPx < 400) expect(last.left).toBeLessThan(last.xStart);
    }
  });
});
