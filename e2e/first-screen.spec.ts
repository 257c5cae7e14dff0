import { expect, test, type Page } from '@playwright/test';
import { seriousA11yViolations } from './helpers.ts';

/**
 * The first screen prerendered into index.html (src/app/first-screen.tsx, vite.config.ts) and the
 * head script that hides it for visitors whose saved choices differ (src/app/first-screen-head.js, inline).
 */

const PRERENDER = '[data-first-screen]';

/** Keeps the app's code from running (the main bundle fails to load): what shows is the prerender alone, after the head script. */
async function withoutAppCode(page: Page) {
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
}

/** The headlines and the start of each report's text, as the page shows them. */
async function readArticles(page: Page) {
  return page.locator('article').evaluateAll((articles) =>
    articles.map((article) => ({
      headline: article.querySelector('h2')?.textContent?.trim() ?? '',
      // As read: without what the analysis adds once it arrives (fact numbers, screen-reader notes, event buttons).
      text: [...article.querySelectorAll('.reader-body p')]
        .map((p) => {
          const clone = p.cloneNode(true) as Element;
          clone.querySelectorAll('sup, .sr-only, button').forEach((n) => n.remove());
          return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
        })
        .join(' '),
    })),
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen shows both bundled reports, as the app does', async ({ page, browser }) => {
    await page.goto('/');
    await expect(page.locator(PRERENDER)).toBeVisible();
    await expect(page.locator('article')).toHaveCount(2);
    const prerendered = await readArticles(page);
    for (const article of prerendered) {
      expect(article.headline.length).toBeGreaterThan(10);
      expect(article.text.length).toBeGreaterThan(1000);
    }
    await expect(page.getByRole('heading', { level: 2, name: prerendered[0]!.headline })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: prerendered[1]!.headline })).toBeVisible();

    // The app, once its code has run, shows the same headlines and text in the same order.
    const context = await browser.newContext({ javaScriptEnabled: true });
    try {
      const app = await context.newPage();
      await app.goto('/');
      await expect(app.locator(PRERENDER)).toHaveCount(0);
      await expect(app.locator('[data-pane]')).toHaveCount(2);
      const rendered = await readArticles(app);
      expect(rendered.map((a) => a.headline)).toEqual(prerendered.map((a) => a.headline));
      expect(rendered.map((a) => a.text)).toEqual(prerendered.map((a) => a.text));
    } finally {
      await context.close();
    }
  });
});

/**
 * Where the page header, each headline and each report's first paragraph sit. first-screen.tsx copies
 * the app's markup and classes by hand; a drift between the two shows here as a box that moves when
 * the app's render replaces the prerender (a layout shift on every first visit).
 */
async function readLayout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width) };
    };
    return {
      header: box(document.querySelector('#root header')),
      headlines: [...document.querySelectorAll('article h2')].map(box),
      firstParagraphs: [...document.querySelectorAll('article .reader-body p:first-child')].map(box),
    };
  });
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px the app's first screen puts the header and the articles where the prerender did`, async ({ browser }) => {
    const still = await browser.newContext({ viewport, javaScriptEnabled: false });
    const live = await browser.newContext({ viewport });
    try {
      const prerender = await still.newPage();
      await prerender.goto('/');
      await expect(prerender.locator(PRERENDER)).toBeVisible();
      const app = await live.newPage();
      await app.goto('/');
      await expect(app.locator(PRERENDER)).toHaveCount(0);
      await expect(app.locator('[data-pane]')).toHaveCount(2);
      const before = await readLayout(prerender);
      expect(before.headlines).toHaveLength(2);
      expect(before.firstParagraphs).toHaveLength(2);
      // What the visitor sees must not move. Below the first screen (report B under report A on a
      // phone) the analysis's fact markers, which may arrive before this read, can rewrap report A.
      const inView = (layout: Awaited<ReturnType<typeof readLayout>>) => ({
        header: layout.header,
        headlines: layout.headlines.filter((_, i) => before.headlines[i]!.y < viewport.height),
        firstParagraphs: layout.firstParagraphs.filter((_, i) => before.firstParagraphs[i]!.y < viewport.height),
      });
      expect(inView(before).headlines.length).toBeGreaterThan(0);
      expect(inView(await readLayout(app))).toEqual(inView(before));
    } finally {
      await still.close();
      await live.close();
    }
  });
}

test('the prerender has no serious accessibility violations and no policy errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  await withoutAppCode(page);
  await page.goto('/');
  await expect(page.locator(PRERENDER)).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', 'stale');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // A style attribute or an inline script in the page would be refused by the Content-Security-Policy and logged.
  expect(errors).toEqual([]);
});

const STALE_VISITORS: [name: string, storage: Record<string, string>, path: string][] = [
  ['another selection', { 'parallax.selection': '["some-other-report","and-another"]' }, '/'],
  ['the facts panel kept open', { 'parallax.settings': '{"analysisOpen":true}' }, '/'],
  ['the full timeline in the URL', {}, '/?view=timeline'],
];

