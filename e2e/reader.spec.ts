import { expect, test } from '@playwright/test';
import { openReader, seriousA11yViolations, waitForAnalysis } from './helpers.ts';

test('both reports render with headline, source and date', async ({ page }) => {
  await openReader(page);
  const articles = page.locator('article');
  for (const article of await articles.all()) {
    const title = await article.getByRole('heading', { level: 2 }).innerText();
    expect(title.length).toBeGreaterThan(10);
    // Furniture must not have become the headline.
    expect(title).not.toMatch(/Home \/|updated|copyright/i);
    await expect(article.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    expect((await article.locator('p').allInnerTexts()).join(' ').length).toBeGreaterThan(1000);
  }
  // At least one report names its publisher.
  await expect(page.getByTestId('report-source').first()).toBeVisible();
});

test('boilerplate is gone from the reading view but listed under "show removed text"', async ({ page }) => {
  await openReader(page);
  const first = page.locator('article').first();
  const body = first.locator('.reader-body');
  await expect(body).not.toContainText(/all rights reserved/i);
  await expect(body).not.toContainText(/FOLLOW US/);
  await expect(body).not.toContainText('Home / China');
  const removed = first.getByTestId('removed-lines');
  await expect(removed).toBeHidden();
  await first.getByText(/Show removed text/).click();
  await expect(removed).toBeVisible();
  await expect(removed).toContainText(/all rights reserved/i);
  await expect(removed).toContainText('Home / China');
});

test('theme and text size persist across reload', async ({ page }) => {
  await openReader(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  const before = await page
    .locator('.reader-body')
    .first()
    .evaluate((el) => getComputedStyle(el).fontSize);
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  const after = await page
    .locator('.reader-body')
    .first()
    .evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
  await page.reload();
  await expect(page.locator('article')).toHaveCount(2);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  // Polled: the prerendered article is swapped for the app's as it mounts, and a style read from the
  // detached one is empty.
  await expect
    .poll(() =>
      page
        .locator('.reader-body')
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize),
    )
    .toBe(after);
});

test('theme follows the system by default', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openReader(page);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await context.close();
});

test('synced scrolling moves the other pane, and can be turned off', async ({ page }) => {
  await openReader(page);
  const panes = page.locator('[data-pane]');
  await expect(page.getByLabel('Sync scrolling')).toBeChecked();
  await panes.nth(0).evaluate((el) => el.scrollTo(0, (el.scrollHeight - el.clientHeight) / 2));
  await expect.poll(() => panes.nth(1).evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
  await page.getByLabel('Sync scrolling').uncheck();
  await panes.nth(1).evaluate((el) => el.scrollTo(0, 0));
  await panes.nth(0).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(300);
  expect(await panes.nth(1).evaluate((el) => el.scrollTop)).toBe(0);
});

test('a phone-sized viewport has no horizontal overflow', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openReader(page);
  await waitForAnalysis(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('keyboard: the skip link is the first stop and moves focus to the reports', async ({ page }) => {
  await openReader(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the reports' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations (${theme} theme)`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await openReader(page);
    await waitForAnalysis(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
}

test('axe finds no serious or critical violations in the library dialog and the export tab', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  await page.getByRole('tab', { name: 'Export' }).click();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /Library/ }).click();
  await expect(page.getByRole('dialog', { name: 'Your reports' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the articles do not wait for the analysis worker; if it cannot start, the page says so', async ({ browser }) => {
  // Without the service worker, which would otherwise answer from its cache around the route.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/analysis\.worker-[^/]*\.js$/, (route) => route.abort());
  await openReader(page);
  for (const article of await page.locator('article').all()) {
    expect((await article.locator('.reader-body').innerText()).length).toBeGreaterThan(1000);
  }
  await expect(page.getByRole('alert').filter({ hasText: /Analysis failed/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: /still readable/ })).toBeVisible();
  await context.close();
});
