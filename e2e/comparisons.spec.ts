import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addDraftToLibrary, closeLibrary, expectComparedCount, ferryReports, openLibrary, openReader, seriousA11yViolations } from './helpers.ts';

const A = 'Ferry runs aground off Skye';
const B = 'Fog blamed as ferry hits rocks';

/** Opens the library and imports two reports: the first starts a comparison (named after its first report), the second joins it. */
async function importFerryPair(page: Page) {
  await openReader(page);
  const dialog = await openLibrary(page);
  for (const [text, into] of [
    [ferryReports()[0], 'new'],
    [ferryReports()[1], 'started'],
  ] as const) {
    await dialog.getByLabel(/Paste a report/).fill(text);
    await dialog.getByRole('button', { name: 'Add report' }).click();
    await addDraftToLibrary(dialog, into);
  }
  await expectComparedCount(page, 2);
  return dialog;
}

test('a saved comparison is renamed from the keyboard alone, the name outlasts a reload, and one never named follows its first report', async ({ page }) => {
  let dialog = await importFerryPair(page);
  let comparisons = dialog.getByRole('region', { name: 'Comparisons', exact: true });
  const row = (name: string) => comparisons.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Open comparison ${name}`, exact: true }) });
  await expect(row(A)).toContainText('(open now)');

  // Saved again under a name: a copy, said so, and the copy alone is marked open.
  const saveAs = comparisons.getByLabel('Save the current comparison as');
  await saveAs.focus();
  await page.keyboard.type('Skye ferry');
  await page.keyboard.press('Enter');
  const status = comparisons.getByRole('status');
  await expect(status).toHaveText(`Saved a copy of “${A}” under the name “Skye ferry”: the copy is the one open now.`);
  await expect(row('Skye ferry')).toContainText('(open now)');
  await expect(comparisons.getByText('(open now)')).toHaveCount(1);

  // Keyboard only: Tab from the row's Open button to Rename, Enter opens the form on the name.
  const rename = (name: string) => comparisons.getByRole('button', { name: `Rename comparison ${name}`, exact: true });
  await comparisons.getByRole('button', { name: 'Open comparison Skye ferry', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(rename('Skye ferry')).toBeFocused();
  await page.keyboard.press('Enter');
  const form = comparisons.getByRole('form', { name: 'Rename Skye ferry' });
  const field = form.getByLabel('Name', { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Skye ferry');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Escape cancels the rename (and leaves the dialog open); focus is back on Rename.
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(rename('Skye ferry')).toBeFocused();

  // An empty name is refused beside the field, which keeps focus.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('A comparison needs a name: type one, or Cancel to keep “Skye ferry”.');
  await expect(field).toBeFocused();

  // A name typed and Enter: saved, said so, focus back on the row's Rename button.
  await page.keyboard.type('Skye ferry grounding, 212 aboard');
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(rename('Skye ferry grounding, 212 aboard')).toBeFocused();
  await expect(status).toHaveText('Renamed “Skye ferry” to “Skye ferry grounding, 212 aboard”.');
  await expect(row('Skye ferry grounding, 212 aboard')).toContainText('(open now)');

  // The comparison nobody named follows its first report when that is retitled in the library.
  const library = dialog.getByRole('region', { name: 'Library', exact: true });
  await library.getByRole('button', { name: `Edit ${A}`, exact: true }).click();
  await library.getByLabel('Title', { exact: true }).fill('Ferry with 212 aboard runs aground off Skye');
  await library.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(row('Ferry with 212 aboard runs aground off Skye')).toContainText(`Ferry with 212 aboard runs aground off Skye · ${B}`);

  // After a reload: the new name, still the open one, and the other still named after its report.
  await page.reload();
  await expect(page.locator('article')).toHaveCount(2);
  dialog = await openLibrary(page);
  comparisons = dialog.getByRole('region', { name: 'Comparisons', exact: true });
  await expect(row('Skye ferry grounding, 212 aboard')).toContainText('(open now)');
  await expect(comparisons.getByText('(open now)')).toHaveCount(1);
  await expect(row('Ferry with 212 aboard runs aground off Skye')).toBeVisible();
  await expect(comparisons.getByRole('button', { name: /^Open comparison Skye ferry$/ })).toHaveCount(0);
});

test('a report added to the open comparison joins the saved comparison, which stays the open one after a reload', async ({ page }) => {
  let dialog = await importFerryPair(page);
  let comparisons = dialog.getByRole('region', { name: 'Comparisons', exact: true });
  const row = () => comparisons.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Open comparison ${A}`, exact: true }) });
  await expect(row()).toContainText('(open now)');

  const C = 'Skye ferry passengers praise lifeboat crews';
  const third = [C, '', 'Passengers of the ferry that ran aground near Uig on Saturday thanked the lifeboat crews who took them off in fog.'].join('\n');
  await dialog.getByLabel(/Paste a report/).fill(third);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await addDraftToLibrary(dialog, 'open');
  await expectComparedCount(page, 3);
  // The saved comparison holds the third report and is still the one open.
  await expect(row()).toContainText(C);
  await expect(row()).toContainText('(open now)');

  await page.reload();
  await expect(page.locator('article')).toHaveCount(2);
  await expectComparedCount(page, 3);
  dialog = await openLibrary(page);
  comparisons = dialog.getByRole('region', { name: 'Comparisons', exact: true });
  await expect(row()).toContainText(C);
  await expect(row()).toContainText('(open now)');
});

test('the exports of a comparison the reader named are called by that name', async ({ page }) => {
  const dialog = await importFerryPair(page);
  const comparisons = dialog.getByRole('region', { name: 'Comparisons', exact: true });
  await comparisons.getByLabel('Save the current comparison as').fill('Skye ferry, May 2024');
  await page.keyboard.press('Enter');
  await expect(comparisons.getByRole('status')).toContainText('under the name “Skye ferry, May 2024”');
  await closeLibrary(page);

  await page.getByRole('tab', { name: 'Export' }).click();
  const markdown = page.getByRole('group', { name: 'Export this comparison' }).getByRole('button', { name: 'Markdown (texts with marked facts)' });
  await expect(markdown).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), markdown.click()]);
  expect(file.suggestedFilename()).toBe('skye-ferry-may-2024.md');
  expect((await readFile((await file.path())!, 'utf8')).split('\n')[0]).toBe('# Skye ferry, May 2024');
});
