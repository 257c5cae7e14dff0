import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  addDraftToLibrary,
  chooseImportFiles,
  closeLibrary,
  expectComparedCount,
  ferryReports,
  importDraft,
  libraryEntry,
  openLibrary,
  openReader,
} from './helpers.ts';

/** A 78-character file name with no space in it: a browser finds nowhere to wrap it before its date. */
const LONG_FILE = 'Woodburn_bank_bombing_report_from_the_Oregon_State_Police_briefing_2008-12-13.txt';
const LONG_NAME = LONG_FILE.replace(/\.txt$/, '');

/** Body text only: its first line is a long sentence, so no headline is found and the file name names the report. */
const WOODBURN = [
  'Two police officers were killed on Friday afternoon when a bomb exploded inside a bank in Woodburn, Oregon, the Oregon State Police said at a briefing on Saturday.',
  'A bank employee found a suspicious device outside the building and called police, who carried it inside to examine it. The device went off as a bomb technician was trying to take it apart.',
  'The police chief of Woodburn lost part of a leg in the blast and was in critical condition in a Portland hospital. Investigators from the state police and the federal Bureau of Alcohol, Tobacco, Firearms and Explosives are searching for whoever left the bomb.',
].join('\n\n');

/** Writes the long-named file into the test's output folder and returns its path (chosen by path, as a user would). */
async function writeLongNamedFile(testInfo: TestInfo): Promise<string> {
  const file = testInfo.outputPath(LONG_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, WOODBURN);
  return file;
}

/** The open <dialog> is no wider than its box (nothing scrolls sideways) and its Close button is on a 390 px screen. */
async function expectDialogFitsPhone(page: Page, dialog: Locator) {
  const open = page.locator('dialog[open]');
  await expect(open).toHaveCount(1);
  const { scrollWidth, clientWidth } = await open.evaluate((d) => ({ scrollWidth: d.scrollWidth, clientWidth: d.clientWidth }));
  expect(scrollWidth, 'the dialog scrolls sideways').toBeLessThanOrEqual(clientWidth + 1);
  const close = dialog.getByRole('button', { name: 'Close', exact: true });
  await expect(close).toBeVisible();
  const box = (await close.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'the Close button is off the screen').toBeLessThanOrEqual(390);
}

test.describe('on a phone, a report named after a long file with no break in its name', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('wraps inside the library dialog: nothing scrolls sideways and Close stays on screen, in the check form and the list', async ({ page }, testInfo) => {
    const file = await writeLongNamedFile(testInfo);
    await openReader(page);
    const dialog = await openLibrary(page);
    await expectDialogFitsPhone(page, dialog);

    await chooseImportFiles(dialog, file);
    const draft = importDraft(dialog);
    await expect(draft).toBeVisible();
    await expect(draft).toContainText(LONG_FILE);
    await expectDialogFitsPhone(page, dialog);

    await addDraftToLibrary(dialog, 'new');
    await expect(libraryEntry(dialog, LONG_NAME)).toBeChecked();
    await expectDialogFitsPhone(page, dialog);
    // The Close button does its job from where it is.
    await closeLibrary(page);
  });

  test('the check form says what the untitled report will be called: an empty title, the file name as placeholder and hint', async ({ page }, testInfo) => {
    const file = await writeLongNamedFile(testInfo);
    await openReader(page);
    const dialog = await openLibrary(page);
    await chooseImportFiles(dialog, file);
    const draft = importDraft(dialog);
    await expect(draft).toBeVisible();
    await expect(draft).toContainText('Two police officers were killed on Friday afternoon');

    const title = draft.getByLabel('Title', { exact: true });
    await expect(title).toHaveValue('');
    await expect(title).toHaveAttribute('placeholder', LONG_NAME);
    const hint = draft.getByText(/No headline: the report is shown as/);
    await expect(hint).toBeVisible();
    await expect(hint).toContainText(LONG_NAME);
    await expect(hint).not.toContainText('.txt');
    // The hint is the input's description, so a screen reader hears it on the empty field.
    await expect(title).toHaveAccessibleDescription(/No headline: the report is shown as “Woodburn_bank_bombing/);

    // A typed headline names the report: the hint goes.
    await title.fill('Bomb kills two officers at Woodburn bank');
    await expect(draft.getByText(/No headline: the report is shown as/)).toHaveCount(0);
    await title.fill('');
    await expect(hint).toBeVisible();

    await addDraftToLibrary(dialog, 'new');
    await expect(libraryEntry(dialog, LONG_NAME)).toBeChecked();
  });
});

