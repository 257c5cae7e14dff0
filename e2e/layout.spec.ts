import { expect, test, type Browser, type Page } from '@playwright/test';
import { isInPaneView, openReader, seriousA11yViolations } from './helpers.ts';

// Layout across widths: the analysis column on laptops, a page that never scrolls as a whole from
// 1024 px, what to do with fewer than two reports, the keys dialog, and target sizes.

type Size = { width: number; height: number };
const WIDE: Size = { width: 1440, height: 900 };
const XL: Size = { width: 1280, height: 900 };
const MEDIUM: Size = { width: 1200, height: 800 };
const SMALL: Size = { width: 1024, height: 768 };
const PHONE: Size = { width: 390, height: 844 };

async function open(browser: Browser, viewport: Size, init?: () => void) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  return { context, page };
}

/** Waits until the analysis has marked the sentences (the facts summary may be in a closed column). */
async function waitForMarks(page: Page) {
  await expect(page.locator('[data-pane] [data-facts]').first()).toBeAttached({ timeout: 15_000 });
}

const analysisToggle = (page: Page) => page.getByRole('button', { name: 'Facts & timeline' });
const analysis = (page: Page) => page.getByRole('complementary', { name: 'Facts and timeline' });

/** The document itself has not scrolled and has nothing to scroll. */
async function expectNoWindowScroll(page: Page) {
  const metrics = await page.evaluate(() => ({
    top: document.scrollingElement!.scrollTop,
    height: document.scrollingElement!.scrollHeight,
    inner: window.innerHeight,
  }));
  expect(metrics.top).toBe(0);
  expect(metrics.height).toBeLessThanOrEqual(metrics.inner + 1);
}

