import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../align/types.ts';
import type { NameMention } from '../text/names.ts';
import type { Timex } from '../time/types.ts';
import { axisRows } from './axis.ts';
import { buildTimeline } from './build-timeline.ts';
import { filterEvents } from './filter-events.ts';
import { eventTitle, LABEL_MAX } from './label.ts';
import { report } from './testing/fakes.ts';

const value = fc.oneof(
  fc.constantFrom('2014-09-24', '2014-06', '1979', '2014-W39', 'P35Y', 'PRESENT_REF', 'XXXX-06', '2014-02-30', '199', '2014-09-24TMO', ''),
  fc.string({ maxLength: 12 }),
);
const timex = fc.record({
  start: fc.integer({ min: -5, max: 80 }),
  end: fc.integer({ min: -5, max: 80 }),
  text: fc.string({ maxLength: 10 }),
  type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET'),
  value,
  source: fc.string({ maxLength: 5 }),
}) as fc.Arbitrary<Timex>;
const name = fc.record({
  start: fc.nat(50),
  end: fc.nat(50),
  text: fc.string({ maxLength: 12 }),
  key: fc.constantFrom('a', 'b', 'c', ''),
  kind: fc.constantFrom('person', 'place', 'organisation', 'other'),
}) as fc.Arbitrary<NameMention>;
// Report ids are unique within a comparison (the CLI and the app both guarantee it).
const reports = fc.uniqueArray(
  fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.option(fc.constantFrom('2014-09-24', 'bad')), fc.array(fc.string({ maxLength: 80 }), { maxLength: 6 })),
  { maxLength: 3, selector: ([id]) => id },
);
const facts = fc.array(
  fc.record({
    id: fc.constantFrom('f1', 'f2'),
    kind: fc.constantFrom('shared', 'conflict'),
    mentions: fc.array(fc.record({ report: fc.constantFrom('a', 'b', 'c'), sentence: fc.constantFrom('s1', 's2', 's3') })),
    score: fc.double(),
    reasons: fc.constant([]),
    differences: fc.constant([]),
  }),
  { maxLength: 3 },
) as fc.Arbitrary<Fact[]>;

describe('buildTimeline on arbitrary input', () => {
  it('never throws, and returns sorted events with ids e1… that point at real sentences', () => {
    fc.assert(
      fc.property(reports, facts, fc.array(timex, { maxLength: 5 }), fc.array(name, { maxLength: 4 }), (raw, factList, timexes, names) => {
        const segmented = raw.map(([id, published, sentences]) => report(id, published, sentences));
        const events = buildTimeline(segmented, factList, { tag: () => timexes, names: () => names });
        events.forEach((e, i) => {
          expect(e.id).toBe(`e${i + 1}`);
          expect(e.mentions.length).toBeGreaterThan(0);
          if (i > 0) expect(events[i - 1]!.start! <= e.start!).toBe(true);
          for (const m of e.mentions) {
            const sentence = segmented.find((r) => r.id === m.report)?.sentences.find((s) => s.id === m.sentence);
            expect(sentence?.text.slice(m.start, m.end)).toBe(m.text);
          }
        });
        expect(() =>
          axisRows(
            events,
            segmented.map((r) => ({ report: r.id, date: r.published })),
          ),
        ).not.toThrow();
        expect(() => filterEvents(events, { sharedOnly: true, text: 'a', from: '2014', to: 'x' })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('titles never throw and stay within the cap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: -10, max: 310 }), fc.integer({ min: -10, max: 310 }), (text, a, b) => {
        const label = eventTitle(text, Math.min(a, b), Math.max(a, b), undefined, [
          { start: b, end: a },
          { start: 0, end: 3 },
        ]);
        // Upper-casing the first letter may lengthen it ("ß" → "SS").
        expect(label.length).toBeLessThanOrEqual(LABEL_MAX + 2);
      }),
      { numRuns: 500 },
    );
  });
});
