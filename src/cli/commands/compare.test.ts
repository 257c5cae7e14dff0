import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'parallax-compare-'));
const fixture = join(root, 'src/analysis/import/__fixtures__/article.html');

async function parallax(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'compare', ...args], { cwd: root });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('parallax compare (CLI)', { timeout: 30000 }, () => {
  it('reads HTML and Markdown reports into the --json contract', async () => {
    const md = join(dir, 'talks.md');
    writeFileSync(md, '# Talks in New York\n\nCameron met **Rouhani** on [Wednesday](http://x) in New York. They spoke about Syria for an hour.\n');
    const { stdout, code } = await parallax('--json', fixture, md);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.reports.map((r: { id: string }) => r.id)).toEqual(['article', 'talks']);
    expect(json.reports[0]).toMatchObject({ title: "Cameron seeks Iran's help against IS", source: 'China Daily', published: '2014-09-24' });
    expect(json.reports[1].title).toBe('Talks in New York');
    expect(json.reports[1].sentences[0].text).toBe('Cameron met Rouhani on Wednesday in New York.');
    expect(stdout).not.toMatch(/<p|<script/);
  });

  it('prints other formats', async () => {
    const [ics, csv, md] = await Promise.all([parallax('--format', 'ics', fixture), parallax('--format=csv', fixture), parallax('--format', 'md', fixture)]);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(csv.stdout.startsWith('fact,kind,score,report,report_title,sentence,text,differences\r\n')).toBe(true);
    expect(md.stdout).toMatch(/^# Comparison: Cameron seeks Iran's help against IS/);
  });

  it('fails with one line naming the file', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const nav = join(dir, 'nav.html');
    writeFileSync(nav, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const cases = [
      [[empty], `parallax: ${empty}: the file is empty\n`],
      [[nav], `parallax: ${nav}: no article text found on this page (it looks like a menu, index or empty page); paste the article text instead\n`],
      [['--format', 'pdf', nav], 'parallax: compare: unknown format "pdf" (use json|md|csv|timeline-csv|ics)\n'],
    ] as const;
    const results = await Promise.all(cases.map(([args]) => parallax(...args)));
    cases.forEach(([, message], i) => {
      const result = results[i]!;
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(message);
      expect(result.stdout).toBe('');
    });
  });
});
