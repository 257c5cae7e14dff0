import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until both bundled reports are on screen. */
export async function openReader(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('article')).toHaveCount(2);
}

/** Waits until the worker's analysis has arrived (the facts summary replaces the placeholder). */
export async function waitForAnalysis(page: Page) {
  await expect(page.getByTestId('facts-summary')).toBeVisible({ timeout: 15_000 });
}

/** axe violations of impact serious or critical, as short readable strings. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
