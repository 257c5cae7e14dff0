import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFacts } from '../align/facts.ts';
import { parseReport } from '../report/parse-report.ts';
import { segmentReport } from '../text/segment-report.ts';
import { buildTimeline } from './build-timeline.ts';
import { report } from './testing/fakes.ts';

// The non-event rules and ranges as the timeline sees them, with the real tagger and name finder.
describe('timeline events: ranges, non-events', () => {
  it('gives an event on a range one card over the whole range', () => {
    const a = report('a', '2025-03-13', ['Expert witnesses will give evidence from April to June.', 'Judges will tour the plant on 2 and 3 April.']);
    const events = buildTimeline([a], []);
    expect(events.map((e) => `${e.date} ${e.start}…${e.end} ${e.granularity} "${e.mentions.map((m) => m.text).join('|')}"`)).toEqual([
      '2025-04/2025-06 2025-04-01…2025-06-30 month "April to June"',
      '2025-04-02/2025-04-03 2025-04-02…2025-04-03 day "2 and 3 April"',
    ]);
  });

  it('keeps descriptions, furniture and habits off the timeline, and the events beside them on it', () => {
    const a = report('a', '2025-03-13', [
      'The 1962 suspension bridge was closed on Tuesday after a lorry struck it.',
      'The ferry company, which still halts sailings on Christmas Day, added boats.',
      'Read more about the 2021 floods in the valley.',
      'If engineers had inspected it in January, the lane would have stayed open.',
      'The bridge carried traffic for 63 years.',
    ]);
    expect(buildTimeline([a], []).map((e) => `${e.date} ${e.mentions[0]!.text}`)).toEqual(['2025-03-11 Tuesday']);
  });
});

describe('bundled reports on the timeline', () => {
  const dir = join(import.meta.dirname, '../../../seeds');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const reports = files.map((f) => segmentReport(parseReport(readFileSync(join(dir, f), 'utf8'), { id: f.replace(/\.txt$/, ''), file: f })));
  const events = buildTimeline(reports, findFacts(reports));

  it('keeps 1979, June 2014 and 24 September 2014, and no span of years as an event', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual(expect.arrayContaining(['1979', '2014-06', '2014-09-24']));
    expect(events.flatMap((e) => e.mentions.map((m) => m.text)).filter((t) => /years?\b/.test(t) && !/last year/.test(t))).toEqual([]);
  });
});
