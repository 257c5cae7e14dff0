import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../analysis/align/types.ts';
import { markKey, splitSentence } from './sentence-marks.ts';
import { factDifferences, wordDifferences, type WordDifference } from './word-differences.ts';

/** The differences as `word` (strong) or `~word` (weak), in order. */
const show = (text: string, differences: WordDifference[]) => differences.map((d) => `${d.strong ? '' : '~'}${text.slice(d.start, d.end)}`);

describe('wordDifferences', () => {
  it('marks the figure and the day that differ, strongly, and words only one wording has, weakly', () => {
    const a = 'The explosion killed 12 workers on Monday.';
    const b = 'Fifteen workers were killed in the explosion on Tuesday.';
    // "explosion" and "killed" moved, they did not change: not marked.
    expect(show(a, wordDifferences(a, b))).toEqual(['12', 'Monday']);
    expect(show(b, wordDifferences(b, a))).toEqual(['Fifteen', 'Tuesday']);
  });

  it('marks only the figures and names when most words of two long wordings differ', () => {
    const a = 'A Philadelphia judge today found a former Kraft Foods employee guilty of murder in the shooting deaths of two co-workers in September 2010.';
    const b = 'Yvonne Hiller, 43, who had been suspended from the plant that evening, returned with a gun and opened fire on her colleagues in a break room.';
    expect(show(a, wordDifferences(a, b))).toEqual(['Philadelphia', 'Kraft', 'Foods', 'two', 'September', '2010']);
    // A long sentence that differs in a few words keeps them all marked.
    const c = 'A Philadelphia judge today found a former Kraft Foods employee guilty of murder in the shooting deaths of three co-workers in September 2010.';
    expect(show(a, wordDifferences(a, c))).toEqual(['two']);
    const d = 'A Philadelphia court today found a former Kraft Foods worker guilty of murder in the shooting deaths of two colleagues in September 2010.';
    expect(show(a, wordDifferences(a, d))).toEqual(['~judge', '~employee', '~co']);
  });

  it("leaves a wire's dateline out: where and when it was filed is no wording of the fact", () => {
    const a = 'OSLO, May 3 (Reuters) - A fire on the ferry Nordlys forced 300 passengers into lifeboats on Friday.';
    const b = 'Fire broke out on the ferry Nordlys on Friday, forcing 300 passengers into lifeboats.';
    expect(show(a, wordDifferences(a, b))).toEqual([]);
    expect(show(b, wordDifferences(b, a))).toEqual(['~broke']);
  });
  it('reads a compound written open and closed as one word: "Web site" / "website"', () => {
    const a = 'Hackers took over a Web site of the bank on Monday.';
    const b = 'Hackers took over the bank’s website on Monday.';
    expect(show(a, wordDifferences(a, b))).toEqual([]);
    expect(show(b, wordDifferences(b, a))).toEqual([]);
  });

  it('boxes a clock time, a score or a hyphened pair of figures as one difference', () => {
    const a = 'The first tremor was recorded at 9:42 a.m. and the match ended 3-1.';
    const b = 'The first tremor was recorded shortly before 10 a.m. and the match ended 2-2.';
    expect(show(a, wordDifferences(a, b))).toEqual(['9:42 a.m.', '3-1']);
    // A full stop and a space part two words; a word beside a figure is its own difference.
    const c = 'Rescuers reached 12 miners. Seven were hurt.';
    const d = 'Rescuers reached the trapped men.';
    expect(show(c, wordDifferences(c, d))).toEqual(['12', '~miners', 'Seven', '~hurt']);
  });

  it('reads a clock time as one word however it is written', () => {
    const a = 'The fire broke out at 10:30 p.m. on the car deck.';
    const b = 'Fire broke out on the car deck at 10.30pm.';
    expect(show(a, wordDifferences(a, b))).toEqual([]);
    expect(show(b, wordDifferences(b, a))).toEqual([]);
    // A 24-hour time is the afternoon's; a time without a half of the day matches either.
    expect(show('Polls closed at 22:00.', wordDifferences('Polls closed at 22:00.', 'Polls closed at 10:00 p.m.'))).toEqual([]);
    expect(show('Polls closed at 10:00.', wordDifferences('Polls closed at 10:00.', 'Polls closed at 10:00 p.m.'))).toEqual([]);
    // Another time, or the other half of the day, is a difference, boxed whole.
    const c = 'It struck at 9:42 a.m. local time.';
    expect(show(c, wordDifferences(c, 'It struck at 9:45 a.m. local time.'))).toEqual(['9:42 a.m.']);
    expect(show(c, wordDifferences(c, 'It struck at 9:42 p.m. local time.'))).toEqual(['9:42 a.m.']);
    // A decimal is no clock time.
    const d = 'The river rose 10.30 metres.';
    expect(show(d, wordDifferences(d, 'The river rose 10.3 metres.'))).toEqual([]);
  });

  it('returns UTF-16 ranges into the sentence', () => {
    const a = '“Łódź” officials said 12 were hurt 🚒 on Monday.';
    const b = '“Łódź” officials said 15 were hurt 🚒 on Monday.';
    const [twelve] = wordDifferences(a, b);
    expect(twelve).toEqual({ start: a.indexOf('12'), end: a.indexOf('12') + 2, strong: true });
  });

  it('reads the death toll conflict of two differently worded reports', () => {
    const a = 'The explosion killed 12 workers and injured dozens more, according to the regional fire service.';
    const b = 'The fire service said 15 workers were killed in the explosion and dozens more were injured.';
    // "According (to)" is a function word, like the "to" beside it: only what the other side lacks is marked.
    expect(show(a, wordDifferences(a, b))).toEqual(['12', '~regional']);
    expect(show(b, wordDifferences(b, a))).toEqual(['~said', '15']);
  });

  it('treats a number in words and in digits as the same word, and a multi-word number as one word', () => {
    expect(wordDifferences('The blast killed twelve workers.', 'The blast killed 12 workers.')).toEqual([]);
    const a = 'The fire destroyed twenty-five homes.';
    expect(show(a, wordDifferences(a, 'The fire destroyed 24 homes.'))).toEqual(['twenty-five']);
    const c = 'Damage reached 1,500 euros.';
    expect(show(c, wordDifferences(c, 'Damage reached 1,000 euros.'))).toEqual(['1,500']);
  });

  it('gives names a strong mark: inside the sentence, or opening it when the next word is a capital too', () => {
    const a = 'Azotan Chemicals said Jan Kowalski was cooperating with investigators.';
    const b = 'The owner said it was cooperating.';
    expect(show(a, wordDifferences(a, b))).toEqual(['Azotan', 'Chemicals', 'Jan', 'Kowalski', '~investigators']);
    // A lone capital opening the sentence is not a name; an acronym is.
    const c = 'Prosecutors opened an inquiry.';
    expect(show(c, wordDifferences(c, 'An inquiry was opened.'))).toEqual(['~Prosecutors']);
    const d = 'NATO opened an inquiry.';
    expect(show(d, wordDifferences(d, 'An inquiry was opened.'))).toEqual(['NATO']);
  });

  it('ignores stopwords, punctuation and case', () => {
    expect(wordDifferences('The Explosion, it was said, killed workers!', 'the explosion killed the workers; it was said')).toEqual([]);
    expect(wordDifferences('Workers were killed.', 'Worker was killed')).toEqual([]);
  });

  it('compares only the claims when both sentences have one', () => {
    const a = 'Firefighters arrived at 9am, and the blast killed 12 workers.';
    const b = 'It happened in Tarnow, where the blast killed 15 workers.';
    const claimA: [number, number] = [a.indexOf('the blast'), a.length - 1];
    const claimB: [number, number] = [b.indexOf('the blast'), b.length - 1];
    expect(show(a, wordDifferences(a, b, claimA, claimB))).toEqual(['12']);
    // Without the claims, the other clause differs too.
    expect(show(a, wordDifferences(a, b))).toContain('~Firefighters');
  });

  it('finds nothing between identical wordings, and only figures and names against an empty partner', () => {
    const a = 'The plant owner Azotan said it was cooperating with 12 inspectors.';
    expect(wordDifferences(a, a)).toEqual([]);
    // Every word would be boxed: that marks no part of the sentence.
    expect(show(a, wordDifferences(a, ''))).toEqual(['Azotan', '12']);
  });

  it('boxes no part of a short sentence when nearly all its words differ, only its figures and names', () => {
    const a = 'Five people, including two firefighters, were injured, police said.';
    const b = 'Five more were hurt.';
    // "Five" alone left unboxed of eight words: boxes on the rest said nothing; "two" still differs.
    expect(show(a, wordDifferences(a, b))).toEqual(['two']);
    const c = 'The mayor resigned on Friday, citing ill health and family reasons.';
    expect(show(c, wordDifferences(c, 'He quit on Friday.'))).toEqual([]);
    // A short sentence that shares a quarter of its words keeps its boxes.
    const d = 'Twelve workers died.';
    expect(show(d, wordDifferences(d, 'Fifteen workers were killed.'))).toEqual(['Twelve', '~died']);
  });

  it('always returns ordered, disjoint ranges of whole words that splitSentence can lay onto the text', () => {
    const word = fc.constantFrom('the', 'The', 'Tarnow', '12', 'fifteen', 'twenty-five', '1,000', 'killed', 'Monday', 'Łódź', '🚒', ',', '.', '“', '”', '—');
    const space = fc.constantFrom(' ', '  ', '\u00a0', '\n', '');
    const sentence = fc.array(fc.tuple(word, space), { maxLength: 14 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const differences = wordDifferences(a, b);
        let last = 0;
        for (const d of differences) {
          expect(d.start).toBeGreaterThanOrEqual(last);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(a.length);
          expect(a.slice(d.start, d.end).trim()).toBe(a.slice(d.start, d.end));
          last = d.end;
        }
        const runs = splitSentence(a, [], null, differences);
        expect(
          runs
            .flatMap((r) => r.pieces)
            .map((p) => a.slice(p.start, p.end))
            .join(''),
        ).toBe(a);
      }),
      { numRuns: 500 },
    );
  });
});

