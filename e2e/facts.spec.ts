import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addDraftToLibrary,
  closeLibrary,
  compareOnly,
  expectComparedCount,
  isInPaneView,
  libraryEntry,
  openLibrary,
  openReader,
  readSentences,
  waitForAnalysis,
  type SentenceInfo,
} from './helpers.ts';

/**
 * The facts both bundled reports state, each as "every pattern matches" for a sentence in report A
 * and one in report B. Sentences are found by their wording, never by id: ids shift with the parser.
 */
const MAIN_FACTS = {
  'the meeting between Cameron and Rouhani': {
    a: [/Cameron/, /Rouhani/, /\bmeet/i],
    b: [/Cameron/, /Rouhani/, /\b(held talks|talks|met|meet|meeting)\b/i],
  },
  'the first such meeting since 1979': {
    a: [/\bfirst meeting\b/i, /\b1979\b/],
    b: [/\bfirst meeting\b/i, /\b1979\b/],
  },
  'held on the sidelines of the UN General Assembly': {
    a: [/\bsidelines\b/i, /General Assembly|United Nations/],
    b: [/\bsidelines\b/i, /General Assembly|United Nations/],
  },
  'cooperation against the Islamic State group': {
    a: [/\b(fight|cooperation|coalition|help)\b.*\bagainst\b.*\b(Islamic State|IS|ISIL)\b/],
    b: [/\b(fight|cooperation|coalition|help)\b.*\bagainst\b.*\b(Islamic State|IS|ISIL|jihadists)\b/],
  },
} satisfies Record<string, { a: RegExp[]; b: RegExp[] }>;

type FactName = keyof typeof MAIN_FACTS;

const matchesAll = (text: string, patterns: RegExp[]) => patterns.every((p) => p.test(text));
const describe = (s: SentenceInfo) => `${s.facts.join(' ') || 'unlinked'}: ${s.text}`;

/** The fact ids that link a sentence of A matching the fact's A patterns to one of B matching its B patterns. */
async function linkedFactIds(page: Page, name: FactName): Promise<{ ids: string[]; inA: SentenceInfo[]; inB: SentenceInfo[] }> {
  const [a, b] = [await readSentences(page, 0), await readSentences(page, 1)];
  const inA = a.filter((s) => matchesAll(s.text, MAIN_FACTS[name].a));
  const inB = b.filter((s) => matchesAll(s.text, MAIN_FACTS[name].b));
  const ids = [...new Set(inA.flatMap((s) => s.facts).filter((f) => inB.some((t) => t.facts.includes(f))))];
  return { ids, inA, inB };
}

const factLocator = (page: Page, paneIndex: number, factId: string) =>
  page.locator('[data-pane]').nth(paneIndex).locator(`[data-sentence][data-facts~="${factId}"]`);

/** How many sentences of `factId` in the pane are lit and on screen. */
async function litInView(page: Page, paneIndex: number, factId: string): Promise<number> {
  let count = 0;
  for (const sentence of await factLocator(page, paneIndex, factId).all()) {
    if ((await sentence.getAttribute('data-lit')) !== null && (await isInPaneView(sentence))) count++;
  }
  return count;
}

async function scrollPanesTo(page: Page, where: 'top' | 'bottom') {
  for (const pane of await page.locator('[data-pane]').all()) {
    await pane.evaluate((el, w) => el.scrollTo({ top: w === 'top' ? 0 : el.scrollHeight, behavior: 'instant' }), where);
  }
}

for (const name of Object.keys(MAIN_FACTS) as FactName[]) {
  test(`shared fact is linked across the reports: ${name}`, async ({ page }) => {
    await openReader(page);
    await waitForAnalysis(page);
    const { ids, inA, inB } = await linkedFactIds(page, name);
    expect(inA.length, `a sentence in report A states ${name}`).toBeGreaterThan(0);
    expect(inB.length, `a sentence in report B states ${name}`).toBeGreaterThan(0);
    expect(
      ids,
      `a sentence of A and one of B stating ${name} share a fact.\nA:\n  ${inA.map(describe).join('\n  ')}\nB:\n  ${inB.map(describe).join('\n  ')}`,
    ).not.toEqual([]);
  });
}

