import { describe, expect, it } from 'vitest';
import type { Fact } from '../../analysis/align/types.ts';
import { event } from '../../analysis/timeline/testing/events.ts';
import { factLabels } from '../../analysis/align/format.ts';
import { buildSentenceMarks, claimRange, markKey, splitSentence, type TextRun } from './sentence-marks.ts';

const fact = (id: string, mentions: Fact['mentions'], kind: Fact['kind'] = 'shared', differences: string[] = []): Fact => ({
  id,
  kind,
  mentions,
  score: 0.9,
  reasons: [],
  differences,
});

/**
 * The runs as `text[claims]` strings, highlighted pieces in `<…>`, strong differences in `**…**`
 * and weak ones in `_…_`, for readable expectations.
 */
const show = (text: string, runs: TextRun[]) =>
  runs.map((run) => {
    const inner = run.pieces
      .map((p) => {
        const part = text.slice(p.start, p.end);
        const word = p.diff === 'strong' ? `**${part}**` : p.diff === 'weak' ? `_${part}_` : part;
        return p.highlight ? `<${word}>` : word;
      })
      .join('');
    return run.claims.length ? `[${run.claims.join(' ')}: ${inner}]` : inner;
  });

describe('buildSentenceMarks', () => {
  it("draws a conflict's wording that holds none of its differences as agreeing, under the conflict's label", () => {
    const conflict = fact(
      'f1',
      [
        { report: 'a', sentence: 's1', undisputed: true },
        { report: 'b', sentence: 's1' },
        { report: 'c', sentence: 's1' },
      ],
      'conflict',
      ['number: three vs four'],
    );
    const marks = buildSentenceMarks([conflict], []);
    const [a, b] = [marks.get(markKey('a', 's1'))!.facts[0]!, marks.get(markKey('b', 's1'))!.facts[0]!];
    expect([a.kind, a.undisputed, a.label]).toEqual(['shared', true, 'C1']);
    expect([b.kind, b.undisputed, b.label]).toEqual(['conflict', undefined, 'C1']);
  });

  const facts = [
    fact('f1', [
      { report: 'a', sentence: 's1', span: [83, 149] },
      { report: 'b', sentence: 's2' },
    ]),
    fact(
      'f2',
      [
        { report: 'a', sentence: 's1', span: [0, 81] },
        { report: 'b', sentence: 's1' },
        { report: 'c', sentence: 's4', span: [10, 40] },
      ],
      'conflict',
      ['number: 220 vs 200'],
    ),
  ];

  it('labels facts in order and carries the span of this sentence’s mention, not a partner’s', () => {
    const marks = buildSentenceMarks(facts, []);
    expect(marks.get(markKey('a', 's1'))!.facts).toEqual([
      { id: 'f1', label: '1', kind: 'shared', differences: [], partners: [{ report: 'b', sentence: 's2' }], span: [83, 149] },
      {
        id: 'f2',
        label: 'C1',
        kind: 'conflict',
        differences: ['number: 220 vs 200'],
        partners: [
          { report: 'b', sentence: 's1' },
          { report: 'c', sentence: 's4' },
        ],
        span: [0, 81],
      },
    ]);
    expect(marks.get(markKey('c', 's4'))!.facts[0]!.span).toEqual([10, 40]);
  });

  it('gives a sentence no fact holds its closest wordings, one per other report', () => {
    const related = [
      { report: 'a', sentence: 's2', partner: { report: 'b', sentence: 's4' }, score: 0.4 },
      { report: 'a', sentence: 's2', partner: { report: 'c', sentence: 's1' }, score: 0.38 },
    ];
    const marks = buildSentenceMarks([], [], undefined, related);
    expect(marks.get(markKey('a', 's2'))).toEqual({
      facts: [],
      events: [],
      related: [
        { report: 'b', sentence: 's4' },
        { report: 'c', sentence: 's1' },
      ],
    });
    expect(marks.get(markKey('b', 's4'))).toBeUndefined();
  });

  it('leaves the span out when the whole sentence is the fact', () => {
    const marks = buildSentenceMarks(facts, []);
    expect(marks.get(markKey('b', 's2'))!.facts[0]).not.toHaveProperty('span');
    expect(marks.get(markKey('b', 's1'))!.facts[0]).not.toHaveProperty('span');
  });

  it('does not share the span array with the analysis result', () => {
    const marks = buildSentenceMarks(facts, []);
    expect(marks.get(markKey('a', 's1'))!.facts[0]!.span).not.toBe(facts[0]!.mentions[0]!.span);
  });

  it('marks, per mention, the facts whose partners are all in reports no pane shows', () => {
    // Panes show a and c; b is compared but hidden. f1 (a–b) has no partner on screen, f2 (a–b–c) does.
    const marks = buildSentenceMarks(facts, [], new Set(['a', 'c']));
    expect(marks.get(markKey('a', 's1'))!.facts.map((f) => [f.id, f.elsewhere])).toEqual([
      ['f1', ['b']],
      ['f2', undefined],
    ]);
    expect(marks.get(markKey('c', 's4'))!.facts[0]).not.toHaveProperty('elsewhere');
    expect(buildSentenceMarks(facts, []).get(markKey('a', 's1'))!.facts[0]).not.toHaveProperty('elsewhere');
  });

  it('indexes events once per sentence beside the facts', () => {
    const e = event('e1', '2014-09-24', 'Talks held', ['a', 'b']);
    const marks = buildSentenceMarks(facts, [e, { ...e, id: 'e2' }, e]);
    const both = [
      { id: 'e1', date: '2014-09-24', written: '2014-09-24' },
      { id: 'e2', date: '2014-09-24', written: '2014-09-24' },
    ];
    expect(marks.get(markKey('a', 's1'))!.events).toEqual(both);
    expect(marks.get(markKey('b', 's2'))).toEqual({ facts: [expect.objectContaining({ id: 'f1' })], events: both });
  });
});

