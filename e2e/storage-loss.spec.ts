import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDraftToLibrary, expectComparedCount, importDraft, libraryEntry, openLibrary, openReader } from './helpers.ts';

const PARK_TITLE = 'New riverside park opens on former rail yard';
const PARK_TEXT = `${PARK_TITLE}

By Ana Ruiz | Metro Weekly | May 2, 2024

A riverside park built on a former rail yard opened to the public on Saturday, the city's parks department said.

The 14-hectare park includes a skate area, two playgrounds and a 1.5-kilometre walking loop along the water.

Work on the site began in 2021 after soil contaminated by a century of rail traffic was removed.
`;

const MARKET_TITLE = 'Farmers market moves indoors for the winter';
const MARKET_TEXT = `${MARKET_TITLE}

By Lena Vos | Harbour Times | November 4, 2024

The weekly farmers market will move into the old tram depot from Saturday, organisers said, after two seasons of cancelled winter markets.

Forty stalls will fit inside the depot, ten fewer than on the square in summer.

The market opens at 8am and closes at 1pm.
`;

/** A long report (about 150 KB): every paragraph says something different, as a real long read would. */
function longReport(): { title: string; text: string } {
  const title = 'Annual report of the regional water board';
  const paragraphs = Array.from(
    { length: 900 },
    (_, i) =>
      `In district ${i + 1}, inspectors checked ${((i * 37) % 500) + 20} pipes and replaced ${((i * 11) % 40) + 1} of them, ` +
      `while the pumping station at kilometre ${i + 3} ran for ${((i * 13) % 300) + 60} hours without a fault.`,
  );
  return { title, text: `${title}\n\nBy Noor Haddad | Valley Courier | March 3, 2025\n\n${paragraphs.join('\n\n')}\n` };
}

/** The titles of the reports in the app's IndexedDB library, read as the page sees them. */
function storedReportTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('parallax-library');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reports')) return resolve([]);
          const all = db.transaction('reports').objectStore('reports').getAll();
          all.onsuccess = () => resolve((all.result as { title?: string }[]).map((r) => r.title ?? ''));
          all.onerror = () => resolve([]);
        };
      }),
  );
}

async function pasteAndAdd(dialog: Locator, text: string) {
  await dialog.getByLabel(/Paste a report/).fill(text);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await addDraftToLibrary(dialog);
}

function libraryStatus(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: 'Library', exact: true }).getByRole('status');
}

test('a report held only in memory (storage full) leaves the saved comparison on reload', async ({ page }) => {
  await openReader(page);
  const dialog = await openLibrary(page);
  await pasteAndAdd(dialog, PARK_TEXT);
  // Storage fills only once the park report is on disk: on a loaded machine its save could come after
  // the patch below, and the report was then rightly lost on reload (flaky once in fresh-check).
  await expect.poll(() => storedReportTitles(page)).toContain(PARK_TITLE);
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await pasteAndAdd(dialog, MARKET_TEXT);
  await expect(dialog.getByText(/Nothing is saved on this device: the browser’s storage is full/)).toBeVisible();
  await expectComparedCount(page, 4);

  await page.reload();
  await expect(page.locator('article')).toHaveCount(2);
  await expectComparedCount(page, 3);
  const reopened = await openLibrary(page);
  await expect(libraryStatus(reopened)).toHaveText('3 of 3 reports compared.');
  await expect(libraryEntry(reopened, PARK_TITLE)).toBeChecked();
  // The saved choice itself no longer holds the lost id.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('parallax.selection') ?? '[]') as string[]);
  expect(saved).toHaveLength(3);
});

test('after site data is cleared while the app is open, the next save reopens storage and lasts', async ({ page }) => {
  await openReader(page);
  const dialog = await openLibrary(page);
  await pasteAndAdd(dialog, PARK_TEXT);
  // The clearing must come after the park report is on disk: on a loaded machine the save could land
  // after it, and the report then rightly survived (flaky once in fresh-check).
  await expect.poll(() => storedReportTitles(page)).toContain(PARK_TITLE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });

  await pasteAndAdd(dialog, MARKET_TEXT);
  await expect(libraryEntry(dialog, MARKET_TITLE)).toBeChecked();
  await expect(dialog.getByText(/Nothing is saved on this device/)).toHaveCount(0);
  await expect(dialog.getByText(/private window/)).toHaveCount(0);

  await page.reload();
  await expect(page.locator('article')).toHaveCount(2);
  const reopened = await openLibrary(page);
  await expect(libraryEntry(reopened, MARKET_TITLE)).toBeChecked();
  // The report saved before the clearing went with the site data, and with it its place in the comparison.
  await expect(libraryEntry(reopened, PARK_TITLE)).toHaveCount(0);
  await expectComparedCount(page, 3);
});

test('a reload right after adding a long report does not lose it', async ({ page }) => {
  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    // Staying on the page is what a user who is told a save is under way would choose.
    void dialog.dismiss();
  });
  const { title, text } = longReport();
  await openReader(page);
  const dialog = await openLibrary(page);
  // Into the open comparison, so the reload shows the bundled pair's two panes with it.
  await dialog.getByRole('radio', { name: /^the open comparison/ }).check();
  await dialog.getByLabel(/Paste a report/).fill(text);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  const add = importDraft(dialog).getByRole('button', { name: 'Add to library' });
  await expect(add).toBeVisible();
  // Add and reload in one go, before the save can have finished.
  await add
    .evaluate((button) => {
      (button as HTMLButtonElement).click();
      location.reload();
    })
    .catch(() => undefined);

  await expect(page.locator('article')).toHaveCount(2);
  if (prompts.length) {
    expect(prompts).toEqual(['beforeunload']);
    await expect(page.getByText('Saving to this device…')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('article')).toHaveCount(2);
  }
  const reopened = await openLibrary(page);
  await expect(libraryEntry(reopened, title)).toBeChecked();
});
