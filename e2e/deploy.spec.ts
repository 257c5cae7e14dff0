import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import {
  addDraftToLibrary,
  closeLibrary,
  expectComparedCount,
  libraryButton,
  libraryEntry,
  openLibrary,
  openReader,
  seriousA11yViolations,
  waitForServiceWorkerControl,
} from './helpers.ts';
import { serveTwoBuilds, type TwoBuilds } from './two-builds.ts';

const DIST = path.join(import.meta.dirname, '..', 'dist');
const NEW_VERSION = 'A new version of Parallax is available';

const FERRY_TITLE = 'Island ferry service resumes after storm damage';
const FERRY_TEXT = `${FERRY_TITLE}

By Tomas Berg | Coastal Gazette | June 3, 2024

Ferries to the outer islands resumed on Monday after a week-long suspension caused by storm damage to the harbour ramp, the transport authority said.

Crews worked through the weekend to replace two sections of the ramp, which had been torn loose by waves of up to six metres.

About 1,200 residents depend on the ferry for supplies and hospital visits. A temporary water taxi carried 340 passengers during the closure.

The authority said the full timetable would run from Wednesday.
`;

async function addPastedReport(page: Page, text: string) {
  const dialog = await openLibrary(page);
  await dialog.getByLabel(/Paste a report/).fill(text);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await addDraftToLibrary(dialog);
  await closeLibrary(page);
}

/** Asks the browser to look for a new service worker now, as it does on navigations and periodically. */
async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

/**
 * True when the page runs the rewritten (second) build: its entry script was renamed. The entry is a
 * script's `src`, or, with the prerendered first screen, the `data-app` its loader imports.
 */
async function runsNextBuild(page: Page): Promise<boolean> {
  // Asked while the page may be reloading: no answer yet counts as no.
  return page.evaluate(() => [...document.scripts].some((s) => (s.src || s.dataset.app || '').includes('-next.js'))).catch(() => false);
}

test.describe('a lazily loaded view whose code is missing', () => {
  // page.route cannot see requests a service worker answers.
  test.use({ serviceWorkers: 'block' });

  test('says a new version is available, with Reload and a way back, instead of a blank page', async ({ page }) => {
    await openReader(page);
    await page.route('**/assets/library-dialog-*.js', (route) => route.abort());
    await libraryButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: NEW_VERSION });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('keeps your library');
    // The rest of the app is still there.
    await expect(page.locator('article')).toHaveCount(2);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Parallax/);
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeFocused();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await alert.getByRole('button', { name: 'Close' }).click();
    await expect(alert).toBeHidden();
    await expect(page.locator('article')).toHaveCount(2);

    // The chunk is back (the new version is deployed): Reload brings the library.
    await page.unroute('**/assets/library-dialog-*.js');
    await libraryButton(page).click();
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('article')).toHaveCount(2);
    await openLibrary(page);
  });
});

test.describe('a deploy while the app is open (two builds served in turn)', () => {
  let builds: TwoBuilds;
  test.beforeEach(async () => {
    builds = await serveTwoBuilds(DIST);
  });
  test.afterEach(async () => {
    await builds.close();
  });

  test('the open tab is told, keeps working on its version, and reloads into the new one with its library', async ({ page }) => {
    await openReader(page, builds.url);
    await waitForServiceWorkerControl(page);
    await addPastedReport(page, FERRY_TEXT);
    await expectComparedCount(page, 3);

    builds.deploy();
    await checkForUpdate(page);
    const prompt = page.getByRole('status').filter({ hasText: NEW_VERSION });
    await expect(prompt).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Code this tab has not loaded yet still comes from its own version.
    await page.getByRole('tab', { name: 'Export' }).click();
    await expect(page.getByRole('group', { name: 'Export this comparison' })).toBeVisible();
    expect(await runsNextBuild(page)).toBe(false);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => runsNextBuild(page)).toBe(true);
    await expect(page.locator('article')).toHaveCount(2);
    await expectComparedCount(page, 3);
    const dialog = await openLibrary(page);
    await expect(libraryEntry(dialog, FERRY_TITLE)).toBeChecked();
  });

  test('after another tab took the new version, a missing chunk asks for a reload instead of a blank page', async ({ context, page }) => {
    await openReader(page, builds.url);
    await waitForServiceWorkerControl(page);
    const other = await context.newPage();
    await openReader(other, builds.url);
    await addPastedReport(other, FERRY_TEXT);

    builds.deploy();
    await checkForUpdate(other);
    await other.getByRole('status').filter({ hasText: NEW_VERSION }).getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => runsNextBuild(other)).toBe(true);

    // The first tab still runs the old build, but the new service worker now answers it: the
    // library's old chunk is gone from its cache and from the server.
    expect(await runsNextBuild(page)).toBe(false);
    await libraryButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: NEW_VERSION });
    await expect(alert).toBeVisible();
    await expect(page.locator('article')).toHaveCount(2);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => runsNextBuild(page)).toBe(true);
    await expectComparedCount(page, 3);
    const dialog = await openLibrary(page);
    await expect(libraryEntry(dialog, FERRY_TITLE)).toBeChecked();
  });
});
