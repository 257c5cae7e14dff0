import { describe, expect, it } from 'vitest';
import { clauseLabel } from './label.ts';

function label(sentence: string, timex: string, max?: number): string {
  const at = sentence.indexOf(timex);
  if (at < 0) throw new Error(`${timex} not in ${sentence}`);
  return clauseLabel(sentence, at, at + timex.length, max);
}

describe('clauseLabel: the clause around a time expression', () => {
  it('keeps a short sentence whole, without its final full stop', () => {
    expect(label('It will be the first meeting since 1979.', '1979')).toBe('It will be the first meeting since 1979');
  });

  it('trims an appositive after a comma away from the main clause', () => {
    const s =
      "British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations, the first meeting between the countries' leaders since the 1979 Islamic Revolution.";
    expect(label(s, 'Wednesday')).toBe("British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations");
    expect(label(s, '1979')).toBe("The first meeting between the countries' leaders since the 1979 Islamic Revolution");
  });

  it('drops a leading "However," and capitalises', () => {
    expect(label('However, the United States said on Monday it would not buy cooperation.', 'Monday')).toBe(
      'The United States said on Monday it would not buy cooperation',
    );
    expect(label('Talks stalled, but the envoys met again on Friday in Geneva.', 'Friday')).toBe('The envoys met again on Friday in Geneva');
  });

  it('widens a clause that is only the date ("On Wednesday, …")', () => {
    expect(label('On Wednesday, Cameron met Rouhani.', 'Wednesday')).toBe('On Wednesday, Cameron met Rouhani');
  });

  it('does not split inside the time expression ("September 24, 2014")', () => {
    expect(label('The meeting took place on September 24, 2014, in New York.', 'September 24, 2014')).toBe(
      'The meeting took place on September 24, 2014',
    );
  });

  it('gives a "who" clause its named antecedent', () => {
    const s =
      'The prime minister also raised the case of British-Iranian woman Goncheh Ghavami, 25, who was arrested in June when she went to a stadium.';
    expect(label(s, 'June')).toBe('Goncheh Ghavami was arrested in June when she went to a stadium');
  });

  it('caps a long clause at a word boundary with "…"', () => {
    const s = 'Britain said in June that it would reopen its embassy in Teheran after a hiatus of more than two and a half years after relations began to thaw.';
    const text = label(s, 'June');
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text).toMatch(/^Britain said in June that .* years…$/);
  });

  it('keeps a late date inside the window of a long clause', () => {
    const s = 'Britain said in June that it would reopen its embassy in Teheran after a hiatus of more than two and a half years after relations between the two countries began to thaw after last year\'s election of Rouhani.';
    const text = label(s, "last year's");
    expect(text).toContain("last year's election of Rouhani");
    expect(text.startsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(120);
  });

  it('keeps a whole quotation quoted, without its full stop', () => {
    expect(label('He wrote: “We met on Monday in New York.”', 'Monday')).toBe('“We met on Monday in New York”');
  });

  it('closes a quotation the clause boundary cut open', () => {
    expect(label('The spokesman said “the talks on Monday went well; we will meet again”.', 'Monday')).toBe(
      'The spokesman said “the talks on Monday went well”',
    );
  });

  it('never throws on offsets outside the sentence', () => {
    expect(() => clauseLabel('Short.', 10, 20)).not.toThrow();
    expect(clauseLabel('', 0, 0)).toBe('');
  });
});
