import { describe, expect, it } from 'vitest';
import { compressAxis, DAY_MS, dayInterval, toAxis } from './compressed-axis.ts';
import { axisTicks, describeRange } from './time-ticks.ts';

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
    expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
    expect(ticks.some((t) => t.label === '1979' || t.context === '1979')).toBe(true);
  });

  it('gives no ticks to a stretch too narrow for a label', () => {
    expect(axisTicks(axis, window(ms('2014-06-01'), ms('2014-10-01')), 50)).toEqual([]);
  });
});

describe('describeRange', () => {
  it('names the first and last visible day', () => expect(describeRange(ms('1979-01-01'), ms('2014-10-01'))).toBe('1 Jan 1979 – 30 Sep 2014'));
  it('adds hours once less than a few days show', () =>
    expect(describeRange(ms('2014-09-24') + 9 * 3_600_000, ms('2014-09-24') + 15 * 3_600_000)).toBe('24 Sep 2014 09:00 – 24 Sep 2014 15:00'));
  it('a week names its days only', () => expect(describeRange(ms('2014-09-20'), ms('2014-09-20') + 7 * DAY_MS)).toBe('20 Sep 2014 – 26 Sep 2014'));
});
