import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../time/tag.ts';
import { buildTimeline, buildTimelineResult } from './build-timeline.ts';
import { report } from './testing/fakes.ts';

/** Runs with the real tagger and name finder; skipped only while the tagger is still a stub. */
const taggerIsStub = tagTimexes('They met on 24 September 2014.', '2014-09-24').length === 0;

describe('buildTimeline with the real tagger and name finder', () => {
  it.skipIf(taggerIsStub)('merges one meeting and one revolution told by two reports, dated against publication', () => {
    const a = report('a', '2014-09-24', [
      'British Prime Minister David Cameron will meet Iranian President Hassan Rouhani on 24 September 2014 in New York.',
      "It will be the first meeting between leaders of the two nations since Iran's 1979 Islamic revolution.",
    ]);
    const b = report('b', '2014-09-24', [
      'David Cameron held talks with Hassan Rouhani on Wednesday at the United Nations.',
      'It was the first meeting between a British prime minister and Iranian president since the 1979 Islamic revolution.',
      'Some 35 years have passed.',
    ]);
    const events = buildTimeline([a, b], []);
    const byDate = new Map(events.map((e) => [e.date, e]));

    expect(byDate.get('1979')?.mentions.map((m) => `${m.report}/${m.sentence}`)).toEqual(['a/s2', 'b/s2']);
    const meeting = byDate.get('2014-09-24');
    expect(meeting?.mentions.map((m) => `${m.report}/${m.sentence}`)).toEqual(['a/s1', 'b/s1']);
    expect(meeting?.mentions[1]?.inferredFrom).toBe('2014-09-24');
    expect(meeting?.actors).toEqual(expect.arrayContaining(['David Cameron', 'Hassan Rouhani']));
    expect(events.every((e) => !e.date.startsWith('P'))).toBe(true);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
  });

  it.skipIf(taggerIsStub)('keeps what an undated report says on Monday and later this year, unplaced', () => {
    const undated = report('takeover', null, [
      'Example Corp agreed on Monday to buy its rival, and the deal is expected to close later this year.',
      'The two firms first discussed a merger in 2016.',
    ]);
    const { events, unplaced } = buildTimelineResult([undated], []);
    expect(events.map((e) => e.date)).toEqual(['2016']);
    expect(unplaced.map((u) => [u.report, u.sentence, u.text, u.value])).toEqual([
      ['takeover', 's1', 'Monday', 'XXXX-WXX-1'],
      ['takeover', 's1', 'later this year', 'XXXX'],
    ]);
  });
});
