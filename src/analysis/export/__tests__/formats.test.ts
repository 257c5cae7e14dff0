import { describe, expect, it } from 'vitest';
import { toContractJson } from '../contract-json.ts';
import { EXPORT_FORMATS, exportComparison, exportFileName, isExportFormat } from '../formats.ts';
import { COMPARISON, REPORTS } from './fixture.ts';

describe('exportComparison', () => {
  it('json is the compare --json contract', () => {
    const json = JSON.parse(exportComparison('json', REPORTS, COMPARISON));
    expect(json).toEqual(JSON.parse(JSON.stringify(toContractJson(REPORTS, COMPARISON))));
    expect(json.reports[0]).toEqual({
      id: 'cd',
      file: 'cd.txt',
      title: "Cameron seeks Iran's help",
      source: 'China Daily',
      published: '2014-09-24',
      publishedFrom: 'stated',
      sentences: [
        { id: 's1', text: 'Cameron will meet Rouhani in New York.' },
        { id: 's2', text: 'It is the first meeting since 1979.' },
        { id: 's3', text: 'Talks cost =SUM(A1:A9), "quoted", and more.' },
      ],
      removed: ['Home / China'],
    });
    expect(json.reports[1].file).toBeNull();
    expect(json.facts[0]).toEqual({
      id: 'f1',
      kind: 'shared',
      mentions: [
        { report: 'cd', sentence: 's1' },
        { report: 'afp', sentence: 's1' },
      ],
      score: 0.8123,
    });
    expect(json.unplaced).toEqual([]);
    expect(json.timeline[1]).toEqual({
      id: 'e2',
      date: '2014-09-24',
      label: 'Cameron meets Rouhani; talks, in New York',
      mentions: [
        { report: 'cd', sentence: 's1', text: 'within the next two days' },
        { report: 'afp', sentence: 's1', text: 'Wednesday' },
      ],
    });
  });

  it('says when the reports tell one event at different clock times, as the Timeline tab does', () => {
    const [first, second, ...rest] = COMPARISON.timeline;
    const clocksDiffer = [
      { report: 'cd', sentence: 's1', text: '9:42 a.m.', start: 0, end: 9 },
      { report: 'afp', sentence: 's1', text: '10.15am', start: 0, end: 7 },
    ];
    const json = toContractJson(REPORTS, { ...COMPARISON, timeline: [first!, { ...second!, clocksDiffer }, ...rest] });
    expect(json.timeline[1]!.clocksDiffer).toEqual([
      { report: 'cd', sentence: 's1', text: '9:42 a.m.' },
      { report: 'afp', sentence: 's1', text: '10.15am' },
    ]);
    expect(json.timeline[0]).not.toHaveProperty('clocksDiffer');
  });

  it('produces every format', () => {
    for (const format of Object.keys(EXPORT_FORMATS)) {
      expect(isExportFormat(format)).toBe(true);
      if (isExportFormat(format)) expect(exportComparison(format, REPORTS, COMPARISON, { now: new Date(0) }).length).toBeGreaterThan(20);
    }
    expect(isExportFormat('pdf')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });

  it('names files after the first title', () => {
    expect(exportFileName('csv', REPORTS)).toBe('cameron-seeks-irans-help.facts.csv');
    expect(exportFileName('ics', [])).toBe('comparison.ics');
  });
});
