import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  addDraftToLibrary,
  chooseImportFiles,
  closeLibrary,
  compareOnly,
  expectComparedCount,
  explosionReports,
  importDraft,
  openLibrary,
  openReader,
  waitForAnalysis,
} from './helpers.ts';

/** Clicks an Export button and returns the downloaded file's name and raw bytes. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export this comparison' }).getByRole('button', { name: label, exact: true }).click(),
  ]);
  const failure = await file.failure();
  expect(failure).toBeNull();
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** UTF-8 text without the BOM the CSV exports start with. */
function text(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, CRLF and
 * doubled quotes. Throws on anything malformed (a quote inside an unquoted field, text after a
 * closing quote, an unterminated quote), so a parse is a real check.
 */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = input.length;
  if (n === 0) return rows;
  for (;;) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const c = input[i]!;
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += c;
          i++;
        }
      }
      if (i < n && input[i] !== ',' && !input.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < n && input[i] !== ',' && !input.startsWith('\r\n', i)) {
        if (input[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        if (input[i] === '\n' || input[i] === '\r') throw new Error(`bare line break at ${i}`);
        field += input[i];
        i++;
      }
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (input[i] === ',') {
      i++;
      continue;
    }
    // CRLF ends the record; a final CRLF ends the file.
    i += 2;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

test('parseCsv reads RFC 4180 quoting', () => {
  expect(parseCsv('a,b\r\n"x, ""y""","line\r\nbreak"\r\n,\r\n')).toEqual([
    ['a', 'b'],
    ['x, "y"', 'line\r\nbreak'],
    ['', ''],
  ]);
  expect(() => parseCsv('a,"b\r\n')).toThrow();
  expect(() => parseCsv('a,b"c\r\n')).toThrow();
});

test.describe('export of the bundled pair', () => {
  let titles: string[];

  test.beforeEach(async ({ page }) => {
    await openReader(page);
    titles = await page.locator('article').getByRole('heading', { level: 2 }).allInnerTexts();
    await waitForAnalysis(page);
    await page.getByRole('tab', { name: 'Export' }).click();
    await expect(page.getByRole('group', { name: 'Export this comparison' }).getByRole('button').first()).toBeEnabled();
  });

  test('JSON has reports, facts and timeline in the compare --json shape', async ({ page }) => {
    const { name, bytes } = await download(page, 'JSON (full comparison)');
    expect(name).toMatch(/^[a-z0-9-]+\.json$/);
    const json = JSON.parse(text(bytes));
    expect(Object.keys(json).sort()).toEqual(['facts', 'reports', 'timeline', 'unplaced']);
    // Both bundled reports state their date, so nothing is left unplaced.
    expect(json.unplaced).toEqual([]);

    expect(json.reports).toHaveLength(2);
    expect(json.reports.map((r: { title: string }) => r.title)).toEqual(titles);
    for (const report of json.reports) {
      expect(Object.keys(report).sort()).toEqual(['file', 'id', 'published', 'publishedFrom', 'removed', 'sentences', 'source', 'title']);
      expect(report).toMatchObject({ id: expect.any(String), title: expect.any(String), sentences: expect.any(Array), removed: expect.any(Array) });
      for (const key of ['file', 'source'] as const) expect(report[key] === null || typeof report[key] === 'string').toBe(true);
      expect(report.published === null || /^\d{4}-\d{2}-\d{2}$/.test(report.published)).toBe(true);
      expect(report.publishedFrom).toBe('stated');
      expect(report.sentences.length).toBeGreaterThan(5);
      for (const s of report.sentences) expect(s).toEqual({ id: expect.any(String), text: expect.any(String) });
    }
    const ids = json.reports.map((r: { id: string }) => r.id);
    const sentenceIds = new Map<string, Set<string>>(
      json.reports.map((r: { id: string; sentences: { id: string }[] }) => [r.id, new Set(r.sentences.map((s) => s.id))]),
    );

    expect(json.facts.length).toBeGreaterThan(0);
    for (const fact of json.facts) {
      const conflict = fact.kind === 'conflict' ? { differences: expect.any(Array) } : {};
      expect(fact).toEqual({
        id: expect.any(String),
        kind: expect.stringMatching(/^(shared|conflict)$/),
        mentions: expect.any(Array),
        score: expect.any(Number),
        ...conflict,
      });
      expect(fact.score).toBeGreaterThanOrEqual(0);
      expect(fact.score).toBeLessThanOrEqual(1);
      expect(fact.mentions.length).toBeGreaterThanOrEqual(2);
      for (const m of fact.mentions) {
        // `span`: the claim's [start, end) in the sentence, when the sentence states more than this fact.
        const span = m.span ? { span: [expect.any(Number), expect.any(Number)] } : {};
        expect(m).toEqual({ report: expect.any(String), sentence: expect.any(String), ...span });
        expect(ids).toContain(m.report);
        expect(sentenceIds.get(m.report)!.has(m.sentence)).toBe(true);
      }
    }

    expect(json.timeline.length).toBeGreaterThan(0);
    for (const event of json.timeline) {
      expect(event).toEqual({ id: expect.any(String), date: expect.any(String), label: expect.any(String), mentions: expect.any(Array) });
      expect(event.mentions.length).toBeGreaterThan(0);
      for (const m of event.mentions) {
        expect(m).toEqual({ report: expect.any(String), sentence: expect.any(String), text: expect.any(String) });
        expect(sentenceIds.get(m.report)!.has(m.sentence)).toBe(true);
      }
    }
  });

  test('Markdown names both reports', async ({ page }) => {
    const { name, bytes } = await download(page, 'Markdown (texts with marked facts)');
    expect(name).toMatch(/\.md$/);
    const markdown = text(bytes);
    expect(markdown).toMatch(/^# /);
    // Markdown escapes (\*, \[ …) removed before looking for the titles.
    const plain = markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    for (const title of titles) expect(plain).toContain(title);
  });

  test('facts CSV parses, with a header row and one row per fact mention', async ({ page }) => {
    const { name, bytes } = await download(page, 'Facts (CSV)');
    expect(name).toMatch(/\.facts\.csv$/);
    const rows = parseCsv(text(bytes));
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(['fact', 'kind', 'report', 'sentence', 'text']));
    expect(data.length).toBeGreaterThanOrEqual(2);
    for (const row of data) expect(row).toHaveLength(header!.length);
    const col = (n: string) => header!.indexOf(n);
    for (const row of data) {
      expect(row[col('kind')]).toMatch(/^(shared|conflict)$/);
      expect(row[col('text')]!.length).toBeGreaterThan(10);
    }
    // Every fact appears in at least two rows (one per report that states it).
    const perFact = new Map<string, number>();
    for (const row of data) perFact.set(row[col('fact')]!, (perFact.get(row[col('fact')]!) ?? 0) + 1);
    for (const count of perFact.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  test('timeline CSV parses, with a header row', async ({ page }) => {
    const { name, bytes } = await download(page, 'Timeline (CSV)');
    expect(name).toMatch(/\.timeline\.csv$/);
    const rows = parseCsv(text(bytes));
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(['event', 'date', 'label', 'report', 'sentence']));
    expect(data.length).toBeGreaterThan(0);
    for (const row of data) {
      expect(row).toHaveLength(header!.length);
      expect(row[header!.indexOf('event')]).not.toBe('');
      expect(row[header!.indexOf('date')]).not.toBe('');
    }
  });

  test('iCalendar has a calendar of all-day events with CRLF line endings', async ({ page }) => {
    const { name, bytes } = await download(page, 'Timeline (calendar, .ics)');
    expect(name).toMatch(/\.ics$/);
    const ics = text(bytes);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Every line break is CRLF.
    expect(ics).not.toMatch(/(?<!\r)\n/);
    expect(ics).not.toMatch(/\r(?!\n)/);
    const lines = ics.split('\r\n');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(begins).toBeGreaterThan(0);
    expect(lines.filter((l) => l === 'END:VEVENT').length).toBe(begins);
    const starts = lines.filter((l) => /^DTSTART[;:]/.test(l));
    expect(starts).toHaveLength(begins);
    for (const line of starts) expect(line).toMatch(/^DTSTART(;VALUE=DATE)?:\d{8}(T\d{6}Z?)?$/);
    // Folded lines stay within 75 octets.
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

test('hostile report text stays text in the exports: a paragraph opening with ~~~, a full-width ＝ formula', async ({ page }) => {
  const [a, b] = explosionReports('12', '12');
  const hostile = a
    .replace('The explosion killed 12 workers', '＝HYPERLINK("http://example.com") The explosion killed 12 workers')
    .concat('\n\n~~~ Officials said the plant would stay shut until the inquiry ends.');
  await compareOnly(page, [hostile, b]);
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByRole('group', { name: 'Export this comparison' }).getByRole('button').first()).toBeEnabled();

  const markdown = text((await download(page, 'Markdown (texts with marked facts)')).bytes);
  expect(markdown).toContain('\\~\\~\\~ Officials said the plant would stay shut');
  // No line opens a code block, so the sections after the hostile paragraph are still Markdown.
  expect(markdown.split('\n').filter((line) => /^ {0,3}(`{3,}|~{3,})| {4}\S/.test(line))).toEqual([]);
  expect(markdown).toMatch(/\n## Timeline \(\d+\)\n/);

  const rows = parseCsv(text((await download(page, 'Facts (CSV)')).bytes));
  const hostileRows = rows.filter((row) => row.some((field) => field.includes('HYPERLINK')));
  expect(hostileRows.length).toBeGreaterThan(0);
  for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[\s\u200b\ufeff]*[=+\-@＝＋－＠]/);
  for (const row of hostileRows) expect(row.find((field) => field.includes('HYPERLINK'))).toMatch(/^'＝HYPERLINK/);
});

test('a report imported from a file with no headline is called by its file name in the CSVs, while the JSON keeps its empty title', async ({ page }) => {
  const [a, b] = explosionReports('12', '12');
  // Report A without its headline line: it opens on a long sentence, so it has no title. A full date puts
  // its blast on the timeline too (its "Wednesday morning" has no publication date to be read against).
  const untitled = a.split('\n').slice(2).join('\n').replace('on Wednesday morning', 'on Wednesday, March 5, 2025');
  const titled = b.split('\n')[0]!;
  await openReader(page);
  const dialog = await openLibrary(page);
  await chooseImportFiles(dialog, { name: 'untitled-report.txt', mimeType: 'text/plain', buffer: Buffer.from(untitled) });
  await expect(importDraft(dialog).getByLabel('Title', { exact: true })).toHaveValue('');
  await addDraftToLibrary(dialog, 'new');
  await chooseImportFiles(dialog, { name: 'titled-report.txt', mimeType: 'text/plain', buffer: Buffer.from(b) });
  await expect(importDraft(dialog).getByLabel('Title', { exact: true })).toHaveValue(titled);
  await addDraftToLibrary(dialog, 'started');
  await expectComparedCount(page, 2);
  await closeLibrary(page);
  await waitForAnalysis(page);
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByRole('group', { name: 'Export this comparison' }).getByRole('button').first()).toBeEnabled();

  // The JSON is the CLI's contract: the title as read, empty; the file name is there for whoever wants it.
  const json = JSON.parse(text((await download(page, 'JSON (full comparison)')).bytes));
  const untitledReport = json.reports.find((r: { file: string | null }) => r.file === 'untitled-report.txt');
  const titledReport = json.reports.find((r: { file: string | null }) => r.file === 'titled-report.txt');
  expect(untitledReport).toMatchObject({ title: '' });
  expect(titledReport).toMatchObject({ title: titled });

  for (const label of ['Facts (CSV)', 'Timeline (CSV)']) {
    const [header, ...data] = parseCsv(text((await download(page, label)).bytes));
    const report = header!.indexOf('report');
    const title = header!.indexOf('report_title');
    expect(report, label).toBeGreaterThanOrEqual(0);
    expect(title, label).toBeGreaterThanOrEqual(0);
    const rowsOf = (id: string) => data.filter((row) => row[report] === id);
    // The untitled report is in this file (it shares facts with the other; its blast is dated).
    expect(rowsOf(untitledReport.id).length, label).toBeGreaterThan(0);
    for (const row of rowsOf(untitledReport.id)) expect(row[title], label).toBe('untitled-report');
    for (const row of rowsOf(titledReport.id)) expect(row[title], label).toBe(titled);
    expect(
      data.every((row) => row[title] !== ''),
      label,
    ).toBe(true);
  }
});
