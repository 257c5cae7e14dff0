import { describe, expect, it } from 'vitest';
import { compressAxis, DAY_MS, dayInterval, DEFAULT_BREAK_RULE, fromAxis, toAxis, type TimeInterval } from './compressed-axis.ts';

const span = (first: string, last = first): TimeInterval => dayInterval(first, last)!;
const breaks = (items: TimeInterval[]) => compressAxis(items)!.segments.filter((s) => s.kind === 'break');

describe('compressAxis: time to scale, long empty stretches cut to a break', () => {
  it('cuts a decades-long gap before a cluster of recent days, and keeps the gaps inside the cluster', () => {
    const axis = compressAxis([span('1979-01-01', '1979-12-31'), span('2014-06-01', '2014-06-30'), span('2014-09-22'), span('2014-09-24')])!;
    expect(axis.segments.map((s) => s.kind)).toEqual(['time', 'break', 'time']);
    const [, cut] = axis.segments;
    // The year 1979 counts as a share of the time the rest keeps to scale (June to September 2014)
    // when gaps are judged: its tail lies in the break, and the empty stretch the break stands for
    // begins after it.
    const rest = span('2014-09-25').start - span('2014-06-01').start;
    expect(cut).toMatchObject({
      start: span('1979-01-01').start + DEFAULT_BREAK_RULE.spanShare * rest,
      end: span('2014-06-01').start,
      empty: span('2014-06-01').start - span('1980-01-01').start,
    });
    // June to late September stays to scale: one day is as wide there as anywhere else.
    const june = toAxis(axis, span('2014-06-01').start);
    expect(toAxis(axis, span('2014-09-22').start) - june).toBe(113 * DAY_MS);
    // The break is much narrower than the 34 years it stands for.
    expect(cut!.kind === 'break' && cut!.width).toBeLessThan(0.1 * axis.length);
  });

  it('does not let a card dated only by a year crush a cluster of days at "fit all"', () => {
    const days = ['2008-11-11', '2008-11-27', '2008-12-12', '2008-12-13', '2008-12-15', '2008-12-16', '2008-12-17', '2008-12-18'];
    const axis = compressAxis([span('2007-01-01', '2007-12-31'), ...days.map((d) => span(d))])!;
    expect(axis.segments.map((s) => s.kind)).toEqual(['time', 'break', 'time']);
    // The weeks of the cluster take most of the axis, not a sliver beside a year.
    const cluster = toAxis(axis, span('2008-12-19').start) - toAxis(axis, span('2008-11-11').start);
    expect(cluster).toBeGreaterThan(0.4 * axis.length);
    // The axis still reaches the year's end, inside the break.
    expect(toAxis(axis, span('2008-01-01').start)).toBeLessThan(toAxis(axis, span('2008-11-11').start));
  });

  it('does not let a card dated only by a year after a cluster of days crush them either: its tail is cut', () => {
    const days = ['2010-05-01', '2010-05-02', '2010-05-05', '2010-05-07', '2010-05-19'];
    const axis = compressAxis([...days.map((d) => span(d)), span('2012-01-01', '2012-12-31')])!;
    expect(axis.segments.map((s) => s.kind)).toEqual(['time', 'break', 'time', 'break', 'time']);
    const cluster = toAxis(axis, span('2010-05-20').start) - toAxis(axis, span('2010-05-01').start);
    expect(cluster).toBeGreaterThan(0.25 * axis.length);
    // The axis still reaches the year's end, after the break that stands for the rest of it (beside
    // the 19 days of May, the year counts as a share of them, under three days).
    const tail = axis.segments[3]!;
    const counted = Math.max(DEFAULT_BREAK_RULE.spanDays, DEFAULT_BREAK_RULE.spanShare * 19);
    expect(tail.kind === 'break' && Math.round(tail.empty / DAY_MS)).toBe(Math.round(366 - counted)); // 2012 is a leap year
    expect(toAxis(axis, span('2012-12-31').end)).toBeLessThan(axis.length);
  });

  it("gives the story's own days more room than the year-only cards around them", () => {
    // A few days of one week, told beside three dates known only to their year.
    const days = ['2019-04-05', '2019-04-06', '2019-04-08'];
    const years = ['1990', '2016', '2035'].map((y) => span(`${y}-01-01`, `${y}-12-31`));
    const axis = compressAxis([years[0]!, years[1]!, ...days.map((d) => span(d)), years[2]!])!;
    const width = (from: number, to: number) => toAxis(axis, to) - toAxis(axis, from);
    const story = width(span('2019-04-05').start, span('2019-04-09').start);
    // Counted as a month each, the years took nine tenths of the time kept to scale and the days 4 %.
    expect(story).toBeGreaterThan(0.2 * axis.length);
    for (const year of years) expect(story).toBeGreaterThan(width(year.start, Math.min(year.end, fromAxis(axis, toAxis(axis, year.start) + story))));
    // Each year still has room for its card's span and its year's tick: a day, not a sliver.
    for (const year of years) expect(width(year.start, year.start + DEFAULT_BREAK_RULE.spanDays * DAY_MS)).toBe(DEFAULT_BREAK_RULE.spanDays * DAY_MS);
  });

  it("keeps a year-only card's stretch a fair share of the axis beside a story of months", () => {
    // Days over three months and two years long before: a year counted as a few days would be a
    // sliver of the axis, too narrow for its year's label on a phone.
    const days = ['2021-02-03', '2021-02-04', '2021-03-15', '2021-05-02'];
    const years = [span('1968-01-01', '1968-12-31'), span('2003-01-01', '2003-12-31')];
    const axis = compressAxis([...years, ...days.map((d) => span(d))])!;
    expect(axis.segments.filter((s) => s.kind === 'break')).toHaveLength(2);
    for (const year of years) {
      const stretch = axis.segments.find((s) => s.kind === 'time' && s.start <= year.start && year.start < s.end)!;
      const share = (stretch.end - Math.max(stretch.start, year.start)) / axis.length;
      expect(share).toBeGreaterThan(0.07);
      expect(share).toBeLessThan(0.2);
    }
    // The months of the story keep most of the axis.
    expect(toAxis(axis, span('2021-05-03').start) - toAxis(axis, span('2021-02-03').start)).toBeGreaterThan(0.5 * axis.length);
  });

  it('counts a span of a few days whole: only coarse dates (a month or longer) are counted short', () => {
    const axis = compressAxis([span('2001-06-04', '2001-06-10'), span('2019-04-05'), span('2019-04-06')])!;
    expect(axis.segments[1]).toMatchObject({ kind: 'break', start: span('2001-06-11').start });
  });

  it('cuts no break through a year a card stands for: "2007" and "2008" side by side stay to scale', () => {
    expect(breaks([span('2007-01-01', '2007-12-31'), span('2008-01-01', '2008-12-31')])).toEqual([]);
    // A year and a day a few months after it: the year fills most of the gap, too little is empty to cut.
    expect(breaks([span('2007-01-01', '2007-12-31'), span('2008-02-10')])).toEqual([]);
  });

  it('cuts two long gaps together, where each alone keeps the other to scale', () => {
    // Judged one at a time, 39 years were no more than twice the 25 left, 23 years no more than twice the
    // 41 left: 63 years drawn to scale, every card of the last days in one column.
    const days = ['2024-03-12', '2025-09-16', '2025-09-17', '2025-09-17'];
    const axis = compressAxis([span('1962-01-01', '1962-12-31'), span('2001-01-01', '2001-12-31'), ...days.map((d) => span(d))])!;
    expect(axis.segments.filter((s) => s.kind === 'break').length).toBeGreaterThanOrEqual(2);
    // The last days are drawn beside the two years (each counted as a share of them), not as a sliver
    // of six decades: to scale they had been 0.01 % of the axis.
    expect(toAxis(axis, span('2025-09-18').start) - toAxis(axis, span('2024-03-12').start)).toBeGreaterThan(0.05 * axis.length);
  });

  it('cuts every long gap when the time left holds a cluster of days, however short', () => {
    // A bus built in 2010, a crash on the same road in 2019, its inspection in September and three
    // days of this crash: the two gaps are alike (neither twice the other) and the time left is under
    // a break's minimum, yet it is the story's days that must not be crushed into one column.
    const days = ['2025-11-19', '2025-11-20', '2025-11-21'];
    const items = [span('2010-01-01', '2010-12-31'), span('2019-01-01', '2019-12-31'), span('2025-09-01', '2025-09-30'), ...days.map((d) => span(d))];
    const axis = compressAxis(items)!;
    expect(axis.segments.filter((s) => s.kind === 'break').length).toBe(2);
    expect(toAxis(axis, span('2025-11-22').start) - toAxis(axis, span('2025-11-19').start)).toBeGreaterThan(0.01 * axis.length);
    // Years alone, a card each, stay to scale (below).
  });

  it('keeps every gap when events are spread evenly', () => {
    expect(breaks([span('2010-01-01', '2010-12-31'), span('2012-01-01', '2012-12-31'), span('2014-01-01', '2014-12-31')])).toEqual([]);
  });

  it('keeps a gap shorter than the minimum however little happens around it', () => {
    const days = DEFAULT_BREAK_RULE.minBreakDays - 1;
    expect(breaks([span('2014-01-01'), { start: span('2014-01-02').start + days * DAY_MS, end: span('2014-01-02').start + (days + 1) * DAY_MS }])).toEqual([]);
  });

  it('cuts a gap that dwarfs the days around it even when it is under two years', () => {
    expect(breaks([span('2013-01-05'), span('2014-09-20'), span('2014-09-24')])).toHaveLength(1);
  });

  it('merges overlapping items, pads both ends and handles one item or none', () => {
    const axis = compressAxis([span('2014-09-24'), span('2014-09-01', '2014-09-30')])!;
    expect(axis.segments).toHaveLength(1);
    expect(axis.segments[0]!.start).toBeLessThan(span('2014-09-01').start);
    expect(axis.segments[0]!.end).toBeGreaterThan(span('2014-09-30').end);
    expect(compressAxis([span('2014-09-24')])!.length).toBeGreaterThan(DAY_MS);
    expect(compressAxis([])).toBeNull();
  });

  it('toAxis and fromAxis are inverses, inside time, inside a break and beyond the ends', () => {
    const axis = compressAxis([span('1979-06-01'), span('2014-09-24')])!;
    for (const ms of [
      span('1979-06-01').start,
      span('1999-03-03').start,
      span('2014-09-24').start + 3_600_000,
      span('2020-01-01').start,
      span('1970-01-01').start,
    ]) {
      expect(fromAxis(axis, toAxis(axis, ms))).toBeCloseTo(ms, -1);
    }
    // Monotone across the break.
    expect(toAxis(axis, span('1990-01-01').start)).toBeLessThan(toAxis(axis, span('2000-01-01').start));
  });

  it('rejects days that are not on the calendar', () => {
    expect(dayInterval('2014-02-30', '2014-03-01')).toBeNull();
  });
});
