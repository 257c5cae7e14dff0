import { describe, expect, it } from 'vitest';
import { markdownToText } from '../markdown-to-text.ts';

describe('markdownToText', () => {
  it('turns the first heading into the title and strips inline syntax', () => {
    const md = [
      '# Cameron seeks *Iran\'s* help',
      '',
      'British Prime Minister **David Cameron** met [Hassan Rouhani](https://example.com/r "R") in',
      'New York, the `first` meeting since ~~1978~~ 1979.',
      '',
      '![photo](img.jpg)',
      '## No relaxed stance',
      '',
      '> "Entirely separate," said __Josh Earnest__.',
      '',
      '- one item',
      '* second item',
      '1. third item',
      '',
      '---',
      'See [the report][r] and <https://example.com>. 5 \\* 3 = 15.',
      '',
      '[r]: https://example.com/report',
    ].join('\n');
    const { title, text } = markdownToText(md);
    expect(title).toBe("Cameron seeks Iran's help");
    expect(text.split('\n\n')).toEqual([
      "Cameron seeks Iran's help",
      'British Prime Minister David Cameron met Hassan Rouhani in New York, the first meeting since 1978 1979.',
      'No relaxed stance',
      '"Entirely separate," said Josh Earnest.',
      'one item',
      'second item',
      'third item',
      'See the report and https://example.com. 5 * 3 = 15.',
    ]);
    expect(text).not.toMatch(/[_#`[\]]|example\.com\/r|img\.jpg/);
  });

  it('reads setext headings and keeps code block text', () => {
    const { title, text } = markdownToText('Talks\n=====\n\nBody one.\n\n```\nquoted code\n```\n\nSub\n---\nMore.');
    expect(title).toBe('Talks');
    expect(text.split('\n\n')).toEqual(['Talks', 'Body one.', 'quoted code', 'Sub', 'More.']);
  });

  it('has no title when text comes before any heading', () => {
    expect(markdownToText('Plain first.\n\n# Later').title).toBeNull();
  });

  it('keeps underscores inside words and lone asterisks', () => {
    expect(markdownToText('snake_case_name and 2 * 3 * 4').text).toBe('snake_case_name and 2 * 3 * 4');
  });
});
