import { expect, test } from '@playwright/test';
import { openReader, waitForAnalysis } from './helpers.ts';

declare global {
  interface Window {
    __longTasks?: { name: string; start: number; duration: number }[];
  }
}

/** The analysis runs in a worker: the main thread must stay responsive while it does. */
const LONG_TASK_LIMIT_MS = 200;

test(`no main-thread task longer than ${LONG_TASK_LIMIT_MS} ms while the bundled reports are analysed`, async ({ page }) => {
  await page.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks!.push({ name: entry.name, start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task support: the list stays empty and the check below says so.
    }
  });
  await openReader(page);
  await waitForAnalysis(page);
  await page.waitForTimeout(500);

  expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask')), 'this browser reports long tasks').toBe(true);
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  expect(longest, `long tasks (ms): ${JSON.stringify(tasks)}`).toBeLessThan(LONG_TASK_LIMIT_MS);
});

test('both reports are shown with their headings, and the analysis reports its progress or its result', async ({ page }) => {
  await openReader(page);
  const headings = page.locator('article').getByRole('heading', { level: 2 });
  await expect(headings).toHaveCount(2);
  for (const heading of await headings.all()) {
    await expect(heading).toBeVisible();
    expect((await heading.innerText()).trim().length).toBeGreaterThan(10);
  }
  // Either the analysis is still running (a status with a progress bar) or it has finished (the summary).
  const progress = page.getByRole('status').filter({ has: page.getByRole('progressbar', { name: 'Analysis progress' }) });
  await expect(progress.or(page.getByTestId('facts-summary')).first()).toBeVisible();
  await waitForAnalysis(page);
  await expect(progress).toHaveCount(0);
});
