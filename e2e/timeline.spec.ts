import { expect, test, type Page } from '@playwright/test';
import { compareOnly, isInPaneView, openReader, readSentences, waitForAnalysis } from './helpers.ts';

/** Opens the reader, waits for the analysis and switches to the Timeline tab. */
async function openTimeline(page: Page, path = '/') {
  await openReader(page, path);
  await waitForAnalysis(page);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(timelineList(page)).toBeVisible();
}

const timelinePanel = (page: Page) => page.getByRole('tabpanel', { name: 'Timeline' });

/** Opens the sources, people and dates filters, which start closed when they would crowd the panel. */
async function showFilters(page: Page) {
  const toggle = timelinePanel(page).getByRole('button', { name: /^Sources, people and dates/ });
  // Retried: the panel decides whether they start closed on its first layout, which may come just after this looks.
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
}
const timelineList = (page: Page) => timelinePanel(page).getByRole('list', { name: 'Timeline' });
/** The event cards (one button per event); publication markers and gap labels are not events. */
const events = (page: Page) => timelineList(page).locator('button[data-event-id]');
const eventWithDate = (page: Page, date: string) => events(page).filter({ has: page.locator(`time[datetime="${date}"]`) });

async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = await page.getByTestId('timeline-count').innerText();
  const match = text.match(/Showing (\d+) of (\d+) events?/);
  expect(match, `count text: ${text}`).not.toBeNull();
  return { shown: Number(match![1]), total: Number(match![2]) };
}

const urlParams = (page: Page, key: string) => new URL(page.url()).searchParams.getAll(key);

test('the bundled reports give the 1979 revolution, the June 2014 embassy news and the 24 September meeting, but no "35 years" event', async ({ page }) => {
  await openTimeline(page);
  await expect(eventWithDate(page, '1979')).not.toHaveCount(0);
  await expect(eventWithDate(page, '1979').first()).toContainText(/revolution/i);
  await expect(eventWithDate(page, '2014-06').filter({ hasText: /embassy/i })).not.toHaveCount(0);
  await expect(eventWithDate(page, '2014-09-24')).not.toHaveCount(0);
  await expect(eventWithDate(page, '2014-09-24').filter({ hasText: /Cameron|Rouhani|talks|meet/i })).not.toHaveCount(0);

  // "in 35 years" is a duration, not a date on the axis.
  const dates = await events(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => ({ value: t.getAttribute('datetime') ?? '', text: t.textContent ?? '' })));
  expect(dates.length).toBeGreaterThan(0);
  for (const { value, text } of dates) {
    expect(value, `event date "${text}"`).not.toMatch(/^P/);
    expect(value, `event date "${text}"`).toMatch(/^\d{4}/);
    expect(text).not.toMatch(/\byears?\b/i);
  }
  const labels = await events(page).evaluateAll((buttons) =>
    buttons.map((b) => b.querySelector('time')?.nextElementSibling?.textContent ?? b.textContent ?? ''),
  );
  for (const label of labels) expect(label).not.toMatch(/^\W*(in\s+)?35 years\W*$/i);
  await expect(events(page).filter({ has: page.locator('time', { hasText: /35 years/i }) })).toHaveCount(0);
});

test('the publication date is marked as "now" on the timeline', async ({ page }) => {
  await openTimeline(page);
  const now = timelinePanel(page).getByText(/Published:.*now of the reports?/);
  await expect(now).toBeVisible();
  const published = await page.locator('[data-pane]').first().getByTestId('report-date').getAttribute('datetime');
  await expect(now.locator('time')).toHaveAttribute('datetime', published!);
});

test('the timeline is a list and its filters have accessible names', async ({ page }) => {
  await openTimeline(page);
  const { shown } = await shownCount(page);
  expect(shown).toBeGreaterThan(0);
  await expect(timelineList(page).getByRole('listitem')).toHaveCount(shown);
  await showFilters(page);
  const filters = timelinePanel(page).getByRole('search', { name: 'Filter the timeline' });
  await expect(filters).toBeVisible();
  await expect(filters.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  await expect(filters.getByRole('group', { name: 'Sources' })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /^A\b/ })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /^B\b/ })).toBeVisible();
  await expect(filters.getByRole('checkbox', { name: /Only events every selected source mentions/ })).toBeVisible();
  await expect(filters.getByRole('combobox', { name: 'Person, organisation or place' })).toBeVisible();
  await expect(filters.getByRole('group', { name: 'Dates' })).toBeVisible();
  await expect(filters.getByRole('textbox', { name: 'From' })).toBeVisible();
  await expect(filters.getByRole('textbox', { name: 'To' })).toBeVisible();
});

