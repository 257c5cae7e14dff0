import { expect, test } from '@playwright/test';
import { compareOnly, ferryReports, isInPaneView, openReader, seriousA11yViolations, waitForAnalysis } from './helpers.ts';

test('a sentence no fact holds offers its closest wording in the other report, unlinked, and shows it', async ({ page }) => {
  await compareOnly(page, ferryReports());
  const panes = page.locator('[data-pane]');
  const divers = panes.nth(0).locator('[data-sentence]').filter({ hasText: 'Divers will inspect the hull' });
  const hull = panes.nth(1).locator('[data-sentence]').filter({ hasText: 'until its hull has been inspected' });
  // Neither is a shared fact: both stay marked as said by their report alone.
  await expect(divers).toHaveAttribute('data-kind', 'unique');
  await expect(hull).toHaveAttribute('data-kind', 'unique');
  const button = divers.getByRole('button', { name: /closest wording in report B.*not linked/ });
  await expect(button).toHaveText('≈ similar in B');

  // From the keyboard: the button is in the tab order and Enter shows the wording, focused and in view.
  await button.focus();
  await page.keyboard.press('Enter');
  // Said at once: the note goes after a few seconds.
  await expect(page.getByTestId('reader-note')).toContainText('Closest wording in report B, not linked');
  await expect(hull).toBeFocused();
  await expect.poll(() => isInPaneView(hull)).toBe(true);
  // Nothing of either pane sits under the note while it shows: the panes end above it (user test W,
  // the note had hidden the sentence at the bottom of pane A), and take the room back once it goes.
  const bar = page.getByTestId('reader-note').locator('..');
  const barTop = (await bar.boundingBox())!.y;
  for (const pane of await panes.all()) expect.soft(await pane.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(barTop);
  await expect(divers).toHaveAttribute('data-related', '');
  await expect(hull).toHaveAttribute('data-related', '');
  // Drawn apart from a shared fact's light: no amber, a dashed outline.
  expect(await divers.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Escape lets go of it, as of an active fact, and takes focus back to the button.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-related]')).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect.poll(() => panes.first().evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(barTop);

  // The other way round, by pointer.
  await hull.getByRole('button', { name: /closest wording in report A/ }).click();
  await expect(divers).toBeFocused();
  await expect(page.locator('[data-related]')).toHaveCount(2);
  // Choosing a shared fact lets go of it too.
  await panes.nth(0).locator('[data-sentence][data-kind="shared"]').first().click();
  await expect(page.locator('[data-related]')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]fact=/);
  // …and a closest wording asked for then lets go of the fact: one thing lit at a time.
  await hull.getByRole('button', { name: /closest wording in report A/ }).click();
  await expect(page.locator('[data-related]')).toHaveCount(2);
  await expect(page).not.toHaveURL(/[?&]fact=/);
});

test('a closest wording that is in a shared fact is shown without moving the sentence asked about', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await openReader(page);
  await waitForAnalysis(page);
  const panes = page.locator('[data-pane]');
  const buttons = page.locator('button[data-related-to]');
  // Of the bundled pair, a quote in one report has its closest wording, in the other, in a shared fact.
  let origin = null;
  for (const button of await buttons.all()) {
    const to = (await button.getAttribute('data-related-to'))!;
    const pane = panes.filter({ has: button });
    const other = panes.filter({ hasNot: button });
    if ((await other.getAttribute('data-pane')) !== to) continue;
    origin = { button, pane, other };
    break;
  }
  expect(origin, 'a ≈ button whose wording is in the other pane').not.toBeNull();
  const { button, pane, other } = origin!;
  const sentence = pane.locator('[data-sentence]').filter({ has: button });
  await sentence.scrollIntoViewIfNeeded();
  await button.click();
  const target = other.locator('[data-sentence][data-related]');
  await expect(target).toHaveCount(1);
  await expect(target).toBeFocused();
  await expect.poll(() => isInPaneView(target)).toBe(true);
  // The sentence asked about stays where it was, and the wording is drawn as a closest wording, not lit as a fact.
  await page.waitForTimeout(600);
  expect(await isInPaneView(sentence)).toBe(true);
  await expect(target).not.toHaveAttribute('data-lit');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the note of a closest wording offers a way back to the sentence asked about', async ({ page }) => {
    await compareOnly(page, ferryReports());
    const panes = page.locator('[data-pane]');
    const divers = panes.nth(0).locator('[data-sentence]').filter({ hasText: 'Divers will inspect the hull' });
    const hull = panes.nth(1).locator('[data-sentence]').filter({ hasText: 'until its hull has been inspected' });
    const button = hull.getByRole('button', { name: /closest wording in report A/ });
    await button.scrollIntoViewIfNeeded();
    // Small in the line, but not to a finger: its hit area is 36 px square.
    expect(await button.evaluate((el) => parseFloat(getComputedStyle(el, '::before').height))).toBeGreaterThanOrEqual(36);
    await button.tap();
    await expect(divers).toBeFocused();
    await expect.poll(() => divers.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    // The report asked about is out of sight above; no Esc key on a phone, so the note has a button.
    const back = page.getByRole('button', { name: 'Back', exact: false }).filter({ hasText: 'Back' });
    await expect(back).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The note stays fixed to the window, and the page has room at its end to scroll its last lines clear of it.
    const end = () =>
      page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const bar = document.querySelector('[data-testid="reader-note"]')!.parentElement!.getBoundingClientRect();
        return document.getElementById('analysis')!.getBoundingClientRect().bottom - bar.top;
      });
    await expect.poll(end).toBeLessThanOrEqual(0);
    await back.tap();
    await expect(button).toBeFocused();
    await expect.poll(() => button.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await expect(page.locator('[data-related]')).toHaveCount(0);
    await expect(back).toHaveCount(0);
    await expect(page.getByTestId('reader-note')).toBeEmpty();
  });
});