test('library rows give keyboard focus back: Edit → Cancel or Save to Edit, Delete → Keep to Delete, a deletion to the next report', async ({ page }) => {
  const [ferryA, ferryB] = ferryReports();
  await openReader(page);
  const dialog = await openLibrary(page);
  for (const [text, into] of [
    [ferryA, 'new'],
    [ferryB, 'started'],
  ] as const) {
    await dialog.getByLabel(/Paste a report/).fill(text);
    await dialog.getByRole('button', { name: 'Add report' }).click();
    await addDraftToLibrary(dialog, into);
  }
  await expectComparedCount(page, 2);
  const library = dialog.getByRole('region', { name: 'Library', exact: true });
  const A = 'Ferry runs aground off Skye';
  const B = 'Fog blamed as ferry hits rocks';
  await expect(libraryEntry(dialog, A)).toBeVisible();
  await expect(libraryEntry(dialog, B)).toBeVisible();
  const button = (label: string) => library.getByRole('button', { name: label, exact: true });

  // Edit → Cancel: back on the row's Edit button; the form names the report it edits.
  await button(`Edit ${A}`).press('Enter');
  const form = library.getByRole('form', { name: `Edit ${A}` });
  await expect(form).toBeVisible();
  await expect(form).toContainText(`Editing “${A}”`);
  await form.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(form).toHaveCount(0);
  await expect(button(`Edit ${A}`)).toBeFocused();

  // Edit → Save (a new title): back on the Edit button, which now carries the new name.
  const renamed = 'Ferry with 212 aboard runs aground off Skye';
  await button(`Edit ${A}`).press('Enter');
  await form.getByLabel('Title', { exact: true }).fill(renamed);
  await form.getByRole('button', { name: 'Save' }).press('Enter');
  await expect(button(`Edit ${renamed}`)).toBeFocused();

  // Delete → Keep: back on the row's Delete button.
  await button(`Delete ${B}`).press('Enter');
  const confirm = library.getByRole('group', { name: `Confirm deleting ${B}` });
  await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep' }).press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(button(`Delete ${B}`)).toBeFocused();

  // Delete → Delete: the report goes and focus moves to the next report's checkbox (the one before when
  // it was the last), never to the page body.
  const names = await library.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''));
  const index = names.indexOf(B);
  expect(index).toBeGreaterThanOrEqual(0);
  const next = names[index + 1] ?? names[index - 1]!;
  await button(`Delete ${B}`).press('Enter');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).press('Enter');
  await expect(libraryEntry(dialog, B)).toHaveCount(0);
  await expect(libraryEntry(dialog, next)).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  await expect(library.locator('input[type="checkbox"]:focus')).toHaveCount(1);
});

test('with one report chosen, the panes are not left busy', async ({ page }) => {
  await openReader(page);
  const titles = await page.locator('article').getByRole('heading', { level: 2 }).allInnerTexts();
  expect(titles).toHaveLength(2);
  const dialog = await openLibrary(page);
  await libraryEntry(dialog, titles[1]!).uncheck();
  await expectComparedCount(page, 1);
  await closeLibrary(page);

  await expect(page.locator('article')).toHaveCount(1);
  await expect(page.locator('article h2')).toHaveText(titles[0]!);
  // No analysis is coming for one report: nothing says it is busy (it had stayed busy for good) ...
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // ... and the panes' grid is there, saying so.
  await expect(page.locator('[aria-busy="false"]:has(article)')).toHaveCount(1);
});

