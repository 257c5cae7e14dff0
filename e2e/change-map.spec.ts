import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousA11yViolations } from './helpers.ts';

// The change map beside each pane: where the report agrees, disagrees and stands alone, the visible
// window marked, moved by click, drag and keys; and the switch for the "only here" mark.

async function open(browser: Browser, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-pane] [data-facts]').first()).toBeAttached({ timeout: 15_000 });
  return { context, page };
}

const paneTop = (page: Page, index: number) =>
  page
    .locator('[data-pane]')
    .nth(index)
    .evaluate((el) => el.scrollTop);

async function expectNoWindowScroll(page: Page) {
  const m = await page.evaluate(() => ({
    top: document.scrollingElement!.scrollTop,
    height: document.scrollingElement!.scrollHeight,
    inner: window.innerHeight,
  }));
  expect(m.top).toBe(0);
  expect(m.height).toBeLessThanOrEqual(m.inner + 1);
}

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
] as const) {
  test(`at ${width}px each pane has a change map that shows its facts and moves the pane`, async ({ browser }) => {
    const { context, page } = await open(browser, width, height);
    const map = page.getByRole('slider', { name: 'Change map of report A' });
    await expect(map).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Change map of report B' })).toBeVisible();
    // Marks of every kind the bundled pair has: shared facts and sentences only one report states.
    await expect(map.locator('rect[data-kind="shared"]').first()).toBeAttached();
    await expect(map.locator('rect[data-kind="unique"]').first()).toBeAttached();

    // A click near the bottom moves the pane there, without scrolling the window.
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.9);
    await expect.poll(() => paneTop(page, 0)).toBeGreaterThan(100);
    await expectNoWindowScroll(page);
    await expect(map).toHaveAttribute('aria-valuenow', /^(?:[5-9]\d|100)$/);

    // Dragging back to the top follows the pointer.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => paneTop(page, 0)).toBeLessThan(50);

    // Keys: End goes to the end of the report, Home back to its start.
    await map.focus();
    await page.keyboard.press('End');
    await expect(map).toHaveAttribute('aria-valuenow', '100');
    await page.keyboard.press('Home');
    await expect(map).toHaveAttribute('aria-valuenow', '0');
    await expectNoWindowScroll(page);
    await context.close();
  });
}

test('on a phone there is no change map: the report is read in the page', async ({ browser }) => {
  const { context, page } = await open(browser, 390, 844);
  await expect(page.getByRole('slider', { name: 'Change map of report A' })).toBeHidden();
  await context.close();
});

test('the "only here" mark can be switched off, and the reader stays accessible with the map', async ({ browser }) => {
  const { context, page } = await open(browser, 1440, 900);
  const unique = page.locator('[data-pane] [data-kind="unique"]').first();
  const decoration = () => unique.evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(await decoration()).toContain('underline');
  await page.getByRole('checkbox', { name: 'Mark “only here”' }).uncheck();
  await expect.poll(decoration).toBe('none');
  // Remembered across a reload.
  await page.reload();
  await expect(page.locator('[data-pane] [data-kind="unique"]').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.getByRole('checkbox', { name: 'Mark “only here”' })).not.toBeChecked();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});

test('the change map and the overview pass axe in dark mode too', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block', colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-pane] [data-facts]').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('slider', { name: 'Change map of report A' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await context.close();
});
