import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ContractJson } from '../../analysis/export/contract-json.ts';
import { CliError } from '../cli-error.ts';
import type { CliIo } from '../io.ts';
import { runCompare } from './compare.ts';

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

// One subprocess smoke test (the real entry point, argv to exit code); the rest run in-process, since
// spawning tsx per case cost seconds each on a busy machine.
describe('parallax compare (CLI)', { timeout: 30000 }, () => {
  it('reads HTML and Markdown reports into the --json contract', async () => {
    const md = join(dir, 'talks.md');
    writeFileSync(md, '# Talks in New York\n\nCameron met **Rouhani** on [Wednesday](http://x) in New York. They spoke about Syria for an hour.\n');
    const { stdout, code } = await parallax('--json', fixture, md);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as ContractJson;
    expect(json.reports.map((r) => r.id)).toEqual(['article', 'talks']);
    expect(json.reports[0]).toMatchObject({ title: "Cameron seeks Iran's help against IS", source: 'China Daily', published: '2014-09-24' });
    expect(json.reports[1]!.title).toBe('Talks in New York');
    expect(json.reports[1]!.sentences[0]!.text).toBe('Cameron met Rouhani on Wednesday in New York.');
    expect(stdout).not.toMatch(/<p|<script/);
  });

  it('prints other formats', async () => {
    const [ics, csv, md] = await Promise.all([
      compareInProcess('--format', 'ics', fixture),
      compareInProcess('--format=csv', fixture),
      compareInProcess('--format', 'md', fixture),
    ]);
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
      [['--published', `${nav}=2019-13-01`, nav], `parallax: compare: --published ${nav}: "2019-13-01" is not a date in the form YYYY-MM-DD\n`],
    ] as const;
    const results = await Promise.all(cases.map(([args]) => compareInProcess(...args)));
    cases.forEach(([, message], i) => {
      const result = results[i]!;
      // main.ts prints a CliError as `parallax: <message>` and exits with 1.
      expect(result.error).toBeInstanceOf(CliError);
      expect(`parallax: ${result.error!.message}\n`).toBe(message);
      expect(result.stdout).toBe('');
    });
  });
});

/** Runs `compare` in-process: what it wrote, or the CliError it stopped with (main.ts prints that as one line, exit 1). */
async function compareInProcess(...args: string[]): Promise<{ stdout: string; stderr: string; error: CliError | null }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  try {
    await runCompare(args, io);
    return { stdout, stderr, error: null };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { stdout, stderr, error };
  }
}