test('closing the library gives focus back to its button, by Close, Escape or opening a comparison', async ({ page }) => {
  await openReader(page);
  const libraryButton = page.getByRole('button', { name: /Library & import/ });
  for (const leave of ['Close', 'Escape', 'Open'] as const) {
    await libraryButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (leave === 'Escape') await page.keyboard.press('Escape');
    else {
      const name = leave === 'Close' ? 'Close' : 'Open comparison Bundled example';
      await dialog.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(dialog).toHaveCount(0);
    await expect(libraryButton, `after ${leave}`).toBeFocused();
  }
});

test('closing the library keeps what waits to be added, files in their checks and pasted text, and leaving the page asks first', async ({ page }) => {
  await openReader(page);
  const [a, b] = ferryReports();
  const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  let dialog = await openLibrary(page);
  await chooseImportFiles(dialog, [file('ferry-a.txt', a), file('ferry-b.txt', b)]);
  await expect(importDraft(dialog)).toContainText('Check the report from ferry-a.txt (1 more waiting)');
  for (const leave of ['Close', 'Escape'] as const) {
    if (leave === 'Close') await closeLibrary(page);
    else {
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
    dialog = await openLibrary(page);
    await expect(importDraft(dialog), `after ${leave}`).toContainText('Check the report from ferry-a.txt (1 more waiting)');
  }
  // Both at once, into one new comparison.
  await dialog
    .getByRole('group', { name: 'Imported reports go to' })
    .getByRole('radio', { name: /^a new comparison/ })
    .check();
  await importDraft(dialog).getByRole('button', { name: 'Add all 2' }).click();
  await expect(importDraft(dialog)).toBeHidden();
  // Both are said to be added, not only the last one (user test W), and once: not also "Saved …" at the dialog's top.
  await expect(dialog.getByText('Added 2 reports to the library.')).toBeVisible();
  await expect(dialog.getByText(/^Saved/)).toHaveCount(0);
  await expectComparedCount(page, 2);
  await expect(dialog.getByRole('group', { name: 'Imported reports go to' })).toContainText('(2 so far)');

  const pasteBox = dialog.getByLabel(/^Paste a report/);
  await pasteBox.fill('A ferry ran aground off Skye on Saturday.');
  await closeLibrary(page);
  // What the import said belongs to that visit: no status line in the page, shown or not, still says
  // it once the library is closed, nor when it opens again (user test Y).
  const saidBefore = page.locator('[role="status"]').filter({ hasText: /Saved all|Added 2 reports/ });
  await expect(saidBefore).toHaveCount(0);
  dialog = await openLibrary(page);
  await expect(saidBefore).toHaveCount(0);
  await expect(dialog.getByLabel(/^Paste a report/)).toHaveValue('A ferry ran aground off Skye on Saturday.');

  // Leaving the page with the paste not added asks first; the page stays when the reader says no.
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  // Nothing left pending, so closing the page at the test's end asks nothing: a second prompt there
  // raced the test's teardown ("browserContext.close: Test ended") in one CI run.
  await dialog.getByLabel(/^Paste a report/).fill('');
  page.on('dialog', (d) => void d.accept());
});

test('Tab stays inside an open dialog: the list of keys and the library wrap from their last control to their first', async ({ page }) => {
  await openReader(page);
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys).toBeVisible();
  const close = keys.getByRole('button', { name: 'Close' });
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    await expect(close, `Tab ${i + 1}`).toBeFocused();
  }
  await page.keyboard.press('Escape');

  const library = await openLibrary(page);
  const libraryClose = library.getByRole('button', { name: 'Close', exact: true });
  await libraryClose.focus();
  await page.keyboard.press('Shift+Tab');
  const last = page.locator(':focus');
  await expect(last).not.toHaveCount(0);
  expect(await last.evaluate((el) => !!el.closest('dialog'))).toBe(true);
  await page.keyboard.press('Tab');
  await expect(libraryClose).toBeFocused();
});