/** The fact of the 1979 meeting, and its sentence in report A. */
async function meetingIn(page: Page): Promise<{ ids: string[]; sentenceA: Locator }> {
  const { ids, inA } = await linkedFactIds(page, 'the first such meeting since 1979');
  const sentenceA = page
    .locator('[data-pane]')
    .nth(0)
    .locator(`[data-sentence="${inA.find((s) => s.facts.includes(ids[0]!))!.id}"]`);
  return { ids, sentenceA };
}

test('in a narrow window, where the panes stack and the page scrolls, hovering a linked sentence lights its partner but does not move the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 760, height: 800 });
  await openReader(page);
  await waitForAnalysis(page);
  const { ids, sentenceA } = await meetingIn(page);
  await sentenceA.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await sentenceA.hover();
  await expect(factLocator(page, 1, ids[0]!).first()).toHaveAttribute('data-lit', /.*/);
  // Long enough for a smooth scroll to have started and ended.
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('hovering a linked sentence lights its partner and brings it into view', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  // A fact whose sentences in B all sit near its top, so scrolling B to the bottom hides them.
  const { ids, sentenceA } = await meetingIn(page);
  const factId = ids[0];
  expect(factId, 'the 1979 sentences are linked').toBeTruthy();

  // Keep the panes apart, with report B scrolled away from its partner sentence.
  await page.getByLabel('Sync scrolling').uncheck();
  await scrollPanesTo(page, 'bottom');
  await sentenceA.scrollIntoViewIfNeeded();
  const partners = factLocator(page, 1, factId!);
  for (const partner of await partners.all()) expect(await isInPaneView(partner), 'precondition: pane B starts away from the partner').toBe(false);

  await sentenceA.hover();
  await expect(sentenceA).toHaveAttribute('data-lit', /.*/);
  await expect(partners.first()).toHaveAttribute('data-lit', /.*/);
  await expect.poll(() => litInView(page, 1, factId!), { message: 'a lit partner sentence is visible in pane B' }).toBeGreaterThan(0);

  await page.mouse.move(0, 0);
  await expect(partners.first()).not.toHaveAttribute('data-lit', /.*/);
});

test('keyboard: j / k step through facts, Enter jumps to the partner', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  const factParam = () => new URL(page.url()).searchParams.get('fact');

  await page.keyboard.press('j');
  await expect.poll(factParam, { message: 'j makes a fact active (?fact=…)' }).not.toBeNull();
  const first = factParam()!;
  await expect(page.locator(`[data-facts~="${first}"][data-lit]`).first()).toBeVisible();
  expect(await page.locator(`[data-pane] [data-facts~="${first}"]`).count()).toBeGreaterThanOrEqual(2);
  for (const pane of [0, 1]) await expect(factLocator(page, pane, first).first()).toHaveAttribute('data-lit', /.*/);
  await expect(page.locator(`[data-sentence][data-facts~="${first}"]:focus`)).toHaveCount(1);

  await page.keyboard.press('j');
  await expect.poll(factParam, { message: 'j again moves to the next fact' }).not.toBe(first);
  const second = factParam()!;
  expect(second).toBeTruthy();
  await expect(page.locator(`[data-sentence][data-facts~="${second}"]:focus`)).toHaveCount(1);
  // Sentences of the first fact go dark, except compound ones that also state the second.
  await expect(page.locator(`[data-facts~="${first}"]:not([data-facts~="${second}"])[data-lit]`)).toHaveCount(0);

  await page.keyboard.press('k');
  await expect.poll(factParam, { message: 'k goes back' }).toBe(first);
  const focused = page.locator(`[data-sentence][data-facts~="${first}"]:focus`);
  await expect(focused).toHaveCount(1);

  // Enter on the focused linked sentence: focus moves to the same fact in the other pane.
  const fromPane = await focused.evaluate((el) => el.closest('[data-pane]')!.getAttribute('data-pane'));
  await page.keyboard.press('Enter');
  const target = page.locator(`[data-sentence][data-facts~="${first}"]:focus`);
  await expect(target).toHaveCount(1);
  const toPane = await target.evaluate((el) => el.closest('[data-pane]')!.getAttribute('data-pane'));
  expect(toPane).not.toBe(fromPane);
  await expect.poll(() => isInPaneView(target)).toBe(true);
});

