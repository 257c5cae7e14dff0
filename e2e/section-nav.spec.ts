import { expect, test } from '@playwright/test';
import { compareOnly, ferryReports, openReader, waitForAnalysis } from './helpers.ts';

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

test('on a phone, choosing a shorter analysis tab keeps the tabs where they were', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openReader(page);
  await waitForAnalysis(page);
  await page.locator('nav[aria-label="Sections"] a[href="#analysis"]').tap();
  const tabsTop = () => page.getByRole('tablist', { name: 'Analysis' }).evaluate((el) => Math.round(el.getBoundingClientRect().top));
  await expect.poll(tabsTop, { message: 'the tabs start near the top after the jump' }).toBeLessThan(100);
  const before = await tabsTop();
  const links = await page.locator('nav[aria-label="Sections"]').evaluate((el) => Math.round(el.getBoundingClientRect().bottom));
  // Export is much shorter than Facts: the page had shrunk under the tabs and left them 691 px down.
  for (const tab of ['Export', 'Timeline', 'Export']) {
    await page.getByRole('tab', { name: tab }).tap();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    // Put: at most the few px between where they stick under the section links and where the jump
    // aligns the analysis (its scroll margin), never under the links.
    const top = await tabsTop();
    expect(top, `the tabs stay below the section links after choosing ${tab}`).toBeGreaterThanOrEqual(links - 1);
    expect(Math.abs(top - before), `the tabs stay put after choosing ${tab}`).toBeLessThanOrEqual(8);
  }
  await context.close();
});

test('on a phone, the analysis tabs stay below the section links while the analysis is scrolled through', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openReader(page);
  await waitForAnalysis(page);
  // Where a jump can leave the page once the reports' paragraphs drawn late have shrunk above it (a
  // user test with three imported reports): the analysis's top under the links, and further down.
  for (const past of [40, 400]) {
    await page.evaluate((px) => window.scrollTo(0, document.getElementById('analysis')!.getBoundingClientRect().top + window.scrollY + px), past);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const tabs = document.querySelector('[role="tablist"][aria-label="Analysis"]')!.getBoundingClientRect();
          const bar = document.querySelector('nav[aria-label="Sections"]')!.getBoundingClientRect();
          return tabs.top >= bar.bottom - 1 && tabs.top <= bar.bottom + 2;
        }),
      )
      .toBe(true);
  }
  await context.close();
});

/** A third report of the ferry story, written for this test: the phone's two panes cannot show it with the other two. */
const DIVERS = [
  'Divers find gash in grounded ferry',
  '',
  'Divers who examined the ferry that struck rocks near Uig found a two-metre gash below the waterline, the operator said on Monday.',
  '',
  'Repairs are expected to take at least a month.',
].join('\n');

test('on a phone, each compared report has a section link, and one no pane shows takes the last pane', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const [grounding, fog] = ferryReports();
  await compareOnly(page, [grounding, fog, DIVERS]);
  const nav = page.locator('nav[aria-label="Sections"]');
  // Report C had no link: the reader reached it only through a pane's "Shown here" list (user test Y).
  await expect(nav.getByRole('link')).toHaveText(['Report A', 'Report B', 'Report C', 'Facts & timeline']);
  // Drawn as letters, named in full: the row fits a 390 px screen ("Facts & timeline" had been cut off).
  await expect(nav.getByRole('link', { name: 'Report C: Divers find gash in grounded ferry' })).toHaveText('Report C');
  await expect(nav.getByRole('link', { name: 'Report C: Divers find gash in grounded ferry' })).toHaveAttribute('title', /Divers find gash/);
  expect(await nav.evaluate((element) => element.scrollWidth - element.clientWidth), 'the section links overflow their row').toBeLessThanOrEqual(0);
  await expect(page.locator('section#report-C')).toHaveCount(0);
  await nav.getByRole('link', { name: 'Report C' }).tap();
  const third = page.locator('section#report-C');
  await expect(third).toContainText('Divers find gash in grounded ferry');
  await expect(page.locator('section#report-B')).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const top = document.getElementById('report-C')!.getBoundingClientRect().top;
        const bar = document.querySelector('nav[aria-label="Sections"]')!.getBoundingClientRect().bottom;
        return top >= bar - 1 && top <= bar + 8;
      }),
    )
    .toBe(true);
  // And back: report B takes the last pane again.
  await nav.getByRole('link', { name: 'Report B' }).tap();
  await expect(page.locator('section#report-B')).toContainText('Fog blamed as ferry hits rocks');
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  await context.close();
});
