import { expect, test } from '@playwright/test';
import { compareOnly, ferryReports, isInPaneView, seriousA11yViolations } from './helpers.ts';

test('a sentence no fact holds offers its closest wording in the other report, unlinked, and shows it', async ({ page }) => {
  await compareOnly(page, ferryReports());
  const panes = page.locator('[data-pane]');
  const divers = panes.nth(0).locator('[data-sentence]').filter({ hasText: 'Divers will inspect the hull' });
  const hull = panes.nth(1).locator('[data-sentence]').filter({ hasText: 'Until its hull has been inspected' });
  // Neither is a shared fact: both stay marked as said by their report alone.
  await expect(divers).toHaveAttribute('data-kind', 'unique');
  await expect(hull).toHaveAttribute('data-kind', 'unique');
  const button = divers.getByRole('button', { name: /closest wording in report B.*not linked/ });
  await expect(button).toHaveText('≈B');

  // From the keyboard: the button is in the tab order and Enter shows the wording, focused and in view.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(hull).toBeFocused();
  await expect.poll(() => isInPaneView(hull)).toBe(true);
  await expect(divers).toHaveAttribute('data-related', '');
  await expect(hull).toHaveAttribute('data-related', '');
  // Drawn apart from a shared fact's light: no amber, a dashed outline.
  expect(await divers.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Escape lets go of it, as of an active fact.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-related]')).toHaveCount(0);

  // The other way round, by pointer.
  await hull.getByRole('button', { name: /closest wording in report A/ }).click();
  await expect(divers).toBeFocused();
  await expect(page.locator('[data-related]')).toHaveCount(2);
  // Choosing a shared fact lets go of it too.
  await panes.nth(0).locator('[data-sentence][data-kind="shared"]').first().click();
  await expect(page.locator('[data-related]')).toHaveCount(0);
});