describe('parallax compare --published (in-process)', { timeout: 30000 }, () => {
  const story = join(dir, 'takeover.txt');
  writeFileSync(
    story,
    'Example agrees takeover\n\nExample Corp agreed on Monday to buy its rival, and the deal is expected to close later this year.\n\nThe two firms first discussed a merger in 2016, people familiar with the talks said.\n',
  );
  const fronted = join(dir, 'fronted.md');
  writeFileSync(
    fronted,
    '---\ntitle: Rival bought\nsource: Example Daily\npublished: 2019-03-04\n---\n\n# Example buys rival\n\nExample Corp agreed on Monday to buy its rival, the company said.\n',
  );
  const reports = (stdout: string) => (JSON.parse(stdout) as ContractJson).reports.map((r) => [r.id, r.published, r.publishedFrom]);

  it('leaves an undated report undated and lists what its timeline cannot place', async () => {
    const { stdout, stderr, error } = await compareInProcess('--json', story);
    expect(error).toBeNull();
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as ContractJson;
    expect(reports(stdout)).toEqual([['takeover', null, null]]);
    expect(json.timeline.map((e: { date: string }) => e.date)).toEqual(['2016']);
    expect(json.unplaced).toEqual([
      { report: 'takeover', sentence: 's1', text: 'Monday' },
      { report: 'takeover', sentence: 's1', text: 'later this year' },
    ]);
  });

  it('sets the date of the files named, as given, over front matter; the timeline then places them', async () => {
    const { stdout, error } = await compareInProcess('--json', `--published=${story}=2019-03-05`, '--published', `${fronted}=2019-03-06`, story, fronted);
    expect(error).toBeNull();
    const json = JSON.parse(stdout) as ContractJson;
    expect(reports(stdout)).toEqual([
      ['takeover', '2019-03-05', 'user'],
      ['fronted', '2019-03-06', 'user'],
    ]);
    expect(json.reports[1]).toMatchObject({ title: 'Rival bought', source: 'Example Daily' });
    expect(json.unplaced).toEqual([]);
    expect(json.timeline.map((e: { date: string }) => e.date)).toEqual(expect.arrayContaining(['2016', '2019-03-04', '2019']));
  });

  it('honours front matter without the flag', async () => {
    const { stdout } = await compareInProcess('--json', fronted);
    expect(reports(stdout)).toEqual([['fronted', '2019-03-04', 'front-matter']]);
  });

  it('dates a yearless wire dateline in the year of the reports beside it, marked inferred', async () => {
    const wire = join(dir, 'wire.txt');
    writeFileSync(wire, 'Example buys rival\n\nNEW YORK, March 4 (Reuters) - Example Corp agreed on Monday to buy its rival, the company said.\n');
    const { stdout, error } = await compareInProcess('--json', wire, fronted);
    expect(error).toBeNull();
    expect(reports(stdout)).toEqual([
      ['wire', '2019-03-04', 'inferred'],
      ['fronted', '2019-03-04', 'front-matter'],
    ]);
  });

  it('matches FILE written as another path to the same input', async () => {
    const { stdout, error } = await compareInProcess('--json', '--published', `${dir}/./takeover.txt=2019-03-05`, story);
    expect(error).toBeNull();
    expect(reports(stdout)).toEqual([['takeover', '2019-03-05', 'user']]);
  });

  it('stops before reading any file on a bad date, an unknown FILE or a missing value', async () => {
    const cases: [string[], string][] = [
      [['--published', `${story}=5 March 2019`, story], `compare: --published ${story}: "5 March 2019" is not a date in the form YYYY-MM-DD`],
      [['--published', `${story}=2019-02-29`, story], `compare: --published ${story}: "2019-02-29" is not a date in the form YYYY-MM-DD`],
      [['--published', 'other.txt=2019-03-05', story], 'compare: --published other.txt: not one of the report files given'],
      [
        ['--published', `${story}=2019-03-05`, '--published', `${story}=2019-03-06`, story],
        `compare: --published ${story}: given twice, as 2019-03-05 and 2019-03-06`,
      ],
      [['--published', '2019-03-05', story], 'compare: --published needs FILE=YYYY-MM-DD'],
      [[story, '--published'], 'compare: --published needs FILE=YYYY-MM-DD'],
      // The FILE check comes before reading: a missing input named by --published is not reported as missing.
      [['--published', 'gone.txt=2019-03-05', join(dir, 'missing.txt')], 'compare: --published gone.txt: not one of the report files given'],
    ];
    for (const [args, message] of cases) {
      const { stdout, error } = await compareInProcess(...args);
      expect(error?.message).toBe(message);
      expect(stdout).toBe('');
    }
  });

  it('stops reading a device or pipe at the size limit, and refuses a large regular file before reading it', async () => {
    expect((await compareInProcess('--json', '/dev/zero')).error?.message).toBe('/dev/zero: too large (reading stopped after 5 MB, the limit)');
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'a'.repeat(5 * 1024 * 1024 + 1));
    expect((await compareInProcess('--json', big)).error?.message).toBe(`${big}: too large (5 MB; the limit is 5 MB)`);
  });

  it('reads a UTF-8 file with a stray byte as UTF-8 and warns where the byte was', async () => {
    const damaged = join(dir, 'damaged.txt');
    const head = Buffer.from('Minister’s visit\n\nThe Minister’s office said on March 3, 2019 that talks ', 'utf8');
    writeFileSync(damaged, Buffer.concat([head, Buffer.from([0x92]), Buffer.from(' would go on. The visit ended a year of talks.\n', 'utf8')]));
    const { stdout, stderr, error } = await compareInProcess('--json', damaged);
    expect(error).toBeNull();
    expect(stderr).toBe(`parallax: warning: ${damaged}: 1 byte that is not valid UTF-8 was replaced with “\uFFFD”: line 3 (offset ${head.length})\n`);
    expect(JSON.parse(stdout).reports[0].title).toBe('Minister’s visit');
  });

  it('warns about an invalid front matter date and goes on with the text', async () => {
    const bad = join(dir, 'bad-date.txt');
    writeFileSync(
      bad,
      '---\npublished: 03/05/2019\n---\nExample agrees takeover\n\nExample Corp agreed on March 3, 2019 to buy its rival, the company said on Monday.\n\nThe deal ends a year of talks.\n',
    );
    const { stdout, stderr, error } = await compareInProcess('--json', bad);
    expect(error).toBeNull();
    expect(stderr).toBe(
      `parallax: warning: ${bad}: the front matter's "published: 03/05/2019" is not a date (YYYY-MM-DD, or a day with its month in words and a year), so it was ignored\n`,
    );
    expect(reports(stdout)).toEqual([['bad-date', '2019-03-03', 'inferred']]);
  });
});
