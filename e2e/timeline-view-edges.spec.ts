import { expect, test } from '@playwright/test';
import { openReader } from './helpers.ts';

// The bundled pair's "now" (24 Sep 2014) is the axis's last date: at "fit all" its label and the last
// tick stand at the right edge, where the axis clips whatever runs past it.
for (const width of [390, 1024, 1440]) {
  test(`the "now" labels and tick labels stay inside the axis at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openReader(page, '/?view=timeline');
    const axis = page.getByTestId('timeline-axis');
    await expect(axis.getByText(/^Now:/)).toBeVisible({ timeout: 15_000 });
    const outside = await axis.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const labels = [...element.querySelectorAll<HTMLElement>(':scope > p, :scope > [aria-hidden] span')];
      return labels
        .map((label) => ({ text: label.textContent, rect: label.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && (rect.left < box.left || rect.right > box.right))
        .map(({ text, rect }) => `${text} [${Math.round(rect.left)}, ${Math.round(rect.right)}] outside [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    });
    expect(outside).toEqual([]);
  });
}
