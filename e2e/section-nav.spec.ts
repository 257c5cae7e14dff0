import { expect, test } from '@playwright/test';
import { openReader, waitForAnalysis } from './helpers.ts';

test('on a phone, the section links land each section just below them, once the jump has settled', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openReader(page);
  await waitForAnalysis(page);
  const nav = page.locator('nav[aria-label="Sections"]');
  // Paragraphs drawn only near the screen take their real height as a jump brings them in; the first
  // jump to the analysis had landed it under the sticky links (31 px against a 48 px bar) or, with
  // three imported reports, 303 px past its top.
  for (const target of ['#analysis', '#report-B', '#analysis', '#report-A']) {
    await nav.locator(`a[href="${target}"]`).tap();
    await expect
      .poll(
        () =>
          page.evaluate((id) => {
            const top = document.querySelector(id)!.getBoundingClientRect().top;
            const bar = document.querySelector('nav[aria-label="Sections"]')!.getBoundingClientRect().bottom;
            return top >= bar - 1 && top <= bar + 8;
          }, target),
        { message: `${target} starts right below the section links` },
      )
      .toBe(true);
  }
  await context.close();
});
