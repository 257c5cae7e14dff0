import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../import-report.ts';
import { MAX_IMPORT_BYTES, formatBytes, tooLargeMessage } from '../limits.ts';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = readFileSync(new URL('../__fixtures__/article.html', import.meta.url));

describe('importText / importBytes', () => {
  it('routes HTML files through Readability', () => {
    const result = importBytes(fixture, { id: 'cd', file: 'cd.html', name: 'cd.html', parseHtml });
    expect(result).toMatchObject({
      ok: true,
      kind: 'html',
      encoding: 'utf-8',
      report: { title: "Cameron seeks Iran's help against IS", source: 'China Daily' },
    });
  });

  it('sniffs a page saved as .txt', () => {
    const result = importBytes(fixture, { id: 'cd', name: 'cd.txt', parseHtml });
    expect(result).toMatchObject({ ok: true, kind: 'html' });
  });

  it('strips Markdown before parsing', () => {
    const result = importText('# Talks in New York\n\nCameron met **Rouhani** on [Wednesday](http://x).', { id: 'm', name: 'm.md', parseHtml });
    expect(result).toMatchObject({ ok: true, kind: 'markdown', report: { title: 'Talks in New York', paragraphs: ['Cameron met Rouhani on Wednesday.'] } });
  });

  it("lists a Markdown file's images as removed text, never silently dropped", () => {
    const md = '# Talks in New York\n\n![Cameron and Rouhani shake hands](a.jpg)\n\nCameron met **Rouhani** on Wednesday.\n\nTags: Iran, UK';
    expect(importText(md, { id: 'm', name: 'm.md', parseHtml })).toMatchObject({
      ok: true,
      report: { paragraphs: ['Cameron met Rouhani on Wednesday.'], removed: ['Tags: Iran, UK', 'Image: Cameron and Rouhani shake hands'] },
    });
  });

  it("names the site of the front matter's address only when nothing names the outlet", () => {
    const clip = (text: string) => importText(`---\nsource: https://www.harbour.example/news/1\n---\n\n${text}`, { id: 'm', name: 'm.md', parseHtml });
    expect(clip('# Ferry strike ends\n\nCrews ended their strike on Monday after talks.')).toMatchObject({ report: { source: 'harbour.example' } });
    expect(clip('# Ferry strike ends\n\nBy Jane Doe, Reuters\n\nCrews ended their strike on Monday after talks.')).toMatchObject({
      report: { source: 'Reuters' },
    });
  });

  it('honours front matter in Markdown and plain text, and passes on what it ignored', () => {
    const md =
      '---\ntitle: Talks in New York\nsource: Example Daily\npublished: 2014-09-24\ntags:\n  - iran\n---\n\n# Cameron and Rouhani meet\n\nCameron met **Rouhani** on Wednesday.';
    expect(importText(md, { id: 'm', name: 'm.md', parseHtml })).toMatchObject({
      ok: true,
      kind: 'markdown',
      problems: [],
      report: {
        title: 'Talks in New York',
        source: 'Example Daily',
        published: '2014-09-24',
        publishedFrom: 'front-matter',
        paragraphs: ['Cameron and Rouhani meet', 'Cameron met Rouhani on Wednesday.'],
      },
    });
    const txt = importText('---\npublished: yesterday\n---\nTalks in New York\n\nCameron met Rouhani on Wednesday.', { id: 't', name: 't.txt', parseHtml });
    expect(txt).toMatchObject({
      ok: true,
      kind: 'text',
      report: { title: 'Talks in New York', published: null, publishedFrom: null },
      problems: [{ code: 'invalid-published' }],
    });
  });

  it("passes on where a UTF-8 file had bytes replaced, as a problem beside the parser's", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('---\npublished: soon\n---\nTalks “resumed”\n\nCameron met Rouhani '),
      0x96,
      ...new TextEncoder().encode(' on Wednesday.'),
    ]);
    const result = importBytes(bytes, { id: 't', name: 't.txt', parseHtml });
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', report: { paragraphs: ['Cameron met Rouhani \uFFFD on Wednesday.'] } });
    expect(result.ok && result.problems.map((p) => [p.code, p.message])).toEqual([
      ['invalid-utf8', '1 byte that is not valid UTF-8 was replaced with “\uFFFD”: line 6 (offset 65)'],
      ['invalid-published', expect.any(String)],
    ]);
  });

  it('reads plain text as it is', () => {
    const result = importText('Talks in New York\n\nCameron met Rouhani.', { id: 't', parseHtml });
    expect(result).toMatchObject({ ok: true, kind: 'text', report: { id: 't', title: 'Talks in New York' } });
  });

  it('explains empty, whitespace, binary and article-less input', () => {
    expect(importText('', { id: 'x', parseHtml })).toEqual({ ok: false, code: 'empty', message: 'there is no text to import' });
    expect(importText('  \n ', { id: 'x', parseHtml })).toEqual({ ok: false, code: 'whitespace', message: 'the text holds only whitespace' });
    expect(importBytes(new TextEncoder().encode('%PDF-1.4'), { id: 'x', parseHtml })).toEqual({
      ok: false,
      code: 'binary',
      message: 'this is a PDF document, not text',
    });
    expect(importText('<html><body><nav><a href="/">Home</a></nav></body></html>', { id: 'x', parseHtml })).toMatchObject({
      ok: false,
      code: 'no-article',
      kind: 'html',
      message: expect.stringContaining('no article text'),
    });
  });
});

describe('size limit', () => {
  it('is 5 MB and says so', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    expect(tooLargeMessage(MAX_IMPORT_BYTES)).toBeNull();
    expect(tooLargeMessage(6 * 1024 * 1024)).toBe('too large (6 MB; the limit is 5 MB)');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12)).toBe('12 bytes');
  });
});
