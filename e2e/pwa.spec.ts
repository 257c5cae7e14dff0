import { expect, test } from '@playwright/test';
import { openReader } from './helpers.ts';

test('after the first visit the app and both reports load offline', async ({ context, page }) => {
  await openReader(page);
  // Wait until the service worker has installed, precached and taken control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('article')).toHaveCount(2);
  for (const article of await page.locator('article').all()) {
    await expect(article.getByRole('heading', { level: 2 })).not.toBeEmpty();
    // Asked until it holds: the first screen's articles are replaced by the app's as it starts, and an
    // instant read under CI load once caught the new article between its heading and its text.
    await expect.poll(async () => (await article.locator('.reader-body').innerText()).length).toBeGreaterThan(1000);
  }
  await context.setOffline(false);
});

test('Chrome reports no installability errors', async ({ page }) => {
  await openReader(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(
      async () => {
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        // Headless Chromium always reports in-incognito; it says nothing about the app.
        return installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
});

test('the manifest names the app and offers SVG, PNG and maskable icons', async ({ page, request }) => {
  await openReader(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toMatch(/Parallax/);
  expect(manifest.theme_color).toMatch(/^#/);
  const icons: { sizes: string; type: string; purpose?: string }[] = manifest.icons;
  expect(icons.some((i) => i.type === 'image/svg+xml')).toBe(true);
  expect(icons.some((i) => i.sizes === '192x192' && i.type === 'image/png')).toBe(true);
  expect(icons.some((i) => i.sizes === '512x512' && i.type === 'image/png')).toBe(true);
  expect(icons.some((i) => i.purpose?.includes('maskable'))).toBe(true);
});