test('j and k say so when they go round an end of the facts', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  const factParam = () => new URL(page.url()).searchParams.get('fact');
  const note = page.getByTestId('reader-note');
  // k with no fact active starts at the last one: no end gone round yet.
  await page.keyboard.press('k');
  await expect.poll(factParam).not.toBeNull();
  const last = factParam();
  await expect(note).toBeEmpty();
  await page.keyboard.press('j');
  await expect.poll(factParam).not.toBe(last);
  await expect(note).toHaveText('Back to the first shared fact');
  await page.keyboard.press('k');
  await expect.poll(factParam).toBe(last);
  await expect(note).toHaveText('Back to the last shared fact');
});

const FERRY = 'A passenger ferry ran aground off Kelso Point on Tuesday morning with 212 people on board.';
const FERRY_AGAIN = 'With 212 people on board, a passenger ferry ran aground off Kelso Point on Tuesday morning.';
const ORCHESTRA =
  'The Valmont Symphony Orchestra has appointed the Finnish conductor Aino Lehtola as its music director from next season. She said she wanted to take the orchestra on its first tour of South America.';
const MUSEUM = 'The city museum reopened its east wing after a two-year renovation costing 14 million euros. Visitors queued from dawn.';

test('j and k say so, politely, when there is no other shared fact to step to', async ({ page }) => {
  const note = page.getByRole('status').filter({ hasText: /shared fact between/ });
  await compareOnly(page, [`Ferry runs aground\n\n${FERRY} ${ORCHESTRA}`, `Ferry aground at Kelso Point\n\n${FERRY_AGAIN} ${MUSEUM}`]);
  await expect(page.getByTestId('facts-summary')).toContainText(/^1 shared fact\b/);
  await page.keyboard.press('j');
  await expect(page.locator('[data-sentence][data-lit]:focus')).toHaveCount(1);
  await page.keyboard.press('j');
  await expect(note).toHaveText('No other shared fact between these two reports');
  await expect(note).toBeVisible();

  await compareOnly(page, [`Kelso ferry refloated\n\n${FERRY} ${ORCHESTRA}`, `Museum reopens\n\n${MUSEUM}`]);
  await page.keyboard.press('k');
  await expect(note).toHaveText('No shared fact between these two reports');
});

test('a deep link (?fact=…) lights that fact and scrolls both panes to it', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  const { ids } = await linkedFactIds(page, 'the first such meeting since 1979');
  const factId = ids[0];
  expect(factId, 'the "first meeting since 1979" sentences are linked').toBeTruthy();

  await openReader(page, `/?fact=${factId}`);
  await waitForAnalysis(page);
  for (const pane of [0, 1]) {
    await expect(factLocator(page, pane, factId!).first()).toHaveAttribute('data-lit', /.*/);
    await expect.poll(() => litInView(page, pane, factId!), { message: `the fact is on screen in pane ${'AB'[pane]}` }).toBeGreaterThan(0);
  }
  expect(new URL(page.url()).searchParams.get('fact')).toBe(factId);
  await expect(page.locator(`[data-fact-button="${factId}"]`)).toHaveAttribute('aria-current', 'true');
});

test('facts panel: counts are shown, and choosing a fact scrolls both panes and updates the URL', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  const summary = page.getByTestId('facts-summary');
  await expect(summary).toContainText(/\d+ shared facts?, \d+ conflicts?, \d+ only in A, \d+ only in B/);
  await expect(page.getByRole('heading', { name: /^Shared facts \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText(/^Only in report A \(\d+\)$/)).toBeVisible();
  await expect(page.getByText(/^Only in report B \(\d+\)$/)).toBeVisible();
  const sharedCount = Number((await summary.innerText()).match(/(\d+) shared/)![1]);
  await expect(page.getByRole('heading', { name: `Shared facts (${sharedCount})` })).toBeVisible();

  const button = page.locator('[data-fact-button]').first();
  const factId = (await button.getAttribute('data-fact-button'))!;
  await scrollPanesTo(page, 'bottom');
  for (const pane of [0, 1]) {
    for (const s of await factLocator(page, pane, factId).all()) expect(await isInPaneView(s), 'precondition: the panes start away from the fact').toBe(false);
  }
  await button.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('fact')).toBe(factId);
  await expect(button).toHaveAttribute('aria-current', 'true');
  for (const pane of [0, 1]) {
    await expect.poll(() => litInView(page, pane, factId), { message: `fact ${factId} is on screen in pane ${'AB'[pane]}` }).toBeGreaterThan(0);
  }
});