describe('factLabels', () => {
  it('numbers shared facts 1, 2, 3… and conflicts apart as C1, C2…, each in fact order', () => {
    const kinds = ['shared', 'conflict', 'shared', 'shared', 'conflict'] as const;
    const labels = factLabels(kinds.map((kind, i) => ({ id: `f${i + 1}`, kind })));
    expect([...labels]).toEqual([
      ['f1', '1'],
      ['f2', 'C1'],
      ['f3', '2'],
      ['f4', '3'],
      ['f5', 'C2'],
    ]);
  });

  it('gives every sentence of a fact the same label', () => {
    const marks = buildSentenceMarks(
      [
        fact(
          'f1',
          [
            { report: 'a', sentence: 's1' },
            { report: 'b', sentence: 's2' },
          ],
          'conflict',
        ),
        fact('f2', [
          { report: 'a', sentence: 's2' },
          { report: 'b', sentence: 's1' },
          { report: 'c', sentence: 's4' },
        ]),
      ],
      [],
    );
    expect(['a s1', 'b s2', 'a s2', 'b s1', 'c s4'].map((k) => marks.get(markKey(...(k.split(' ') as [string, string])))!.facts[0]!.label)).toEqual([
      'C1',
      'C1',
      '1',
      '1',
      '1',
    ]);
  });
});