describe('factDifferences', () => {
  const texts = new Map([
    [markKey('a', 's1'), 'The explosion killed 12 workers.'],
    [markKey('b', 's3'), 'Fifteen workers were killed in the explosion.'],
    [markKey('c', 's2'), 'The explosion killed 15 workers, police said.'],
    [markKey('a', 's9'), 'Twelve workers died.'],
  ]);
  const textOf = (report: string, sentence: string) => texts.get(markKey(report, sentence));
  const fact = (mentions: Fact['mentions']): Pick<Fact, 'mentions'> => ({ mentions });

  it('compares each wording with the fact’s first wording in another report', () => {
    const differences = factDifferences(
      fact([
        { report: 'a', sentence: 's1' },
        { report: 'b', sentence: 's3' },
        { report: 'c', sentence: 's2' },
      ]),
      textOf,
    );
    const at = (report: string, sentence: string) => show(textOf(report, sentence)!, differences.get(markKey(report, sentence)) ?? []);
    expect(at('a', 's1')).toEqual(['12']);
    expect(at('b', 's3')).toEqual(['Fifteen']);
    // C is compared with A, not with B (which has its 15 too).
    expect(at('c', 's2')).toEqual(['15', '~police', '~said']);
  });

  it('compares a second sentence of the same report with another report, and skips unknown sentences', () => {
    const differences = factDifferences(
      fact([
        { report: 'a', sentence: 's1' },
        { report: 'a', sentence: 's9' },
        { report: 'b', sentence: 's3' },
        { report: 'b', sentence: 'missing' },
      ]),
      textOf,
    );
    expect(show(textOf('a', 's9')!, differences.get(markKey('a', 's9'))!)).toEqual(['Twelve', '~died']);
    expect(differences.has(markKey('b', 'missing'))).toBe(false);
  });

  it('uses each mention’s claim span', () => {
    const compound = 'Police closed the road, and the explosion killed 12 workers.';
    const claim: [number, number] = [compound.indexOf('the explosion'), compound.length - 1];
    const differences = factDifferences(
      fact([
        { report: 'x', sentence: 's1', span: claim },
        { report: 'b', sentence: 's3' },
      ]),
      (r, s) => (r === 'x' ? compound : textOf(r, s)),
    );
    expect(show(compound, differences.get(markKey('x', 's1'))!)).toEqual(['12']);
  });
});
