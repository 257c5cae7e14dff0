import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATE_WORD, MB, datedReport, oversizePaste, proseReport, shortLines } from '../scripts/browser-bench/huge-inputs.ts';
import { addDraftToLibrary, closeLibrary, importDraft, libraryEntry, openLibrary, openReader } from './helpers.ts';

// The largest inputs the app accepts (issue 13). Correctness only: how long each step takes, and
// that no task blocks the page, is measured by `npm run bench:huge`, never asserted here.
test.describe.configure({ timeout: 240_000 });

/** Imports `text` from a file beside the first bundled report (the second unticked) and returns its pane. */
async function importBesideFirst(page: Page, name: string, text: string) {
  await openReader(page);
  const titles = await page.locator('article h2').allInnerTexts();
  const dialog = await openLibrary(page);
  await libraryEntry(dialog, titles[1]!).uncheck();
  // A file on disk: Playwright sends an in-memory buffer through the page as base64.
  const path = join(mkdtempSync(join(tmpdir(), 'parallax-e2e-')), name);
  writeFileSync(path, text);
  await dialog.getByLabel('Choose report files').setInputFiles(path);
  await expect(importDraft(dialog)).toBeVisible({ timeout: 60_000 });
  await addDraftToLibrary(dialog, 'open');
  await closeLibrary(page);
  const title = text.slice(0, text.indexOf('\n'));
  return page.getByRole('region', { name: `Report B: ${title}` }).locator('[data-pane]');
}

/** Scrolls a pane to its end (repeating while late-laid-out text grows it) and returns what its last lines say. */
async function scrollToEnd(pane: ReturnType<Page['locator']>) {
  return pane.evaluate(async (box) => {
    for (let i = 0, still = 0; i < 300 && still < 4; i++) {
      box.scrollTop = box.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      still = box.scrollTop + box.clientHeight >= box.scrollHeight - 2 ? still + 1 : 0;
    }
    const body = box.querySelector('.reader-body')!;
    const last = body.lastElementChild!;
    const inView = last.getBoundingClientRect().top < box.getBoundingClientRect().bottom;
    return { inView, text: (last.textContent ?? '').slice(-200) };
  });
}

test('a 4.9 MB report shows its text from the first paragraph to the last, and its facts are found', async ({ page }) => {
  const text = proseReport(4.9 * MB);
  const pane = await importBesideFirst(page, 'prose.txt', text);
  const paragraphs = text.split('\n\n').slice(2);
  await expect(pane.locator('.reader-body')).toContainText(paragraphs[0]!.slice(0, 80), { timeout: 60_000 });
  const end = await scrollToEnd(pane);
  expect(end.inView).toBe(true);
  expect(end.text.trim().endsWith(paragraphs[paragraphs.length - 1]!.trim().slice(-100))).toBe(true);
  // The analysis arrives, and the sentences near the screen carry their marks.
  await expect(page.getByTestId('facts-summary')).toBeVisible({ timeout: 180_000 });
  await expect(pane.locator('[data-sentence]').first()).toBeAttached({ timeout: 30_000 });
});

test('100,000 short lines are all there: the first line, and the last after scrolling to the end', async ({ page }) => {
  const pane = await importBesideFirst(page, 'lines.txt', shortLines(100_000));
  await expect(pane.locator('.reader-body')).toContainText('Line 1: the', { timeout: 60_000 });
  const end = await scrollToEnd(pane);
  expect(end.inView).toBe(true);
  expect(end.text).toContain('Line 100000:');
});

test('10,000 dated days: the Timeline tab lists events, a search finds the last one, and it opens in the reader', async ({ page }) => {
  const pane = await importBesideFirst(page, 'dates.txt', datedReport(10_000));
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByTestId('timeline-count')).toHaveText(/Showing (\d{2},?\d{3}) of \1 events/, { timeout: 120_000 });
  const list = page.getByRole('list', { name: 'Timeline' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search events' }).fill(LATE_WORD.toLowerCase());
  await expect(page.getByTestId('timeline-count')).toHaveText(/^Showing 1 of /);
  const card = list.getByRole('button').filter({ hasText: LATE_WORD });
  await expect(card).toHaveCount(1);
  await card.click();
  // Its sentence is at the far end of the report, in a block shown as plain text until asked for.
  const sentence = pane.locator('[data-sentence]').filter({ hasText: LATE_WORD });
  await expect(sentence).toBeFocused({ timeout: 10_000 });
  await expect(sentence.locator('mark')).toHaveCount(1);
});

test('a paste over 5 MB is refused before it reaches the text box', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openReader(page);
  const dialog = await openLibrary(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), oversizePaste());
  const box = dialog.getByLabel(/Paste a report/);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(dialog.getByRole('alert')).toContainText(/The pasted text is too large \(5\.\d MB; the limit is 5 MB\)/);
  await expect(box).toHaveValue('');
  await expect(importDraft(dialog)).toHaveCount(0);
});
