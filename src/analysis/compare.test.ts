import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReports } from './compare.ts';
import { parseReport } from './report/parse-report.ts';

const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        'The',
        'minister',
        'said',
        'on',
        'Monday',
        '12',
        'U.S.',
        'Mr.',
        '…',
        '“',
        '”',
        '\n\n',
        '9/11',
        'May',
        '1979',
        '.',
        ',',
        '😀',
        '\u200b',
        '\u0000',
      ),
      { maxLength: 120 },
    )
    .map((w) => w.join(' ')),
);

describe('compareReports (whole pipeline)', () => {
  it('never throws and returns well-formed results for arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 0, maxLength: 4 }), (texts) => {
        const reports = texts.map((t, i) => parseReport(t, { id: `r${i}` }));
        const result = compareReports(reports);
        expect(result.reports.map((r) => r.id)).toEqual(reports.map((r) => r.id));
        const sentenceIds = new Map(result.reports.map((r) => [r.id, new Set(r.sentences.map((s) => s.id))]));
        for (const fact of result.facts) {
          expect(['shared', 'conflict']).toContain(fact.kind);
          for (const m of fact.mentions) expect(sentenceIds.get(m.report)?.has(m.sentence)).toBe(true);
        }
        for (const event of result.timeline) {
          expect(event.date).toMatch(/^\d/);
          for (const m of event.mentions) expect(sentenceIds.get(m.report)?.has(m.sentence)).toBe(true);
        }
        for (const u of result.undated.flatMap((c) => c.mentions)) {
          expect(result.reports.find((r) => r.id === u.report)?.published).toBeNull();
          expect(sentenceIds.get(u.report)?.has(u.sentence)).toBe(true);
          expect(u.sentenceText.slice(u.start, u.end)).toBe(u.text);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("reads a sentence's all-number date as its report writes dates: a British report's '3/6/2025' is 3 June", () => {
    const british = parseReport(
      [
        'Altmore agrees £4.2bn takeover',
        '',
        'Mr Hale said the offer was worth 420p a share, a premium of 38 per cent.',
        '',
        'The deal is expected to complete by 3/6/2025.',
      ].join('\n'),
      { id: 'uk' },
    );
    const american = parseReport(
      ['Vesta to buy Altmore', '', 'Mr. Hale said the program would go ahead.', '', 'The deal is slated to close on 6/3/2025.'].join('\n'),
      { id: 'us' },
    );
    const { timeline } = compareReports([
      { ...british, published: '2025-05-08' },
      { ...american, published: '2025-05-08' },
    ]);
    expect(timeline.map((e) => [e.date, e.mentions.map((m) => m.report).join(',')])).toEqual([['2025-06-03', 'uk,us']]);
  });
  it('handles two identical reports: every sentence is shared, nothing conflicts', () => {
    const body = 'Officials said 12 people were killed when the bridge collapsed on Monday.\n\nRescue teams arrived from the capital on Tuesday morning.';
    const a = parseReport(`Bridge collapses\n\n${body}`, { id: 'a' });
    const b = parseReport(`Bridge collapses\n\n${body}`, { id: 'b' });
    const result = compareReports([a, b]);
    expect(result.facts.filter((f) => f.kind === 'conflict')).toEqual([]);
    const linked = new Set(result.facts.flatMap((f) => f.mentions.map((m) => `${m.report}/${m.sentence}`)));
    for (const r of result.reports) for (const s of r.sentences) expect(linked.has(`${r.id}/${s.id}`)).toBe(true);
  });
});
