import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../markdown-to-text.ts';

describe('markdownToText', () => {
  it('turns the first heading into the title and strips inline syntax', () => {
    const md = [
      "# Cameron seeks *Iran's* help",
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

  it('lists each image it drops, by its alt text, in the order they stand', () => {
    const md = [
      '# Reef recovers',
      '',
      '![Divers survey the *reef* &amp; its corals](reef.jpg "Reef")',
      '',
      'Coral spawned again ![](chart.png) on 19 sites. [![Subscribe to our newsletter](banner.png)](https://example.com/n)',
      '',
      '| Site | Spawned |',
      '| --- | --- |',
      '| North ![IMG_2041.JPG](IMG_2041.JPG) | yes |',
      '',
      '```',
      '![not an image](code.png)',
      '```',
    ].join('\n');
    const { text, removed } = markdownToText(md);
    expect(text.split('\n\n')).toEqual(['Reef recovers', 'Coral spawned again on 19 sites.', 'Site; Spawned', 'North; yes', '![not an image](code.png)']);
    expect(removed).toEqual([
      'Image: Divers survey the reef & its corals',
      'Image (no description)',
      'Image: Subscribe to our newsletter',
      'Image (no description)',
    ]);
  });

  it('lists the images of raw HTML among the others, where they stand', () => {
    const md =
      'Heat pumps outsold boilers.\n\n<figure><img src="hp.jpg" alt="An engineer [fits] a heat pump &amp; tank"></figure>\n\n![Chart](c.png)\n\nGrants were extended.';
    const { text, removed } = markdownToText(md);
    expect(text.split('\n\n')).toEqual(['Heat pumps outsold boilers.', 'Grants were extended.']);
    expect(removed).toEqual(['Image: An engineer [fits] a heat pump & tank', 'Image: Chart']);
  });

  it("lists a line wholly in emphasis under an image as the image's caption", () => {
    const md =
      "![A survey boat](boat.jpg)\n\n*Scientists left Plymouth on Monday.*\n\nThe boat sailed on Monday.\n\n*Editor's note: updated on Tuesday.*\n\n![Chart](c.png) *in italics* but not alone";
    const { text, removed } = markdownToText(md);
    expect(text.split('\n\n')).toEqual(['The boat sailed on Monday.', "Editor's note: updated on Tuesday.", 'in italics but not alone']);
    expect(removed).toEqual(['Image: A survey boat', 'Scientists left Plymouth on Monday.', 'Image: Chart']);
    expect(markdownToText('![Boat](b.jpg)\n\n```\ncode\n```\n\n*Not under the image.*').text).toBe('code\n\nNot under the image.');
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

  it('reads a link whose address holds parentheses, and brackets inside link text', () => {
    expect(markdownToText('[text](https://en.wikipedia.org/wiki/X_(disambiguation))').text).toBe('text');
    const md =
      'See [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet) "The planet") and [the [2019] report](<https://example.com/a b> "T"). ![map](a_(b).png)';
    expect(markdownToText(md).text).toBe('See Mercury and the [2019] report.');
  });

  it('keeps autolinks and escaped tags; reads ATX headings by the spec (space after #, closing hashes)', () => {
    expect(markdownToText('Read <https://example.com/a_(b)> and \\<div> now.').text).toBe('Read https://example.com/a_(b) and <div> now.');
    const { title, text } = markdownToText('## Talks resume ##\n\n#hashtag is text\n\n# C# 3 #');
    expect(title).toBe('Talks resume');
    expect(text.split('\n\n')).toEqual(['Talks resume', '#hashtag is text', 'C# 3']);
  });

  it('drops script and style bodies in raw HTML blocks, inline tags and across blank lines', () => {
    const md = [
      '# Storm hits coast',
      '',
      '<script>',
      'var tracker = "x"; // a comment',
      '</script>',
      '<style type="text/css">',
      '.ad { display: none }',
      '</style>',
      '',
      'The storm reached the coast on Monday.<script>track()</script> Roads were closed.',
      '',
      '<div class="embed">',
      '<script>',
      'first();',
      '',
      'second();',
      '</script>',
      '</div>',
      '',
      "<!-- an editor's note",
      '',
      'that spans lines -->',
      '',
      'Schools reopen on Wednesday.',
    ].join('\n');
    const { title, text } = markdownToText(md);
    expect(title).toBe('Storm hits coast');
    expect(text.split('\n\n')).toEqual(['Storm hits coast', 'The storm reached the coast on Monday. Roads were closed.', 'Schools reopen on Wednesday.']);
  });

  it('keeps the words of other raw HTML, a paragraph per block element, with references decoded', () => {
    const md = '<div>\n<p>Floods &amp; storms hit <b>Dhaka</b>.</p><p>Aid arrived &#8220;late&#x201D;.</p>\n</div>\n\nAT&amp;T &copy; 2019 &unknown; & more';
    expect(markdownToText(md).text.split('\n\n')).toEqual(['Floods & storms hit Dhaka.', 'Aid arrived “late”.', 'AT&T © 2019 &unknown; & more']);
  });

  it('reads tables row by row and drops link reference definitions', () => {
    const md = '| City | Rain |\n| --- | --- |\n| Dhaka | 120 mm |\n\nSee [the data][d].\n\n[d]: https://example.com/d';
    expect(markdownToText(md).text.split('\n\n')).toEqual(['City; Rain', 'Dhaka; 120 mm', 'See the data.']);
  });

  it('hides any script body, whatever it holds (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (body) => {
        fc.pre(!/<\/script/i.test(body));
        expect(markdownToText(`Intro.\n\n<script>${body}</script>\n\nOutro.`).text).toBe('Intro.\n\nOutro.');
      }),
    );
  });
});