describe('claimRange', () => {
  // Twenty characters, four words: "aaaa" at 0, "bbbb" at 5, "cccc" at 10, "dddd" at 15.
  const four = 'aaaa bbbb cccc dddd.';
  it('keeps a proper part of the sentence and clamps to its length', () => {
    expect(claimRange({ span: [4, 9] }, four)).toEqual([4, 9]);
    expect(claimRange({ span: [12, 40] }, four)).toEqual([12, 20]);
  });

  it('draws no claim for no span, an empty span or one covering the whole sentence', () => {
    expect(claimRange({}, four)).toBeUndefined();
    expect(claimRange({ span: [5, 5] }, four)).toBeUndefined();
    expect(claimRange({ span: [9, 4] }, four)).toBeUndefined();
    expect(claimRange({ span: [0, 20] }, four)).toBeUndefined();
    expect(claimRange({ span: [0, 19] }, four)).toBeUndefined();
    expect(claimRange({ span: [30, 40] }, four)).toBeUndefined();
  });

  it('draws a claim only when it leaves out at least a quarter of the sentence’s words', () => {
    const sentence =
      'Caldera Appliances is recalling about 860,000 pressure cookers because the lid can open while the contents are still under pressure, the safety commission said Thursday.';
    const part = (claim: string) => claimRange({ span: [sentence.indexOf(claim), sentence.indexOf(claim) + claim.length] }, sentence);
    // All but "the safety commission said Thursday" (5 of 26 words): nearly the whole sentence, not a part of it.
    expect(
      part('Caldera Appliances is recalling about 860,000 pressure cookers because the lid can open while the contents are still under pressure'),
    ).toBeUndefined();
    // The recall without its reason (9 of 26 words) is a part.
    expect(part('Caldera Appliances is recalling about 860,000 pressure cookers')).toBeDefined();
    // All but a wire dateline (3 of 19 words) is the whole of what the sentence says.
    const filed = 'OSLO (Nordic Wire) - A fire on the ferry Nordlys forced 300 passengers into lifeboats on Friday, police said.';
    const claim = 'A fire on the ferry Nordlys forced 300 passengers into lifeboats on Friday, police said';
    expect(claimRange({ span: [filed.indexOf(claim), filed.indexOf(claim) + claim.length] }, filed)).toBeUndefined();
  });
});