test('screen readers hear which fact a sentence shares and with which report', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  for (const [pane, other] of [
    [0, 'B'],
    [1, 'A'],
  ] as const) {
    const sentence = page.locator('[data-pane]').nth(pane).locator('[data-sentence][data-kind="shared"]').first();
    await expect(sentence).toBeVisible();
    const number = (await sentence.locator('sup').first().innerText()).trim();
    expect(number).toMatch(/^\d+$/);
    for (const sup of await sentence.locator('sup').all()) await expect(sup).toHaveAttribute('aria-hidden', 'true');
    const hidden = sentence.locator('.sr-only');
    await expect(hidden).toHaveText(new RegExp(`Shared fact ${number}\\b.*\\breport ${other}\\b.*Press Enter to jump there`));
    // Visually hidden but still in the accessibility tree.
    expect(await hidden.evaluate((el) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden')).toBe(true);
    expect(await hidden.evaluate((el) => el.getBoundingClientRect().width <= 1)).toBe(true);
  }
});

test('Enter on a fact whose partner is in a report not on screen brings that report into a pane', async ({ page }) => {
  await openReader(page);
  const dialog = await openLibrary(page);
  await dialog
    .getByLabel(/Paste a report/)
    .fill(
      [
        'US rules out nuclear trade-off with Iran',
        '',
        'By Staff | Example Wire | September 24, 2014',
        '',
        "The United States said on Monday it would not buy Iran's cooperation against Islamic State by relaxing its stance in the nuclear negotiations.",
        '',
        'The White House spokesman said the two issues were entirely separate.',
      ].join('\n'),
    );
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await addDraftToLibrary(dialog);
  await closeLibrary(page);
  await expectComparedCount(page, 3);
  await waitForAnalysis(page);

  // At 1280 px two panes show reports A and B; the new report C is compared but not on screen.
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  const sentence = page
    .locator('[data-pane]')
    .nth(0)
    .locator('[data-sentence][data-facts]')
    .filter({ hasText: /would not buy Iran's cooperation/ });
  await expect(sentence).toHaveCount(1);
  const factId = (await sentence.getAttribute('data-facts'))!.split(' ')[0]!;
  await sentence.focus();
  await page.keyboard.press('Enter');
  const target = page.locator(`[data-pane] [data-sentence][data-facts~="${factId}"]:focus`);
  await expect(target).toHaveCount(1);
  await expect(target).toContainText(/relaxing its stance/);
  await expect(page.getByRole('heading', { level: 2, name: 'US rules out nuclear trade-off with Iran' })).toBeVisible();
  // Back to A and B: the fact active, its wording on screen is not boxed against the one no pane shows.
  await page.getByLabel('Shown here').last().selectOption({ index: 1 });
  await expect(page.locator('[data-pane]').nth(1)).not.toContainText(/relaxing its stance/);
  await expect(sentence).toHaveAttribute('data-lit', 'true');
  await page.waitForTimeout(500);
  await expect(sentence.locator('[data-diff]')).toHaveCount(0);
});

test('a compound sentence underlines the part that the other report states', async ({ page }) => {
  const fireA = [
    'Warehouse fire in Lyon brought under control',
    '',
    'By Claire Martin | Rhone Daily | March 12, 2025',
    '',
    'Some 220 firefighters were sent to the burning warehouse in Lyon on Tuesday night, and it took them nearly nine hours to bring the fire under control.',
    '',
    'No one was injured, the prefecture said.',
  ].join('\n');
  const fireB = [
    'Lyon warehouse blaze put out after long night',
    '',
    'By Paul Girard | City Wire | March 12, 2025',
    '',
    'It took firefighters nearly nine hours to bring the fire under control.',
    '',
    'The cause of the fire is not yet known.',
  ].join('\n');

  await openReader(page);
  const bundledTitles = await page.locator('article').getByRole('heading', { level: 2 }).allInnerTexts();
  const dialog = await openLibrary(page);
  for (const text of [fireA, fireB]) {
    await dialog.getByLabel(/Paste a report/).fill(text);
    await dialog.getByRole('button', { name: 'Add report' }).click();
    await addDraftToLibrary(dialog);
  }
  // Compare the two fire reports only.
  for (const title of bundledTitles) await libraryEntry(dialog, title).uncheck();
  await expectComparedCount(page, 2);
  await closeLibrary(page);
  await waitForAnalysis(page);

  const paneA = page.getByRole('region', { name: 'Report A: Warehouse fire in Lyon brought under control' }).locator('[data-pane]');
  const paneB = page.getByRole('region', { name: 'Report B: Lyon warehouse blaze put out after long night' }).locator('[data-pane]');
  const claim = paneA.locator('[data-claim]').filter({ hasText: 'nine hours' });
  await expect(claim).toHaveCount(1);
  const factId = (await claim.getAttribute('data-claim'))!;
  const sentence = claim.locator('xpath=ancestor::*[@data-sentence][1]');
  await expect(sentence).toHaveAttribute('data-facts', new RegExp(`(^| )${factId}( |$)`));

  // The claim is a proper part of the sentence: shorter, and found in it as written.
  const claimText = (await claim.textContent())!;
  const sentenceText = await sentence.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('sup, .sr-only, button').forEach((n) => n.remove());
    return (clone.textContent ?? '').trim();
  });
  expect(sentenceText).toBe(
    'Some 220 firefighters were sent to the burning warehouse in Lyon on Tuesday night, and it took them nearly nine hours to bring the fire under control.',
  );
  expect(sentenceText).toContain(claimText);
  expect(claimText.trim().length).toBeLessThan(sentenceText.length);
  expect(claimText).not.toContain('220 firefighters');
  // Not colour alone: the claim is underlined.
  expect(await claim.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
  await expect(sentence.locator('.sr-only')).toHaveText(/Matching part: “[^”]*nine hours[^”]*”/);

  // Hovering lights the claim (most strongly) and the partner sentence in report B.
  await expect(claim).not.toHaveAttribute('data-lit', /.*/);
  await sentence.hover();
  await expect(claim).toHaveAttribute('data-lit', /.*/);
  await expect(sentence).toHaveAttribute('data-lit', /.*/);
  await expect(paneB.locator(`[data-sentence][data-facts~="${factId}"]`)).toHaveAttribute('data-lit', /.*/);
  const background = (selector: 'claim' | 'sentence') => (selector === 'claim' ? claim : sentence).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background('claim')).not.toBe(await background('sentence'));
});

test('a fact’s entry at rest shows a wording from each report it joins, not one report’s two', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  const entries = page.locator('[data-facts-list="shared"] [data-fact-button]');
  await expect(entries.first()).toBeVisible();
  for (const entry of await entries.all()) {
    const text = await entry.innerText();
    const reach = Number(text.match(/in (\d+) of \d+ reports/)![1]);
    // Each shown wording opens on its report's letter ("A:", "B:").
    const letters = new Set([...text.matchAll(/^([A-Z]):/gm)].map((m) => m[1]));
    expect(letters.size, `entry "${text.slice(0, 80)}…" shows every report it joins`).toBe(Math.min(reach, 2));
  }
});

