import { describe, expect, it } from 'vitest';
import { compressAxis, DAY_MS, dayInterval, DEFAULT_BREAK_RULE, toAxis } from './compressed-axis.ts';
import { axisTicks, describeRange, estimateTextWidth, type AxisTick } from './time-ticks.ts';

const ms = (day: string) => dayInterval(day, day)!.start;

describe('axisTicks: labelled ticks from years down to hours', () => {
  const axis = compressAxis([dayInterval('1979-01-01', '1979-12-31')!, dayInterval('2014-06-01', '2014-06-30')!, dayInterval('2014-09-24', '2014-09-24')!])!;
  const window = (from: number, to: number) => ({ start: toAxis(axis, from), end: toAxis(axis, to) });

  it('labels months across a few months, with the year where it is first shown', () => {
    const ticks = axisTicks(axis, window(ms('2014-06-01'), ms('2014-10-01')), 480);
    expect(ticks.map((t) => t.label)).toEqual(['Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
    expect(ticks[0]!.context).toBe('2014');
    expect(ticks[1]!.context).toBeNull();
  });

  it('labels days across a week, with the month where it changes', () => {
    const ticks = axisTicks(axis, window(ms('2014-09-20'), ms('2014-09-27')), 600);
    expect(ticks.map((t) => t.label)).toContain('24');
    expect(ticks[0]!.context).toBe('Sep 2014');
  });

  it('labels hours a few hours across', () => {
    const ticks = axisTicks(axis, window(ms('2014-09-24') + 9 * 3_600_000, ms('2014-09-24') + 15 * 3_600_000), 1000);
    expect(ticks.map((t) => t.label)).toContain('12:00');
    expect(ticks[0]!.context).toBe('Wed 24 Sep 2014');
  });

  it('puts no tick inside a break, and ticks in order from left to right', () => {
    const ticks = axisTicks(axis, { start: 0, end: axis.length }, 1440);
    const cut = axis.segments.find((s) => s.kind === 'break')!;
    expect(ticks.some((t) => t.ms > cut.start && t.ms < cut.end)).toBe(false);
    // Nor on its edge, where the label, drawn after its tick, would stand in the break.
    expect(ticks.some((t) => t.ms === cut.start)).toBe(false);
    expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
    // The year 1979 is counted as a few weeks of January there, labelled by its days ("Jan 1979").
    expect(ticks.some((t) => t.label === '1979' || (t.context ?? '').includes('1979'))).toBe(true);
  });

  it('gives no ticks to a stretch too narrow for a label', () => {
    // Four months in 30 px: no room for "Jul" over "2014" after its tick (in 50 px one would fit, and stay).
    expect(axisTicks(axis, window(ms('2014-06-01'), ms('2014-10-01')), 30)).toEqual([]);
    expect(axisTicks(axis, window(ms('2014-06-01'), ms('2014-10-01')), 50).map((t) => t.label)).toEqual(['Jul']);
  });
});

/** Each drawn label's extent in px, as the view draws it: 4 px after its tick, or 4 px before it. */
const extents = (ticks: AxisTick[], width = estimateTextWidth) =>
  ticks.flatMap((t) => {
    if (!t.side) return [];
    const w = Math.max(width(t.label), t.context ? width(t.context) : 0);
    const left = t.side === 'after' ? t.x + 4 : t.x - 4 - w;
    return [{ text: t.label, left, right: left + w }];
  });
const overlaps = (labels: ReturnType<typeof extents>) =>
  labels.flatMap((l, i) => (i > 0 && l.left < labels[i - 1]!.right + 1 ? [`${labels[i - 1]!.text} runs into ${l.text}`] : []));

describe('axisTicks: labels never overlap', () => {
  // A story from 1958 to 2025 (the 8ecbplus reports at 1024 px drew "20202025" where 2025 sat at the right edge).
  const story = compressAxis([
    dayInterval('1960-01-01', '1969-12-31')!,
    dayInterval('1980-01-01', '1989-12-31')!,
    dayInterval('2010-05-05', '2010-05-09')!,
    dayInterval('2025-01-01', '2025-01-01')!,
  ])!;

  it('leaves off a label at the right edge that would run into the one before, at any width', () => {
    for (let widthPx = 300; widthPx <= 1600; widthPx += 7) {
      const ticks = axisTicks(story, { start: 0, end: story.length }, widthPx);
      const labels = extents(ticks);
      expect(overlaps(labels), `at ${widthPx} px`).toEqual([]);
      expect(
        labels.every((l) => l.left >= 0 && l.right <= widthPx),
        `inside the window at ${widthPx} px`,
      ).toBe(true);
      expect(labels.length, `labels at ${widthPx} px`).toBeGreaterThan(1);
    }
  });

  it('takes a coarser step while the labels, as measured, do not fit', () => {
    const view = { start: 0, end: story.length };
    const years = (ticks: AxisTick[]) => ticks.filter((t) => t.side).map((t) => Number(t.label));
    const narrow = years(axisTicks(story, view, 990));
    const wide = years(axisTicks(story, view, 990, { textWidth: (text) => text.length * 20 }));
    expect(wide.length).toBeLessThan(narrow.length);
    expect(overlaps(extents(axisTicks(story, view, 990, { textWidth: (text) => text.length * 20 }), (text) => text.length * 20))).toEqual([]);
    // Still round years, a decade or more apart.
    expect(wide.every((year) => year % 10 === 0)).toBe(true);
  });

  it('passes the year of an unlabelled tick on to the next label', () => {
    // Spring 2014 and spring 2016 with a break between: the 2016 segment's first tick, "Mar 2016",
    // stands just after the 2014 segment's last label and is left unlabelled.
    // (Each spring counted as its first month, as the axis once counted coarse dates: the geometry this case needs.)
    const springs = compressAxis([dayInterval('2014-04-01', '2014-06-30')!, dayInterval('2016-03-01', '2016-05-31')!], {
      ...DEFAULT_BREAK_RULE,
      spanDays: 31,
      spanShare: 0,
    })!;
    const ticks = axisTicks(springs, { start: 0, end: springs.length }, 408);
    expect(overlaps(extents(ticks))).toEqual([]);
    const march = ticks.find((t) => t.label === 'Mar')!;
    expect(march.side).toBeNull();
    expect(ticks.find((t) => t.label === 'Apr' && t.ms > march.ms)).toMatchObject({ context: '2016', side: 'after' });
  });
});

describe('describeRange', () => {
  it('names the first and last visible day', () => expect(describeRange(ms('1979-01-01'), ms('2014-10-01'))).toBe('1 Jan 1979 – 30 Sep 2014'));
  it('adds hours once less than a few days show', () =>
    expect(describeRange(ms('2014-09-24') + 9 * 3_600_000, ms('2014-09-24') + 15 * 3_600_000)).toBe('24 Sep 2014 09:00 – 24 Sep 2014 15:00'));
  it('a week names its days only', () => expect(describeRange(ms('2014-09-20'), ms('2014-09-20') + 7 * DAY_MS)).toBe('20 Sep 2014 – 26 Sep 2014'));
});
