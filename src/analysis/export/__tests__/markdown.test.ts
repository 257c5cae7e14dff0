import { describe, expect, it } from 'vitest';
import { escapeMd, toMarkdown } from '../markdown.ts';
import { COMPARISON, REPORTS } from './fixture.ts';
import { undatedClaims } from '../../timeline/undated-claims.ts';

describe('toMarkdown', () => {
  const md = toMarkdown(REPORTS, COMPARISON);

  it('lists facts with every report’s wording', () => {
    expect(md).toContain(
      '## Shared facts (1)\n\n- **[F1]** link score 0.81\n  - A (China Daily) s1: Cameron will meet Rouhani in New York.\n  - B (AFP) s1: Cameron met Rouhani on Wednesday in New York.',
    );
    expect(md).toContain('- **[C1]** link score 0.60 — differs in number: 1979 vs 35');
  });

  it('marks shared sentences in each report’s text and lists the unique ones', () => {
    expect(md).toContain(
      '## A: Cameron seeks Iran\'s help\n\n_China Daily · 2014-09-24_\n\nCameron will meet Rouhani in New York. [F1] It is the first meeting since 1979. [C1]\n\nTalks cost =SUM(A1:A9), "quoted", and more.',
    );
    expect(md).toContain('### Only in A (1)\n\n- s3: Talks cost =SUM(A1:A9), "quoted", and more.');
    expect(md).toContain('### Only in B (0)\n\n_Every sentence is shared with another report._');
  });

  it('ends with the timeline', () => {
    expect(md).toContain('## Timeline (4)\n\n- **1979**: Islamic revolution, first meeting since (A s2 “1979”)');
    expect(md).toContain('- **24 Sep 2014**: Cameron meets Rouhani; talks, in New York (A s1 “within the next two days”, B s1 “Wednesday”)');
  });

  it('says a decade or a week as the Timeline tab does, not as TimeML writes it', () => {
    const [first] = COMPARISON.timeline;
    const timeline = [
      { ...first!, date: '198' },
      { ...first!, date: '2014-W39' },
    ];
    const out = toMarkdown(REPORTS, { ...COMPARISON, timeline });
    expect(out).toContain('- **1980s**: ');
    expect(out).toContain('- **22–28 Sep 2014**: ');
  });

  it('says when the reports tell one event at different clock times', () => {
    const [first, second] = COMPARISON.timeline;
    const clocksDiffer = [
      { report: 'cd', sentence: 's1', text: '9:42 a.m.', start: 0, end: 9 },
      { report: 'afp', sentence: 's1', text: '10.15am', start: 0, end: 7 },
    ];
    const out = toMarkdown(REPORTS, { ...COMPARISON, timeline: [first!, { ...second!, clocksDiffer }] });
    expect(out).toContain('B s1 “Wednesday”). ≠ Times differ: “9:42 a.m.” (A), “10.15am” (B)');
    expect(out).toContain('(A s2 “1979”)\n');
  });

  it('says which dates were inferred and what the timeline could not place', () => {
    const inferred = REPORTS.map((r, i) => (i === 1 ? { ...r, published: null, publishedFrom: null } : { ...r, publishedFrom: 'inferred' as const }));
    const unplaced = [
      {
        report: 'afp',
        sentence: 's1',
        sentenceText: 'Cameron met Rouhani on Wednesday in New York.',
        text: 'Wednesday',
        start: 23,
        end: 32,
        value: 'XXXX-WXX-3',
        label: 'Cameron met Rouhani on Wednesday',
      },
    ];
    const out = toMarkdown(inferred, { ...COMPARISON, undated: undatedClaims(unplaced) });
    expect(out).toContain("- **A**: Cameron seeks Iran's help — China Daily · 2014-09-24 (inferred) · cd.txt");
    expect(out).toContain(
      '### Not placed (1)\n\n_No publication date for B: set one to place these._\n\n- B s1 “Wednesday”: Cameron met Rouhani on Wednesday\n',
    );
    expect(md).not.toContain('Not placed');
  });

  it('lists and counts what it could not place by claim, as the Timeline tab does', () => {
    const undatedB = REPORTS.map((r, i) => (i === 1 ? { ...r, published: null, publishedFrom: null } : r));
    const fire = 'The fire broke out at 8.49pm on Friday night.';
    const at = (text: string) => ({ text, start: fire.indexOf(text), end: fire.indexOf(text) + text.length });
    const label = 'The fire broke out';
    const unplaced = [
      { report: 'afp', sentence: 's2', sentenceText: fire, ...at('8.49pm'), value: 'XXXX-XX-XXT20:49', label },
      { report: 'afp', sentence: 's2', sentenceText: fire, ...at('Friday night'), value: 'XXXX-WXX-5TNI', label },
    ];
    const out = toMarkdown(undatedB, { ...COMPARISON, undated: undatedClaims(unplaced) });
    expect(out).toContain('### Not placed (1)\n');
    expect(out).toContain('- B s2 “8.49pm”, “Friday night”: The fire broke out\n');
  });

  it('escapes report text so it cannot become markup', () => {
    expect(escapeMd('<script>*x* [F1] # _y_')).toBe('\\<script\\>\\*x\\* \\[F1\\] \\# \\_y\\_');
    expect(escapeMd('1. not a list')).toBe('1\\. not a list');
    expect(escapeMd('- not a list')).toBe('\\- not a list');
  });

  it('lets no report text open a block: fences, indented code, list markers, rules, line breaks', () => {
    expect(escapeMd('~~~ not a fence')).toBe('\\~\\~\\~ not a fence');
    expect(escapeMd('```js')).toBe('\\`\\`\\`js');
    expect(escapeMd('    indented')).toBe('indented');
    expect(escapeMd('2) second')).toBe('2\\) second');
    expect(escapeMd('2019. A year')).toBe('2019\\. A year');
    expect(escapeMd('---')).toBe('\\---');
    expect(escapeMd('=== title')).toBe('\\=== title');
    expect(escapeMd('+1 vote')).toBe('\\+1 vote');
    expect(escapeMd('one\n# two\r\n  ~~~')).toBe('one \\# two \\~\\~\\~');
    expect(escapeMd('AT&T &copy;')).toBe('AT\\&T \\&copy;');
  });

  it('keeps a paragraph that starts with a fence from swallowing the rest of the export', () => {
    const reports = REPORTS.map((r, i) => (i === 0 ? { ...r, paragraphs: ['~~~', '```'] } : r));
    const comparison = {
      ...COMPARISON,
      reports: COMPARISON.reports.map((r, i) =>
        i === 0
          ? {
              ...r,
              sentences: [
                { id: 's1', text: '~~~ Cameron will meet Rouhani.', paragraph: 0, start: 0, end: 30 },
                { id: 's2', text: '```', paragraph: 1, start: 0, end: 3 },
              ],
            }
          : r,
      ),
    };
    const lines = toMarkdown(reports, comparison).split('\n');
    expect(lines).toContain('\\~\\~\\~ Cameron will meet Rouhani. [F1]');
    expect(lines).toContain('\\`\\`\\` [C1]');
    // No line of the document opens a fence or an indented code block.
    expect(lines.filter((l) => /^ {0,3}(`{3,}|~{3,})| {4}\S/.test(l))).toEqual([]);
  });
});
