import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDraftToLibrary, closeLibrary, expectComparedCount, libraryEntry, openLibrary, openReader } from './helpers.ts';

const PARK_TITLE = 'New riverside park opens on former rail yard';
const PARK_TEXT = `${PARK_TITLE}

By Ana Ruiz | Metro Weekly | May 2, 2024

A riverside park built on a former rail yard opened to the public on Saturday, the city's parks department said.

The 14-hectare park includes a skate area, two playgrounds and a 1.5-kilometre walking loop along the water.

Work on the site began in 2021 after soil contaminated by a century of rail traffic was removed.

The park will stay open until 10pm during the summer months.
`;

async function pasteAndAdd(dialog: Locator, text: string) {
  await dialog.getByLabel(/Paste a report/).fill(text);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await addDraftToLibrary(dialog);
}

function libraryList(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: 'Library', exact: true });
}

/** The library line for `title`: its name, then "source · date". */
function entryLine(dialog: Locator, title: string): Locator {
  return libraryList(dialog)
    .getByRole('listitem')
    .filter({ has: dialog.page().getByText(title, { exact: true }) });
}

async function twoTabs(page: Page): Promise<Page> {
  await openReader(page);
  const other = await page.context().newPage();
  await openReader(other);
  return other;
}

test('an import, a tick and an untick in one tab show in the other without a reload', async ({ page }) => {
  const other = await twoTabs(page);
  const dialog = await openLibrary(page);
  await pasteAndAdd(dialog, PARK_TEXT);
  await expectComparedCount(page, 3);

  await expectComparedCount(other, 3);
  const otherDialog = await openLibrary(other);
  await expect(libraryEntry(otherDialog, PARK_TITLE)).toBeChecked();

  await libraryEntry(otherDialog, PARK_TITLE).uncheck();
  await expectComparedCount(other, 2);
  await expectComparedCount(page, 2);
  await expect(libraryEntry(dialog, PARK_TITLE)).not.toBeChecked();
});

test('a title edited in one tab survives a source edited in the other tab’s older form', async ({ page }) => {
  const other = await twoTabs(page);
  const dialog = await openLibrary(page);
  await pasteAndAdd(dialog, PARK_TEXT);
  const otherDialog = await openLibrary(other);
  await expect(libraryEntry(otherDialog, PARK_TITLE)).toBeVisible();

  // The other tab opens the edit form first, so its form holds the old title.
  await otherDialog.getByRole('button', { name: `Edit ${PARK_TITLE}` }).click();
  // Named by the report's current title, which the first tab changes: any edit form in this dialog.
  const staleForm = otherDialog.getByRole('form', { name: /^Edit / });
  await expect(staleForm.getByLabel('Title', { exact: true })).toHaveValue(PARK_TITLE);

  await dialog.getByRole('button', { name: `Edit ${PARK_TITLE}` }).click();
  const form = dialog.getByRole('form', { name: `Edit ${PARK_TITLE}` });
  await form.getByLabel('Title', { exact: true }).fill('Rail yard becomes a riverside park');
  await form.getByRole('button', { name: 'Save' }).click();

  await staleForm.getByLabel('Source', { exact: true }).fill('Metro Weekly Online');
  await staleForm.getByRole('button', { name: 'Save' }).click();

  for (const [tab, d] of [
    [page, dialog],
    [other, otherDialog],
  ] as const) {
    const line = entryLine(d, 'Rail yard becomes a riverside park');
    await expect(line, `library in ${tab === page ? 'the first' : 'the second'} tab`).toContainText('Metro Weekly Online');
  }
  await page.reload();
  const reopened = await openLibrary(page);
  await expect(entryLine(reopened, 'Rail yard becomes a riverside park')).toContainText('Metro Weekly Online');
});

test('a report deleted in one tab does not come back when the other tab edits it', async ({ page }) => {
  const other = await twoTabs(page);
  const dialog = await openLibrary(page);
  await pasteAndAdd(dialog, PARK_TEXT);
  const otherDialog = await openLibrary(other);
  await otherDialog.getByRole('button', { name: `Edit ${PARK_TITLE}` }).click();
  const staleForm = otherDialog.getByRole('form', { name: /^Edit / });
  await staleForm.getByLabel('Source', { exact: true }).fill('Metro Weekly Online');

  await libraryList(dialog)
    .getByRole('button', { name: `Delete ${PARK_TITLE}` })
    .click();
  await libraryList(dialog)
    .getByRole('group', { name: `Confirm deleting ${PARK_TITLE}` })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(libraryEntry(dialog, PARK_TITLE)).toHaveCount(0);

  // The other tab learns of the deletion: the report leaves its list and its comparison.
  await expect(staleForm).toBeHidden();
  await expect(libraryEntry(otherDialog, PARK_TITLE)).toHaveCount(0);
  await expectComparedCount(other, 2);
  await closeLibrary(other);

  await other.reload();
  await expect(other.locator('article')).toHaveCount(2);
  await expect(libraryEntry(await openLibrary(other), PARK_TITLE)).toHaveCount(0);
});
