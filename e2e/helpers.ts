import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

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

export interface SentenceInfo {
  id: string;
  fact: string | null;
  kind: string | null;
  /** The sentence as read: without its fact number, its screen-reader note and its event buttons. */
  text: string;
}

/** Every sentence of the pane at `paneIndex` (0 = report A), in reading order. */
export async function readSentences(page: Page, paneIndex: number): Promise<SentenceInfo[]> {
  return page.locator('[data-pane]').nth(paneIndex).evaluate((pane) =>
    [...pane.querySelectorAll<HTMLElement>('[data-sentence]')].map((element) => {
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('sup, .sr-only, button').forEach((n) => n.remove());
      return {
        id: element.dataset.sentence!,
        fact: element.dataset.fact ?? null,
        kind: element.dataset.kind ?? null,
        text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    }),
  );
}

/** True when the element lies (at least half) inside its scrolling pane's visible box and the window. */
export async function isInPaneView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const pane = element.closest('[data-pane]')?.getBoundingClientRect();
    const top = Math.max(0, pane?.top ?? 0);
    const bottom = Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight);
    const visible = Math.min(box.bottom, bottom) - Math.max(box.top, top);
    return box.height > 0 && visible >= Math.min(box.height, bottom - top) / 2;
  });
}