test('filtering by source changes the events, the count and the URL, and survives a reload', async ({ page }) => {
  await openTimeline(page);
  const before = await shownCount(page);
  expect(before.shown).toBe(before.total);
  const reportA = await page.locator('[data-pane]').nth(0).getAttribute('data-pane');

  await showFilters(page);
  await timelinePanel(page).getByRole('checkbox', { name: /^B\b/ }).uncheck();
  await expect.poll(async () => (await shownCount(page)).shown).toBeLessThan(before.total);
  const after = await shownCount(page);
  expect(after.total).toBe(before.total);
  expect(after.shown).toBeGreaterThan(0);
  await expect(events(page)).toHaveCount(after.shown);
  // Every event left is one report A mentions.
  for (const event of await events(page).all()) await expect(event).toContainText(/\bA ·/);
  expect(urlParams(page, 'tl.src')).toEqual([reportA]);

  await page.reload();
  // The tab is in the URL too: the reload returns to it (the Facts tab, with the analysis summary, stays unopened).
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(events(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(timelinePanel(page).getByRole('checkbox', { name: /^B\b/ })).not.toBeChecked();
  await expect(timelinePanel(page).getByRole('checkbox', { name: /^A\b/ })).toBeChecked();
  await expect(page.getByTestId('timeline-count')).toHaveText(`Showing ${after.shown} of ${after.total} ${after.total === 1 ? 'event' : 'events'}`);
  await expect(events(page)).toHaveCount(after.shown);
  expect(urlParams(page, 'tl.src')).toEqual([reportA]);
});

test('filtering by actor changes the events, the count and the URL, and survives a reload', async ({ page }) => {
  await openTimeline(page);
  const { total } = await shownCount(page);
  await showFilters(page);
  const select = timelinePanel(page).getByRole('combobox', { name: 'Person, organisation or place' });
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
  // An actor named by some but not all events, so the filter visibly narrows the list.
  const choice = options
    .map((o) => ({ ...o, name: o.text.replace(/\s*\(\d+\)$/, ''), count: Number(o.text.match(/\((\d+)\)$/)?.[1] ?? NaN) }))
    .find((o) => o.value && o.count > 0 && o.count < total);
  expect(choice, `an actor option narrower than all ${total} events: ${options.map((o) => o.text).join(', ')}`).toBeTruthy();

  await select.selectOption(choice!.value);
  await expect(page.getByTestId('timeline-count')).toHaveText(new RegExp(`^Showing ${choice!.count} of ${total} events?$`));
  await expect(events(page)).toHaveCount(choice!.count);
  expect(urlParams(page, 'tl.actor')).toEqual([choice!.value]);

  await page.reload();
  // The tab is in the URL too: the reload returns to it (the Facts tab, with the analysis summary, stays unopened).
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(events(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(select).toHaveValue(choice!.value);
  await expect(page.getByTestId('timeline-count')).toHaveText(new RegExp(`^Showing ${choice!.count} of ${total} events?$`));
  await expect(events(page)).toHaveCount(choice!.count);
  expect(urlParams(page, 'tl.actor')).toEqual([choice!.value]);

  await timelinePanel(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('timeline-count')).toHaveText(new RegExp(`^Showing ${total} of ${total} events?$`));
  expect(urlParams(page, 'tl.actor')).toEqual([]);
});

test('choosing an event marks its time expression in the reader and scrolls it into view', async ({ page }) => {
  await openTimeline(page);
  // Start with both panes at the bottom, away from where the June news is told.
  for (const pane of await page.locator('[data-pane]').all()) await pane.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }));
  const event = eventWithDate(page, '2014-06').first();
  await event.click();
  await expect(event).toHaveAttribute('aria-current', 'true');
  const mark = page.locator('[data-pane] [data-sentence] mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(/June/);
  await expect.poll(() => isInPaneView(mark), { message: 'the marked sentence is scrolled into view in its pane' }).toBe(true);
  await expect(mark).toBeInViewport();

  // Another event moves the mark.
  const other = eventWithDate(page, '1979').first();
  await other.click();
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(/1979/);
  await expect.poll(() => isInPaneView(mark)).toBe(true);
});

test('the event button in a reader sentence opens the Timeline tab with that event focused', async ({ page }) => {
  await openReader(page);
  await waitForAnalysis(page);
  await expect(page.getByRole('tab', { name: 'Facts' })).toHaveAttribute('aria-selected', 'true');
  const sentences = await readSentences(page, 0);
  const revolution = sentences.find((s) => /\b1979\b/.test(s.text) && /revolution/i.test(s.text));
  expect(revolution, 'report A mentions the 1979 revolution').toBeTruthy();
  const sentence = page.locator('[data-pane]').nth(0).locator(`[data-sentence="${revolution!.id}"]`);
  await sentence.getByRole('button', { name: 'Show 1979 in the timeline' }).click();

  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  const focused = events(page).and(page.locator(':focus'));
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('time')).toHaveAttribute('datetime', '1979');
  await expect(focused).toHaveAttribute('aria-current', 'true');
  await expect(focused).toBeInViewport();
  // The button's own expression is marked, in place of the one an event chosen before had marked.
  const mark = page.locator('[data-pane] [data-sentence] mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(/1979/);
  await eventWithDate(page, '2014-06').first().click();
  await expect(mark).toHaveText(/June/);
  await sentence.getByRole('button', { name: 'Show 1979 in the timeline' }).click();
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(/1979/);
});

test('the chosen tab is in the URL: a reload and Back from the full timeline return to it', async ({ page }) => {
  await openTimeline(page, '/?tl.q=embassy');
  const timelineTab = page.getByRole('tab', { name: 'Timeline' });
  expect(urlParams(page, 'tab')).toEqual(['timeline']);

  await page.reload();
  await openReader(page, page.url());
  await expect(timelineTab).toHaveAttribute('aria-selected', 'true');
  await expect(timelinePanel(page).getByLabel('Search events')).toHaveValue('embassy');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Full timeline' }).click();
  await expect(page).toHaveURL(/[?&]view=timeline/);
  await page.goBack();
  await expect(page).not.toHaveURL(/view=timeline/);
  await expect(timelineTab).toHaveAttribute('aria-selected', 'true');

  // Facts, the first tab, leaves no parameter, and a reload keeps it too.
  await page.getByRole('tab', { name: 'Facts' }).click();
  expect(urlParams(page, 'tab')).toEqual([]);
  expect(urlParams(page, 'tl.q')).toEqual(['embassy']);
  await page.reload();
  await openReader(page, page.url());
  await expect(page.getByRole('tab', { name: 'Facts' })).toHaveAttribute('aria-selected', 'true');
});

test('a live page pasted in gives one titled card per entry, over midnight and in clock order', async ({ page }) => {
  const live = [
    'Harbour vote: as it happened',
    '',
    'Published 5 July 2024',
    '',
    '05:02 BST',
    'Councillors have now approved the harbour plan by 31 votes to 12.',
    '',
    '04:42 BST',
    'The mayor has conceded that the campaign against the plan has failed.',
    '',
    '00:54 BST',
    'The first ward results are in, and the yes campaign leads.',
    '',
    '22:00 BST',
    'Polls have closed across the city.',
  ].join('\n');
  const wire = [
    'Harbour plan approved after all-night count',
    '',
    'HARBURN, July 5 (Nordic Wire) - Harburn councillors approved the harbour plan by 31 votes to 12 early on Friday after an all-night count.',
    '',
    'Polls closed at 10 p.m. on Thursday.',
  ].join('\n');
  await compareOnly(page, [live, wire]);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(timelineList(page)).toBeVisible();
  await expect(eventWithDate(page, '2024-07-04').filter({ hasText: 'Polls have closed' })).toHaveCount(1);
  const titles = (await events(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  // No card is a bare stamp, and the night's entries read in the order they happened.
  for (const title of titles) expect(title).not.toMatch(/^\S*\s*\d{2}:\d{2} BST\s*$/);
  const at = (words: string) => titles.findIndex((t) => t.includes(words));
  expect(at('first ward results')).toBeGreaterThan(at('Polls have closed'));
  expect(at('mayor has conceded')).toBeGreaterThan(at('first ward results'));
  expect(at('approved the harbour plan')).toBeGreaterThan(at('mayor has conceded'));
});