for (const viewport of [SMALL, MEDIUM]) {
  test(`at ${viewport.width}×${viewport.height} a toggle in the header opens and closes the analysis column, and it persists`, async ({ browser }) => {
    const { context, page } = await open(browser, viewport);
    await openReader(page);
    await waitForMarks(page);
    const toggle = analysisToggle(page);
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAttribute('aria-controls', 'analysis');
    await expect(analysis(page)).toBeHidden();

    // Keyboard: Tab reaches the toggle, Enter opens the column beside the panes, on screen.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(analysis(page)).toBeVisible();
    const box = (await analysis(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
    expect(box.y).toBeLessThan(viewport.height / 4);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
    await expect(page.getByRole('tab', { name: 'Facts' })).toBeInViewport();
    await expect(page.getByTestId('facts-summary')).toBeInViewport();
    // Both panes stay on screen beside it.
    for (const pane of await page.locator('[data-pane]').all()) await expect(pane).toBeInViewport();
    await expectNoWindowScroll(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/layout-${viewport.width}x${viewport.height}-open.png` });

    // Remembered like the other settings.
    await page.reload();
    await expect(page.locator('article')).toHaveCount(2);
    await expect(analysisToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(analysis(page)).toBeVisible();

    await analysisToggle(page).click();
    await expect(analysisToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(analysis(page)).toBeHidden();
    await page.screenshot({ path: `/tmp/layout-${viewport.width}x${viewport.height}.png` });
    await context.close();
  });
}

test('at 1024 px with the analysis column open, the narrower panes set their headlines smaller', async ({ browser }) => {
  const { context, page } = await open(browser, SMALL);
  await openReader(page);
  await waitForMarks(page);
  const headline = page.locator('[data-pane] article h2').first();
  const size = () => headline.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const lines = () => headline.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
  const wide = await size();
  await analysisToggle(page).click();
  await expect(analysis(page)).toBeVisible();
  await expect.poll(size).toBeLessThan(wide);
  // The bundled headline fits in three lines, not five.
  expect(await lines()).toBeLessThanOrEqual(3);
  await context.close();
});

test('at 1024 px the ◷ button in a sentence opens the analysis column on its timeline event', async ({ browser }) => {
  const { context, page } = await open(browser, SMALL);
  await openReader(page);
  await waitForMarks(page);
  await expect(analysis(page)).toBeHidden();
  await page
    .locator('[data-pane]')
    .first()
    .getByRole('button', { name: /^Show .+ in the timeline$/ })
    .first()
    .click();
  await expect(analysisToggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Timeline' }).locator('button[aria-current="true"]')).toBeFocused();
  await expectNoWindowScroll(page);
  await context.close();
});

/**
 * Where the card stands once it has stopped moving, against what hides part of the screen: the
 * scroller's edges, the tab bar and, on a phone, the sticky section links.
 */
async function settledCardProblems(page: Page): Promise<string[]> {
  const card = page.getByRole('tabpanel', { name: 'Timeline' }).locator('button[aria-current="true"]');
  const read = () =>
    card.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const panel = element.closest('[role=tabpanel]')!.getBoundingClientRect();
      const tabs = document.querySelector('[role=tablist]')!.getBoundingClientRect();
      const nav = document.querySelector('nav[aria-label="Sections"]');
      const sticky = nav && getComputedStyle(nav).display !== 'none' ? nav.getBoundingClientRect().bottom : 0;
      // The panel scrolls itself from 1024 px; on a phone the window does, and the tabs scroll away with the page.
      const scrolls = panel.height < window.innerHeight;
      const top = Math.max(0, sticky, scrolls ? Math.max(panel.top, tabs.bottom) : 0);
      const bottom = Math.min(window.innerHeight, scrolls ? panel.bottom : window.innerHeight);
      return { top: Math.round(box.top), bottom: Math.round(box.bottom), visibleTop: Math.round(top), visibleBottom: Math.round(bottom) };
    });
  let last = await read();
  // Still until two readings 400 ms apart agree: the jump glides, and the panel used to move it after.
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(400);
    const now = await read();
    if (now.top === last.top && now.bottom === last.bottom) break;
    last = now;
  }
  return [
    last.top < last.visibleTop && `its top (${last.top}) is hidden above ${last.visibleTop}`,
    last.bottom > last.visibleBottom && `its bottom (${last.bottom}) is hidden below ${last.visibleBottom}`,
  ].filter((p): p is string => typeof p === 'string');
}

for (const viewport of [SMALL, PHONE, WIDE]) {
  test(`at ${viewport.width}×${viewport.height} the event a ◷ button opens is whole on screen, below the tabs and sticky links`, async ({ browser }) => {
    // The last sentence's event lies far down the list; one from the middle, midway. Each from a fresh
    // start: at 1024 px the ◷ button opens the closed column, whose panel then lays itself out.
    for (const which of ['last', 'middle'] as const) {
      const { context, page } = await open(browser, viewport);
      await openReader(page);
      await waitForMarks(page);
      const clocks = page
        .locator('[data-pane]')
        .first()
        .getByRole('button', { name: /^Show .+ in the timeline$/ });
      const clock = which === 'last' ? clocks.last() : clocks.nth(Math.floor((await clocks.count()) / 2));
      await clock.scrollIntoViewIfNeeded();
      await clock.click();
      await expect(page.getByRole('tabpanel', { name: 'Timeline' }).locator('button[aria-current="true"]')).toBeFocused();
      expect(await settledCardProblems(page), `the ${which} sentence's event`).toEqual([]);
      await page.screenshot({ path: `/tmp/layout-${viewport.width}x${viewport.height}-clock-${which}.png` });
      await context.close();
    }
  });
}

test('at 1440 px the analysis column is always there; on a phone it is a section reached by a link', async ({ browser }) => {
  const wide = await open(browser, WIDE);
  await openReader(wide.page);
  await waitForMarks(wide.page);
  await expect(analysisToggle(wide.page)).toBeHidden();
  await expect(analysis(wide.page)).toBeVisible();
  await expect(wide.page.getByTestId('facts-summary')).toBeInViewport();
  await wide.page.screenshot({ path: '/tmp/layout-1440x900.png' });
  await wide.context.close();

  const phone = await open(browser, PHONE);
  await openReader(phone.page);
  await waitForMarks(phone.page);
  await expect(analysisToggle(phone.page)).toBeHidden();
  const sections = phone.page.getByRole('navigation', { name: 'Sections' });
  await expect(sections).toBeVisible();
  await phone.page.screenshot({ path: '/tmp/layout-390x844.png' });
  await sections.getByRole('link', { name: 'Facts & timeline' }).click();
  await expect(phone.page.getByTestId('facts-summary')).toBeInViewport();
  expect(await seriousA11yViolations(phone.page)).toEqual([]);
  await phone.context.close();
});

for (const viewport of [WIDE, XL, SMALL]) {
  test(`at ${viewport.width}×${viewport.height} jumps scroll the panes, never the window`, async ({ browser }) => {
    const { context, page } = await open(browser, viewport);
    await openReader(page);
    await waitForMarks(page);
    await expectNoWindowScroll(page);
    const header = page.getByRole('banner');

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const focused = page.locator('[data-pane] [data-sentence]:focus');
    await expect(focused).toHaveCount(1);
    await expect.poll(() => isInPaneView(focused)).toBe(true);
    await expectNoWindowScroll(page);

    // Enter jumps to the partner in the other pane.
    const before = await focused.evaluate((el) => el.closest('[data-pane]')!.getAttribute('data-pane'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused.evaluate((el) => el.closest('[data-pane]')!.getAttribute('data-pane'))).not.toBe(before);
    await expect.poll(() => isInPaneView(focused)).toBe(true);
    await expectNoWindowScroll(page);
    await expect(header).toBeInViewport({ ratio: 1 });

    // Choosing a timeline event late in the list scrolls its pane to the sentence.
    if (viewport.width < 1280) await analysisToggle(page).click();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const events = page.getByRole('tabpanel', { name: 'Timeline' }).locator('button[data-event-id]');
    await events.last().click();
    const target = page.locator('[data-pane] mark').first();
    await expect(target).toBeAttached();
    await expect.poll(() => isInPaneView(target)).toBe(true);
    await expectNoWindowScroll(page);

    // The ◷ button in a sentence opens its event; still nothing but the panels move.
    const clock = page
      .locator('[data-pane]')
      .last()
      .getByRole('button', { name: /^Show .+ in the timeline$/ })
      .last();
    await clock.scrollIntoViewIfNeeded();
    await clock.click();
    await expect(page.getByRole('tabpanel', { name: 'Timeline' }).locator('button[aria-current="true"]')).toBeFocused();
    await expectNoWindowScroll(page);
    await expect(header).toBeInViewport({ ratio: 1 });

    // The panes' own scrolling still works, and the page ends at the bottom of the window (no blank strip).
    const pane = page.locator('[data-pane]').first();
    expect(await pane.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const paneBottom = await pane.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(Math.abs(paneBottom - viewport.height)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `/tmp/layout-${viewport.width}x${viewport.height}-jumps.png` });
    await context.close();
  });
}

test('with no report compared, the reader says what to do and opens the library', async ({ browser }) => {
  const { context, page } = await open(browser, XL, () => localStorage.setItem('parallax.selection', '[]'));
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.getByText('Compare two or more reports: open Library & import to add or choose reports.')).toBeVisible();
  await page.screenshot({ path: '/tmp/layout-1280x900-no-report.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await main.getByRole('button', { name: 'Choose or import reports' }).click();
  await expect(page.getByRole('dialog', { name: 'Your reports' })).toBeVisible();
  await context.close();
});

test('with one report compared, it is shown with a note on how to add a second', async ({ browser }) => {
  const { context, page } = await open(browser, SMALL);
  await openReader(page);
  // Untick one of the two bundled reports in the library.
  await page.getByRole('button', { name: /Library & import/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Your reports' });
  await dialog.getByRole('region', { name: 'Library', exact: true }).getByRole('checkbox', { checked: true }).last().uncheck();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.locator('article')).toHaveCount(1);
  const note = page.getByRole('main').getByRole('status').filter({ hasText: 'Compare two or more reports' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('Only one report is chosen');
  await expectNoWindowScroll(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/layout-1024x768-one-report.png' });
  await note.getByRole('button', { name: 'Choose or import reports' }).click();
  await expect(dialog).toBeVisible();
  await context.close();
});

test('? and the Keys button open the keyboard help; Esc and Close return focus to the opener', async ({ browser }) => {
  const { context, page } = await open(browser, XL);
  await openReader(page);
  await waitForMarks(page);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeHidden();

  // From a sentence: ? opens, Esc closes, focus goes back to the sentence.
  await page.keyboard.press('j');
  const sentence = page.locator('[data-pane] [data-sentence]:focus');
  await expect(sentence).toHaveCount(1);
  const id = await sentence.getAttribute('data-sentence');
  await page.keyboard.press('Shift+?');
  await expect(dialog).toBeVisible();
  for (const text of ['j', 'k', 'n', 'p', 'Enter', '?', 'Esc'])
    await expect(dialog.locator('kbd', { hasText: new RegExp(`^${text.replace('?', '\\?')}$`) })).toHaveCount(1);
  await expect(dialog).toContainText('Next shared fact');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-pane] [data-sentence="${id}"]`).first()).toBeFocused();

  // The visible Keys button; Close returns focus to it.
  const keys = page.getByRole('button', { name: 'Keys', exact: true });
  await keys.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(keys).toBeFocused();

  // Typing ? in a text field types it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.click();
  await page.keyboard.press('Shift+?');
  await expect(search).toHaveValue('?');
  await expect(dialog).toBeHidden();
  await context.close();
});

test('the ◷ buttons in sentences have a hit area of at least 24×24 px', async ({ browser }) => {
  const { context, page } = await open(browser, XL);
  await openReader(page);
  await waitForMarks(page);
  const clock = page
    .locator('[data-pane]')
    .first()
    .getByRole('button', { name: /^Show .+ in the timeline$/ })
    .first();
  await clock.scrollIntoViewIfNeeded();
  // Every point of a 24×24 square centred on the button hits the button.
  const misses = await clock.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const out: string[] = [];
    for (const dx of [-11.5, 0, 11.5]) {
      for (const dy of [-11.5, 0, 11.5]) {
        const hit = document.elementFromPoint(cx + dx, cy + dy);
        if (!hit || !button.contains(hit)) out.push(`${dx},${dy}`);
      }
    }
    return out;
  });
  expect(misses).toEqual([]);
  // The line it sits in is no taller than the text's own line height: no jump in the text.
  const lineHeight = await clock.evaluate((button) => parseFloat(getComputedStyle(button.closest('p')!).lineHeight));
  const height = (await clock.boundingBox())!.height;
  expect(height).toBeLessThan(lineHeight);
  await context.close();
});

test('a tinted sentence never leaves a sliver of tint on a line of its own, at any measure', async ({ browser }) => {
  // When a line ended right at a fact's marker, the sentence box's end padding wrapped onto a line
  // of its own: a tinted sliver under the sentence. The paragraphs are narrowed pixel by pixel so
  // that some line ends at a marker.
  const { context, page } = await open(browser, WIDE);
  await page.goto('/');
  await waitForMarks(page);
  const slivers = await page.evaluate(() => {
    const found: string[] = [];
    const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-pane] p')].filter((p) => p.querySelector('[data-facts]'));
    for (let width = 280; width <= 520; width++) {
      for (const p of paragraphs) p.style.width = `${width}px`;
      for (const el of document.querySelectorAll('[data-pane] [data-sentence][data-facts]')) {
        for (const r of el.getClientRects()) if (r.width < 6) found.push(`${width} px: ${el.getAttribute('data-sentence')}, ${r.width.toFixed(1)} px`);
      }
    }
    return found;
  });
  expect(slivers).toEqual([]);
  await context.close();
});
