import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';

const BODY = 'Cameron met Rouhani in New York on Wednesday.\n';

describe('splitFrontMatter', () => {
  it('reads the date under the names site generators give it, ours winning', () => {
    expect(splitFrontMatter(`---\ntitle: Quake\ndate: 2023-02-07\nauthor: Jo Bloggs\n---\n${BODY}`).frontMatter).toEqual({
      title: 'Quake',
      published: '2023-02-07',
      publishedKey: 'date',
    });
    expect(splitFrontMatter(`---\npubDate: 2023-02-08\n---\n${BODY}`).frontMatter).toEqual({ published: '2023-02-08', publishedKey: 'pubDate' });
    expect(splitFrontMatter(`---\ndate: 2023-02-07\npublished: 2023-02-09\n---\n${BODY}`).frontMatter).toEqual({
      published: '2023-02-09',
      publishedKey: 'published',
    });
  });
  it('reads the source under the names people give an outlet, ours winning', () => {
    expect(splitFrontMatter(`---\npublication: The Hindu\n---\n${BODY}`).frontMatter).toEqual({ source: 'The Hindu' });
    expect(splitFrontMatter(`---\noutlet: CBC News\nauthor: Jo Bloggs\n---\n${BODY}`).frontMatter).toEqual({ source: 'CBC News' });
    expect(splitFrontMatter(`---\npublisher: Example Media\nsource: Example Daily\n---\n${BODY}`).frontMatter).toEqual({ source: 'Example Daily' });
  });
  it("keeps a page's address apart from the outlet's name", () => {
    const clip = `---\ntitle: Reef recovers\nsource: "https://www.coastwatch.example/env/reef"\nauthor: "[[Lena Okoro]]"\n---\n${BODY}`;
    expect(splitFrontMatter(clip).frontMatter).toEqual({ title: 'Reef recovers', sourceUrl: 'https://www.coastwatch.example/env/reef' });
    expect(splitFrontMatter(`---\nurl: https://example.com/a\nsite_name: Example Daily\n---\n${BODY}`).frontMatter).toEqual({
      source: 'Example Daily',
      sourceUrl: 'https://example.com/a',
    });
  });

  it('reads title, source and published and returns the rest as the body', () => {
    const text = `---\ntitle: Cameron and Rouhani meet\nsource: Example Daily\npublished: 2014-09-24\n---\n${BODY}`;
    expect(splitFrontMatter(text)).toEqual({
      frontMatter: { title: 'Cameron and Rouhani meet', source: 'Example Daily', published: '2014-09-24', publishedKey: 'published' },
      body: BODY,
      block: '---\ntitle: Cameron and Rouhani meet\nsource: Example Daily\npublished: 2014-09-24\n---\n',
    });
  });

  it('ignores unknown keys, their lists, comments and empty values; keys are case-insensitive', () => {
    const text = [
      '',
      '---',
      '# saved from the web',
      'Title: "Talks: a first since 1979"',
      'tags:',
      '  - iran',
      '- uk',
      'author: Jane Doe',
      "source: 'Daily Example''s site'",
      'published:',
      '...',
      BODY,
    ].join('\r\n');
    const { frontMatter, body } = splitFrontMatter(text);
    expect(frontMatter).toEqual({ title: 'Talks: a first since 1979', source: "Daily Example's site" });
    expect(body).toBe(BODY);
  });

  it('drops comments after a value, as YAML does, but not inside quotes', () => {
    const text = `---\npublished: 2014-09-24   # the print edition\ntitle: "Storm hits #1 city" # quoted\nsource: Daily#1\n---\n${BODY}`;
    expect(splitFrontMatter(text).frontMatter).toEqual({ published: '2014-09-24', publishedKey: 'published', title: 'Storm hits #1 city', source: 'Daily#1' });
  });

  it('keeps an invalid date as written, for the caller to report', () => {
    expect(splitFrontMatter(`---\npublished: 5 March 2019\n---\n${BODY}`).frontMatter).toEqual({ published: '5 March 2019', publishedKey: 'published' });
  });

  it('leaves text alone that only looks like front matter', () => {
    for (const text of [
      BODY,
      `---\n${BODY}---\nMore text.`, // prose between two rules
      `---\ntitle: Never closed\n${BODY}`,
      '---\n---\nEmpty block.',
      `Intro\n---\ntitle: Too late\n---\n${BODY}`,
      '',
    ]) {
      expect(splitFrontMatter(text)).toEqual({ frontMatter: null, body: text, block: '' });
    }
  });

  it('gives up on a block too long to be front matter', () => {
    const text = `---\n${'key: value\n'.repeat(80)}---\n${BODY}`;
    expect(splitFrontMatter(text).frontMatter).toBeNull();
  });
});