test('two marked sentences side by side in one paragraph are two boxes, with a gap between them', async ({ page }) => {
  await compareOnly(page, [
    [
      'Quarry blast shakes Dunmore',
      '',
      'A blast at the Carrow quarry shook homes across Dunmore on Monday afternoon. Two workers were taken to hospital with burns. The quarry owner said blasting would stop until an inquiry had reported.',
    ].join('\n'),
    [
      'Quarry explosion injures two',
      '',
      'Homes across Dunmore were shaken by a blast at the Carrow quarry on Monday afternoon.',
      '',
      'Two workers suffered burns and were taken to hospital.',
      '',
      'Blasting will stop until an inquiry has reported, the owner of the quarry said.',
    ].join('\n'),
  ]);
  const paneA = page.locator('[data-pane]').first();
  await expect(paneA.locator('[data-sentence][data-facts]')).toHaveCount(3);
  // Where one marked sentence ends and the next starts on the same line: the space between them is in
  // neither box, and wide enough that two lit rings (2 px each) do not touch.
  const gaps = await paneA.evaluate((pane) => {
    const marked = [...pane.querySelectorAll<HTMLElement>('[data-sentence][data-facts]')];
    return marked.slice(1).flatMap((next, i) => {
      const end = [...marked[i]!.getClientRects()].at(-1)!;
      const start = next.getClientRects()[0]!;
      return Math.abs(end.top - start.top) < 2 ? [start.left - end.right] : [];
    });
  });
  expect(gaps.length, 'two marked sentences share a line').toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(6);
});
