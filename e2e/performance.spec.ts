import { expect, test } from '@playwright/test';
import { openReader, waitForAnalysis } from './helpers.ts';

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