describe('splitSentence', () => {
  const text = 'Some 220 firefighters were sent on Tuesday night, and it took them nine hours to put out the fire.';
  const claimStart = text.indexOf('and it took');
  const claimEnd = text.indexOf('.', claimStart);
  const tuesday = { start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 'Tuesday night'.length };

  const covers = (runs: TextRun[]) => {
    // The runs and their pieces tile the sentence exactly: nothing added or lost.
    expect(runs.map((r) => r.pieces.map((p) => text.slice(p.start, p.end)).join('')).join('')).toBe(text);
    for (const r of runs) expect([r.pieces[0]!.start, r.pieces.at(-1)!.end]).toEqual([r.start, r.end]);
  };

  it('is one plain run without claims or highlight', () => {
    const runs = splitSentence(text, [{ id: 'f1' }], null);
    expect(show(text, runs)).toEqual([text]);
  });

  it('wraps the claim in its own run, the rest stays plain', () => {
    const runs = splitSentence(text, [{ id: 'f1', span: [claimStart, claimEnd] }], null);
    covers(runs);
    expect(show(text, runs)).toEqual(['Some 220 firefighters were sent on Tuesday night, ', '[f1: and it took them nine hours to put out the fire]', '.']);
  });

  it('marks the time highlight inside the rest of the sentence', () => {
    const runs = splitSentence(text, [{ id: 'f1', span: [claimStart, claimEnd] }], tuesday);
    covers(runs);
    expect(show(text, runs)).toEqual(['Some 220 firefighters were sent on <Tuesday night>, ', '[f1: and it took them nine hours to put out the fire]', '.']);
  });

  it('cuts a highlight that overlaps the claim’s edge at the claim boundary, keeping the claim in one run', () => {
    const overlap = { start: tuesday.start, end: text.indexOf(' them') };
    const runs = splitSentence(text, [{ id: 'f1', span: [claimStart, claimEnd] }], overlap);
    covers(runs);
    expect(show(text, runs)).toEqual(['Some 220 firefighters were sent on <Tuesday night, >', '[f1: <and it took> them nine hours to put out the fire]', '.']);
    expect(runs.filter((r) => r.claims.includes('f1'))).toHaveLength(1);
  });

  it('renders a highlight wholly inside the claim', () => {
    const nine = { start: text.indexOf('nine hours'), end: text.indexOf('nine hours') + 10 };
    const runs = splitSentence(text, [{ id: 'f1', span: [claimStart, claimEnd] }], nine);
    covers(runs);
    expect(show(text, runs)).toEqual(['Some 220 firefighters were sent on Tuesday night, ', '[f1: and it took them <nine hours> to put out the fire]', '.']);
  });

  it('gives two facts with two different spans a run each, in reading order', () => {
    const first = text.indexOf(',');
    const runs = splitSentence(
      text,
      [
        { id: 'f2', span: [claimStart, claimEnd] },
        { id: 'f1', span: [0, first] },
      ],
      tuesday,
    );
    covers(runs);
    expect(show(text, runs)).toEqual([
      '[f1: Some 220 firefighters were sent on <Tuesday night>]',
      ', ',
      '[f2: and it took them nine hours to put out the fire]',
      '.',
    ]);
  });

  it('lists every fact whose claim covers a run when claims overlap', () => {
    const runs = splitSentence(
      text,
      [
        { id: 'f1', span: [0, 20] },
        { id: 'f2', span: [10, 30] },
      ],
      null,
    );
    covers(runs);
    expect(runs.map((r) => [r.start, r.end, r.claims])).toEqual([
      [0, 10, ['f1']],
      [10, 20, ['f1', 'f2']],
      [20, 30, ['f2']],
      [30, text.length, []],
    ]);
  });

  it('ignores a span covering the whole sentence and clamps a highlight past its end', () => {
    const runs = splitSentence(text, [{ id: 'f1', span: [0, text.length] }], { start: claimEnd, end: text.length + 10 });
    covers(runs);
    expect(show(text, runs)).toEqual([`${text.slice(0, claimEnd)}<.>`]);
  });

  it('has no runs for an empty sentence', () => {
    expect(splitSentence('', [{ id: 'f1', span: [0, 3] }], null)).toEqual([]);
  });

  describe('with word differences', () => {
    const word = (part: string, strong: boolean, from = 0) => {
      const start = text.indexOf(part, from);
      return { start, end: start + part.length, strong };
    };

    it('cuts each differing word into its own piece, strong or weak', () => {
      const runs = splitSentence(text, [{ id: 'f1' }], null, [word('220', true), word('firefighters', false)]);
      covers(runs);
      expect(show(text, runs)).toEqual([`Some **220** _firefighters_${text.slice(text.indexOf(' were'))}`]);
    });

    it('composes claims, the highlight and differences, text unchanged', () => {
      const runs = splitSentence(text, [{ id: 'f1', span: [claimStart, claimEnd] }], tuesday, [
        word('220', true),
        word('Tuesday', true),
        word('nine', true),
        word('fire', false, claimStart),
      ]);
      covers(runs);
      expect(show(text, runs)).toEqual([
        'Some **220** firefighters were sent on <**Tuesday**>< night>, ',
        '[f1: and it took them **nine** hours to put out the _fire_]',
        '.',
      ]);
    });

    it('cuts a difference crossing the claim’s edge at the claim boundary', () => {
      const crossing = { start: text.indexOf('night'), end: text.indexOf(' it took'), strong: false };
      const runs = splitSentence(text, [{ id: 'f1', span: [claimStart, claimEnd] }], null, [crossing]);
      covers(runs);
      expect(show(text, runs)).toEqual([
        'Some 220 firefighters were sent on Tuesday _night, _',
        '[f1: _and_ it took them nine hours to put out the fire]',
        '.',
      ]);
    });

    it('keeps a piece strong where a strong and a weak difference overlap, and drops empty or outside ones', () => {
      const runs = splitSentence(text, [{ id: 'f1' }], null, [
        { start: 5, end: 21, strong: false },
        word('220', true),
        { start: 9, end: 9, strong: true },
        { start: text.length + 2, end: text.length + 9, strong: true },
      ]);
      covers(runs);
      expect(show(text, runs)).toEqual([`Some **220**_ firefighters_${text.slice(21)}`]);
    });
  });
});