test('a visitor who put the second bundled report in the first pane never sees the prerendered screen', async ({ page }) => {
  await withoutAppCode(page);
  await page.goto('/');
  const reports = JSON.parse((await page.locator('script[data-reports]').getAttribute('data-reports')) ?? '[]') as string[];
  expect(reports.length, 'the prerender shows the bundled pair').toBe(2);
  await page.evaluate((id) => localStorage.setItem('parallax.panes', JSON.stringify([id])), reports[1]!);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
  // The pair's own order, as a choice, changes nothing.
  await page.evaluate((ids) => localStorage.setItem('parallax.panes', JSON.stringify(ids)), reports);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', 'stale');
});

for (const [name, setup, path] of STALE_VISITORS) {
  test(`a visitor with ${name} never sees the prerendered screen`, async ({ page }) => {
    await page.addInitScript((items: Record<string, string>) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, setup);
    await withoutAppCode(page);
    await page.goto(path);
    // Hidden by the stylesheet before the body is parsed: the head script marked <html> first.
    await expect(page.locator('html')).toHaveAttribute('data-prerender', 'stale');
    await expect(page.locator(PRERENDER)).toBeAttached();
    await expect(page.locator(PRERENDER)).toBeHidden();
    // The app's code never came: the page is not left blank, it says why.
    await expect(page.getByRole('alert')).toContainText('could not load the rest of its code');
  });
}

test("when the app's code cannot be fetched, the reports stay readable and the page says why nothing else works", async ({ page }) => {
  await withoutAppCode(page);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Check the connection and reload the page');
  await expect(page.locator(PRERENDER)).toBeVisible();
  await expect(page.locator('article')).toHaveCount(2);
});

test('the message about missing code stays hidden while the app works', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-first-screen]')).toHaveCount(0);
  await expect(page.getByText('could not load the rest of its code')).toHaveCount(0);
});

/** What the toolbar and the text show of the saved settings, in the prerender or in the app. */
async function readShownSettings(page: Page) {
  return page.evaluate(() => ({
    dark: document.documentElement.classList.contains('dark'),
    theme: document.querySelector<HTMLSelectElement>('#root header select')?.value,
    textSize: document.querySelector('#root header output')?.textContent?.trim(),
    sizeButtonsDisabled: [...document.querySelectorAll<HTMLButtonElement>('#root header [aria-label="Text size"] button')].map((b) => b.disabled),
    checkboxes: [...document.querySelectorAll<HTMLInputElement>('#root header input[type="checkbox"]')].map((c) => c.checked),
    fontSize: getComputedStyle(document.querySelector('.reader-body p')!).fontSize,
  }));
}

for (const settings of [
  { theme: 'dark', textSize: 4, markUnique: false },
  { theme: 'light', textSize: 0, syncScroll: false },
]) {
  test(`a visitor with saved settings ${JSON.stringify(settings)} sees the prerender with them, as the app shows them`, async ({ browser }) => {
    const still = await browser.newContext();
    const live = await browser.newContext();
    try {
      for (const context of [still, live]) await context.addInitScript((saved) => localStorage.setItem('parallax.settings', saved), JSON.stringify(settings));
      const prerender = await still.newPage();
      await withoutAppCode(prerender);
      await prerender.goto('/');
      await expect(prerender.locator('html')).not.toHaveAttribute('data-prerender', 'stale');
      await expect(prerender.locator(PRERENDER)).toBeVisible();
      const app = await live.newPage();
      await app.goto('/');
      await expect(app.locator(PRERENDER)).toHaveCount(0);
      await expect(app.locator('[data-pane]')).toHaveCount(2);
      const shown = await readShownSettings(prerender);
      expect(shown.theme).toBe(settings.theme);
      expect(shown.sizeButtonsDisabled).toContain(true);
      expect(await readShownSettings(app)).toEqual(shown);
    } finally {
      await still.close();
      await live.close();
    }
  });
}

test('the head script applies the saved theme before the app runs', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('parallax.settings', '{"theme":"dark"}'));
  await withoutAppCode(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('an active fact in the URL keeps the prerender: the first frame shows no fact either', async ({ page }) => {
  await withoutAppCode(page);
  await page.goto('/?fact=f1');
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', 'stale');
  await expect(page.locator(PRERENDER)).toBeVisible();
});

test('the app replaces the prerender with its own screen, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.locator(PRERENDER)).toHaveCount(0);
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  await expect(page.locator('main#reports')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /Library & import/ })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('a visitor with a saved selection and theme gets them, without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // The bundled reports in the other order, read from the prerender's own script tag.
  await page.goto('/');
  const ids = JSON.parse((await page.locator('script[data-reports]').getAttribute('data-reports')) ?? '[]') as string[];
  await expect(page.locator(PRERENDER)).toHaveCount(0);
  const headlines = await page.locator('article h2').allInnerTexts();
  expect(ids).toHaveLength(2);
  await page.evaluate(
    (reversed) => {
      localStorage.setItem('parallax.selection', JSON.stringify(reversed));
      localStorage.setItem('parallax.settings', JSON.stringify({ theme: 'dark' }));
    },
    [...ids].reverse(),
  );
  await page.reload();
  await expect(page.locator(PRERENDER)).toHaveCount(0);
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  await expect(page.locator('article h2')).toHaveText([...headlines].reverse());
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(errors).toEqual([]);
});
