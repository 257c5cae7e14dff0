// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reportFromHtml } from '../extract-article.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../__fixtures__');
const fixture = readFileSync(join(fixtures, 'article.html'), 'utf8');

describe('reportFromHtml (DOMParser, as in the browser)', () => {
  it('gives the same report as under linkedom, and runs no script', () => {
    const doc = new DOMParser().parseFromString(fixture, 'text/html');
    const report = reportFromHtml(doc, { id: 'cd' });
    if ('problem' in report) throw new Error(report.message);
    expect(report.title).toBe("Cameron seeks Iran's help against IS");
    expect(report.source).toBe('China Daily');
    expect(report.published).toBe('2014-09-24');
    expect(report.paragraphs.join(' ')).toContain('Hassan Rouhani will meet within the next two days');
    expect(report.paragraphs.join(' ')).not.toContain('injected');
    expect(document.title).not.toBe('hacked');
  });

  it('reads JSON-LD and <br>-separated text as under linkedom', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(fixtures, 'json-ld-div-br.html'), 'utf8'), 'text/html');
    const report = reportFromHtml(doc, { id: 'afp' });
    if ('problem' in report) throw new Error(report.message);
    expect(report).toMatchObject({ title: 'Cameron and Rouhani meet in New York', source: 'AFP', published: '2014-09-24' });
    expect(report.paragraphs).toHaveLength(3);
  });

  it.each(['article.html', 'json-ld-div-br.html'])('%s: linkedom (CLI) and DOMParser (browser) give the same report', (name) => {
    const html = readFileSync(join(fixtures, name), 'utf8');
    const browser = reportFromHtml(new DOMParser().parseFromString(html, 'text/html'), { id: 'x' });
    const cli = reportFromHtml(parseHTML(html).document as unknown as Document, { id: 'x' });
    expect(cli).toEqual(browser);
  });
});
