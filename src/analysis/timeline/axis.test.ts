import { describe, expect, it } from 'vitest';
import { axisRows, DEFAULT_AXIS_SCALE, gapPx } from './axis.ts';
import { compressAxis, DAY_MS, dayInterval } from './compressed-axis.ts';
import { formatGap } from './format-date.ts';
import { event } from './testing/events.ts';

const events = [
  event('e1', '1979', 'Revolution', ['a']),
  event('e2', '2014-06', 'Embassy', ['a']),
  event('e3', '2014-09-24', 'Meeting', ['a', 'b']),
  event('e4', '2014-09-26', 'Vote', ['b']),
];

describe('axisRows: events spaced by time, with the reports\u2019 "now"', () => {
  it('interleaves one publication row after the events that start on or before it', () => {
    const rows = axisRows(events, [
      { report: 'a', date: '2014-09-24' },
      { report: 'b', date: '2014-09-24' },
    ]);
    expect(rows.map((r) => (r.kind === 'event' ? r.event.id : `now(${r.reports.join(',')})`))).toEqual(['e1', 'e2', 'e3', 'now(a,b)', 'e4']);
  });

  it('gives separate rows to different publication days and skips unknown ones', () => {
    const rows = axisRows(events, [
      { report: 'a', date: '2014-09-23' },
      { report: 'b', date: '2014-09-25' },
      { report: 'c', date: null },
    ]);
    expect(rows.filter((r) => r.kind === 'now').map((r) => r.day)).toEqual(['2014-09-23', '2014-09-25']);
  });

  it('marks long gaps in words and grows gaps with the log of the days', () => {
    const rows = axisRows(events, []);
    // Counted from the end of what the rows before cover: 1979 ends with the year, June with the month.
    expect(rows.map((r) => r.gapLabel)).toEqual([null, '— 34 years —', '— 3 months —', null]);
    expect(rows[0]!.gapPx).toBe(0);
    expect(rows[1]!.gapPx).toBeGreaterThan(rows[2]!.gapPx);
    expect(rows[2]!.gapPx).toBeGreaterThan(rows[3]!.gapPx);
  });

  it('names a gap as the full timeline’s break names it', () => {
    const two = [event('e1', '1979', 'Revolution', ['a']), event('e2', '2013-06-14', 'Election', ['a'])];
    const [, after] = axisRows(two, []);
    const cut = compressAxis([dayInterval('1979-01-01', '1979-12-31')!, dayInterval('2013-06-14', '2013-06-14')!])!.segments.find((s) => s.kind === 'break');
    expect(cut).toBeDefined();
    expect(after!.gapLabel).toBe(`— ${formatGap(Math.round(cut!.kind === 'break' ? cut!.empty / DAY_MS : 0))} —`);
    expect(after!.gapLabel).toBe('— 33 years —');
  });

  it('marks no gap after a span that reaches the next row', () => {
    const rows = axisRows([event('e1', '2013', 'Year', ['a']), event('e2', '2013-12-20', 'Day', ['a'])], []);
    expect(rows[1]!.gapLabel).toBeNull();
  });

  it('keeps gaps within bounds', () => {
    expect(gapPx(0)).toBe(DEFAULT_AXIS_SCALE.minGapPx);
    expect(gapPx(10_000_000)).toBe(DEFAULT_AXIS_SCALE.maxGapPx);
    expect(gapPx(Number.NaN)).toBe(DEFAULT_AXIS_SCALE.minGapPx);
  });
});
