import { expect, test, type Page } from '@playwright/test';
import { compareOnly, explosionReports, isInPaneView, openReader, seriousA11yViolations, waitForAnalysis } from './helpers.ts';

const overview = (page: Page) => page.getByRole('region', { name: 'Overview' });

test('overview: on the bundled pair, one labelled bar per report, counts as links and what each report alone adds', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReader(page);
  await waitForAnalysis(page);
  const section = overview(page);
  await expect(section).toBeVisible();
  await expect(section).toBeInViewport();

  // One bar per report, labelled with its letter and its three parts (not colour alone).
  const bars = section.getByRole('img');
  await expect(bars).toHaveCount(2);
  for (const [index, letter] of ['A', 'B'].entries()) {
    const label = (await bars.nth(index).getAttribute('aria-label'))!;
    expect(label).toMatch(new RegExp(`^Report ${letter}: (\\d+) % shared, (\\d+) % only here, (\\d+) % in conflict$`));
    const sum = [...label.matchAll(/(\d+) %/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(sum).toBe(100);
  }

  // The counts agree with the facts panel's summary line.
  const summary = await page.getByTestId('facts-summary').innerText();
  const shared = summary.match(/(\d+) shared fact/)![1];
  await expect(section.getByRole('button', { name: `${shared} shared fact`, exact: false })).toBeVisible();
  for (const letter of ['A', 'B']) {
    const count = summary.match(new RegExp(`(\\d+) only in ${letter}`))![1];
    await expect(section.getByRole('button', { name: `${count} only in ${letter}`, exact: true })).toBeVisible();
  }

  // "N only in B" opens that report's only-here list and moves focus to it.
  await section.getByRole('button', { name: /only in B$/ }).click();
  const onlyB = page.locator('details').filter({ has: page.locator('summary', { hasText: /^Only in report B/ }) });
  await expect(onlyB).toHaveAttribute('open', '');
  await expect(onlyB.locator('summary')).toBeFocused();
  await expect(onlyB.locator('summary')).toBeInViewport();
  // Brought to the top of the panel, its sentences below it on screen, not below the fold.
  await expect
    .poll(async () => {
      const [summary, panel] = await Promise.all([
        onlyB.locator('summary').boundingBox(),
        onlyB.evaluate((el) => {
          let p = el.parentElement;
          while (p && !/auto|scroll/.test(getComputedStyle(p).overflowY)) p = p.parentElement;
          const box = (p ?? document.documentElement).getBoundingClientRect();
          return { top: Math.max(0, box.top), height: Math.min(innerHeight, box.bottom) - Math.max(0, box.top) };
        }),
      ]);
      return summary!.y - panel.top < panel.height / 3;
    })
    .toBe(true);

  // "A alone: …" jumps the reader to that sentence.
  const alone = section
    .getByRole('listitem')
    .filter({ hasText: /^A alone:/ })
    .getByRole('button')
    .first();
  const [report, sentenceId] = (await alone.getAttribute('data-overview-sentence'))!.split(' ');
  expect(report).toBeTruthy();
  await alone.click();
  const target = page.locator('[data-pane]').first().locator(`[data-sentence="${sentenceId}"]`);
  await expect.poll(() => isInPaneView(target)).toBe(true);
  const excerpt = (await alone.innerText()).replace(/^“|…?”$/g, '');
  expect((await target.innerText()).replace(/\s+/g, ' ')).toContain(excerpt.slice(0, 30));

  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('overview: with a 12 vs 15 death toll, choosing "1 conflict" brings the Conflicts list into view', async ({ page }) => {
  await compareOnly(page, explosionReports('12', '15'));
  const section = overview(page);
  const bars = section.getByRole('img');
  await expect(bars).toHaveCount(2);
  // The toll sentence is a conflict in both reports, so each bar has a conflict part.
  for (const index of [0, 1]) await expect(bars.nth(index)).toHaveAttribute('aria-label', /shared, \d+ % only here, [1-9]\d* % in conflict$/);

  // Scroll the analysis away from the conflicts first, so the jump has to move.
  await page.getByRole('tabpanel', { name: 'Facts' }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const conflictCount = section.getByRole('button', { name: '1 conflict', exact: true });
  await conflictCount.scrollIntoViewIfNeeded();
  await conflictCount.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Conflicts (1)' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Conflicts (1)' }).locator('[data-fact-button]')).toBeInViewport();

  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('overview: screenshots at 1440×900 and on a 390×844 phone', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReader(page);
  await waitForAnalysis(page);
  await expect(overview(page)).toBeInViewport();
  await page.screenshot({ path: '/tmp/overview-1440x900.png' });
  await overview(page).screenshot({ path: '/tmp/overview-1440x900-section.png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Facts & timeline' }).click();
  await expect(overview(page)).toBeInViewport();
  await page.screenshot({ path: '/tmp/overview-390x844.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('overview: two reports of unrelated events are flagged as sharing almost nothing; the bundled pair is not', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReader(page);
  await waitForAnalysis(page);
  await expect(page.getByTestId('overview-unrelated')).toHaveCount(0);
  await compareOnly(page, [
    'Harbour ferry runs aground\n\nA passenger ferry ran aground off Kelso Point on Tuesday morning with 212 people on board. Coastguard crews took the passengers off by lifeboat within three hours. Nobody was hurt, the operator said. The ferry was refloated at high tide in the evening and towed to the harbour.',
    'Orchestra names new conductor\n\nThe Valmont Symphony Orchestra has appointed the Finnish conductor Aino Lehtola as its music director from next season. She succeeds a conductor who led the orchestra for eleven years. Lehtola said she wanted to take the orchestra on its first tour of South America.',
  ]);
  await expect(overview(page).getByTestId('overview-unrelated')).toHaveText('These reports share almost nothing: they may not report the same event.');
});

test('overview: a report of the same kind of event elsewhere is called out with the names it gives, however much of it links', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await compareOnly(page, [
    'Woman killed in Dunmore hit-and-run\n\nA woman died on Wednesday night after she was struck by a hit-and-run driver outside a supermarket in Dunmore. Police said Carla Whitby, 66, was crossing the car park with her husband when she was hit. Sergeant Owen Price said officers stopped the driver two streets away.',
    'Dunmore driver arrested after fatal crash\n\nA woman died on Wednesday night after being struck by a hit-and-run driver outside a store in Dunmore. Carla Whitby was taken to Dunmore General Hospital, where she died. Police arrested the driver nearby, Sergeant Owen Price said.',
    'Pensioner dies after hit-and-run in Eastfield\n\nA woman died on Friday after she was struck by a hit-and-run driver outside a shop in Eastfield. Witnesses said Mira Kovac, 59, was leaving her car when she was hit. Inspector Lena Hart said officers caught the driver a few streets away.',
  ]);
  await expect(overview(page).getByTestId('overview-unrelated')).toHaveText(
    /^Report C names none of the people, places or organisations the others name \(it names Eastfield, Mira Kovac, Lena Hart\): is it about the same event\?$/,
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
});