/** A third report of the ferry story: it shares the grounding with the others, and not the cancelled sailings. */
const PRAISE = [
  'Passengers praise lifeboat crews after Skye grounding',
  '',
  'Passengers from the ferry that hit rocks near Uig on Saturday have praised the lifeboat crews who brought them ashore.',
  '',
  'One passenger said the crews had been calm and kind throughout.',
].join('\n');

test('a closest wording in a report no pane showed takes a pane, and going back gives the pane back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const [grounding, fog] = ferryReports();
  await compareOnly(page, [grounding, PRAISE, fog]);
  const panes = page.locator('[data-pane]');
  await expect(panes).toHaveCount(2);
  const second = await panes.nth(1).getAttribute('data-pane');
  const divers = panes.nth(0).locator('[data-sentence]').filter({ hasText: 'Divers will inspect the hull' });
  const button = divers.getByRole('button', { name: /closest wording in report C/ });
  await button.click();
  const hull = page.locator('[data-pane] [data-sentence]').filter({ hasText: 'until its hull has been inspected' });
  await expect(hull).toBeFocused();
  await expect(panes.nth(1)).not.toHaveAttribute('data-pane', second!);
  // The note names the report as now on screen, in place of the one it replaced.
  await expect(page.getByTestId('reader-note')).toContainText('Closest wording in report C, shown in place of report B');
  // The note sits over the bottom of the panes; what each report ends with (its last lines, "Show
  // removed text") still scrolls clear of it (a short window, so that the reports overflow their panes).
  await page.setViewportSize({ width: 1280, height: 420 });
  const note = await page.getByTestId('reader-note').boundingBox();
  for (const pane of await panes.all()) {
    expect(await pane.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await pane.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const end = await pane.locator('article > *').last().boundingBox();
    expect(end!.y + end!.height).toBeLessThanOrEqual(note!.y);
  }
  // Escape is the way back, as the note's button is: the report the pane showed comes back.
  await page.keyboard.press('Escape');
  await expect(panes.nth(1)).toHaveAttribute('data-pane', second!);
  await expect(button).toBeFocused();
  await expect(page.getByRole('button', { name: /Back/ }).filter({ hasText: 'Back' })).toHaveCount(0);
});

test('a jump to a partner in a report no pane showed offers the way back, as ≈ does', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const [grounding, fog] = ferryReports();
  await compareOnly(page, [grounding, PRAISE, fog]);
  const panes = page.locator('[data-pane]');
  const second = await panes.nth(1).getAttribute('data-pane');
  // Report A's cancelled sailings are shared with C alone, which no pane shows.
  const sailings = panes.nth(0).locator('[data-sentence]').filter({ hasText: 'cancelled all sailings' });
  await sailings.focus();
  await page.keyboard.press('Enter');
  const resume = page.locator('[data-pane] [data-sentence]').filter({ hasText: 'will not resume before Tuesday' });
  await expect(resume).toBeFocused();
  await expect(page.getByTestId('reader-note')).toContainText('Report C is shown in place of report B');
  const back = page.getByRole('button', { name: /Back/ }).filter({ hasText: 'Back' });
  await back.click();
  await expect(panes.nth(1)).toHaveAttribute('data-pane', second!);
  await expect(sailings).toBeFocused();
  await expect(back).toHaveCount(0);
});
