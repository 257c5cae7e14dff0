import { describe, expect, it } from 'vitest';
import type { UnplacedMention } from './types.ts';
import { undatedClaims } from './undated-claims.ts';

/** An undated mention of `text` in `sentenceText`, titled `label`. */
function mention(sentence: string, sentenceText: string, text: string, label = '', report = 'c'): UnplacedMention {
  const start = sentenceText.indexOf(text);
  return { report, sentence, sentenceText, text, start, end: start + text.length, value: 'XXXX-XX-XX', label };
}

/** Each entry as one line: its expressions, then its title. */
const lines = (mentions: UnplacedMention[]) => undatedClaims(mentions).map((c) => `${c.mentions.map((m) => m.text).join(' + ')}: ${c.label}`);

const FIRE =
  'The fire, which is being treated as suspicious, broke out in the roof of the store at 8.49pm on Friday night and quickly spread to the rest of the building.';
const RETURN = 'They began returning to their properties at 10am today, Saturday.';

describe('undatedClaims: one entry per claim a sentence dates', () => {
  it('tells the expressions of one claim together, in sentence order', () => {
    const title = 'Broke out in the roof of the store';
    expect(
      lines([
        mention('s1', FIRE, '8.49pm', title),
        mention('s1', FIRE, 'Friday night', title),
        mention('s3', RETURN, 'Saturday', 'They began returning to their properties'),
        mention('s3', RETURN, '10am today', 'They began returning to their properties'),
      ]),
    ).toEqual(['8.49pm + Friday night: Broke out in the roof of the store', '10am today + Saturday: They began returning to their properties']);
  });

  it('keeps apart the two claims of a compound sentence, and the same words in two reports', () => {
    const compound = 'Crews walked out over pay on Monday, and the operator will present a new offer on Friday.';
    expect(lines([mention('s1', compound, 'Monday', 'Crews walked out'), mention('s1', compound, 'Friday', 'The operator will present a new offer')])).toEqual([
      'Monday: Crews walked out',
      'Friday: The operator will present a new offer',
    ]);
    expect(undatedClaims([mention('s1', FIRE, '8.49pm', '', 'c'), mention('s1', FIRE, '8.49pm', '', 'd')])).toHaveLength(2);
  });

  it('falls back to the next title, then to the sentence', () => {
    expect(lines([mention('s1', FIRE, '8.49pm'), mention('s1', FIRE, 'Friday night', 'Broke out')])).toEqual(['8.49pm + Friday night: Broke out']);
    expect(lines([mention('s3', RETURN, 'Saturday')])).toEqual([`Saturday: ${RETURN}`]);
  });
});
