import { expect, test, type Page } from '@playwright/test';
import { compareOnly, isInPaneView, openReader, seriousA11yViolations, waitForAnalysis } from './helpers.ts';

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const axis = (page: Page) => page.getByRole('group', { name: 'Events on a time axis' });
const cards = (page: Page) => axis(page).locator('button[data-event-id]');
const cardWithDate = (page: Page, date: string) => cards(page).filter({ has: page.locator(`time[datetime="${date}"]`) });

/** Opens the reader, waits for the analysis and switches to the full timeline from the header. */
async function openFullTimeline(page: Page) {
  await openReader(page);
  await waitForAnalysis(page);
  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  await expect(page).toHaveURL(/[?&]view=timeline/);
  await expect(axis(page)).toBeVisible();
  await expect(cards(page).first()).toBeVisible();
}

/** The window on screen, as the axis states it: first and last instant, in ms. */
async function visibleRange(page: Page): Promise<{ start: number; end: number; width: number }> {
  const [start, end] = await Promise.all([axis(page).getAttribute('data-visible-start'), axis(page).getAttribute('data-visible-end')]);
  const range = { start: Date.parse(start ?? ''), end: Date.parse(end ?? '') };
  expect(Number.isFinite(range.start) && Number.isFinite(range.end), `visible range ${start} – ${end}`).toBe(true);
  return { ...range, width: range.end - range.start };
}

type Range = { start: number; end: number; width: number };
/**
 * A zoom in shows a window inside the one before. Compared by its ends, not its width in time: a
 * window that spans a shortened stretch (a break) holds far more time than its width on screen.
 */
const inside = (r: Range, outer: Range) => r.start >= outer.start && r.end <= outer.end && (r.start > outer.start || r.end < outer.end);

/** Waits until the visible range differs from `before` in the way `changed` says. */
async function expectRange(page: Page, changed: (range: Range) => boolean, message: string) {
  await expect(async () => {
    const r = await visibleRange(page);
    expect(changed(r), `${message}; visible ${describe(r)}`).toBe(true);
  }).toPass({ timeout: 5_000 });
}

const describe = (r: Range) => `${new Date(r.start).toISOString()} – ${new Date(r.end).toISOString()}`;

test('opened from the keyboard, the full timeline puts focus on its heading without a focus ring, which would make it look like a control', async ({
  page,
}) => {
  await openReader(page);
  await waitForAnalysis(page);
  await views(page).getByRole('link', { name: 'Full timeline' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Timeline', level: 2 });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  expect(await heading.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
});

test('the full timeline opens from the header and from the side panel, and leads back to the reader', async ({ page }) => {
  await openFullTimeline(page);
  await expect(views(page).getByRole('link', { name: 'Full timeline' })).toHaveAttribute('aria-current', 'page');
  // The reader stays in the page, hidden, so it keeps its state for the way back.
  await expect(page.locator('article').first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeFocused();

  await page.getByRole('button', { name: 'Back to the reader' }).click();
  await expect(page).not.toHaveURL(/view=timeline/);
  await expect(page.locator('article').first()).toBeVisible();
  await expect(page.locator('#reports')).toBeFocused();

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page
    .getByRole('tabpanel', { name: 'Timeline' })
    .getByRole('link', { name: /Open full timeline/ })
    .click();
  await expect(axis(page)).toBeVisible();
  // The view is a history entry: the browser's back button returns to the reader.
  await page.goBack();
  await expect(page.locator('article').first()).toBeVisible();
  await expect(axis(page)).toHaveCount(0);
});

test("the Timeline tab's filters narrow the full timeline too, which says so and gives every event back", async ({ page }) => {
  await openFullTimeline(page);
  const count = page.getByTestId('timeline-view-count');
  const all = Number(/^(\d+) events? from 2 reports$/.exec((await count.textContent()) ?? '')?.[1]);
  expect(all).toBeGreaterThan(1);

  await views(page).getByRole('link', { name: 'Reader' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('embassy');
  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  await expect(count).toHaveText(new RegExp(`^[1-9]\\d* of ${all} events: the Timeline tab’s filters hide the others$`));
  const shown = await cards(page).count();
  expect(shown).toBeLessThan(all);
  for (const text of await cards(page).allTextContents()) expect(text.toLowerCase()).toContain('embass');

  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(count).toHaveText(`${all} events from 2 reports`);
  await expect(page).not.toHaveURL(/tl\.q=/);
  await expect(page.getByRole('button', { name: 'Show all events' })).toHaveCount(0);
});

test('the bundled pair shows 1979, June 2014 and 24 Sep 2014, each publication date as "now", and no "35 years" event', async ({ page }) => {
  await openFullTimeline(page);
  await expect(cardWithDate(page, '1979').filter({ hasText: /revolution/i })).not.toHaveCount(0);
  await expect(cardWithDate(page, '2014-06').filter({ hasText: /embassy/i })).not.toHaveCount(0);
  await expect(cardWithDate(page, '2014-09-24').filter({ hasText: /Cameron|Rouhani|talks|meet/i })).not.toHaveCount(0);
  await expect(cardWithDate(page, '1979').locator('time')).toContainText('1979');
  await expect(cardWithDate(page, '2014-09-24').first().locator('time')).toHaveText('24 Sep 2014');

  // "in 35 years" is a length of time, not a date: no card may be dated or titled by it.
  const dates = await cards(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => ({ value: t.getAttribute('datetime') ?? '', text: t.textContent ?? '' })));
  expect(dates.length).toBeGreaterThan(2);
  for (const { value, text } of dates) {
    expect(value, `event date "${text}"`).toMatch(/^\d{4}/);
    expect(text, `event date "${text}"`).not.toMatch(/\byears?\b/i);
  }
  await expect(cards(page).filter({ hasText: /^\W*(in\s+)?35 years\W*$/i })).toHaveCount(0);

  // Both bundled reports were published on one day: one "now" marker names them both.
  const published = await page.locator('[data-pane]').first().getByTestId('report-date').getAttribute('datetime');
  const now = axis(page).getByText(/published/);
  await expect(now).toHaveCount(1);
  await expect(now).toContainText(/A, B published/);
  await expect(now.locator('time')).toHaveAttribute('datetime', published!);
  // Thirty-odd empty years between 1979 and 2013 are shortened, and say how long they are.
  await expect(axis(page).getByText(/≈ \d+ years/)).toBeVisible();
});

test('the wheel zooms around the pointer and a drag pans, without opening a card', async ({ page }) => {
  await openFullTimeline(page);
  const fit = await visibleRange(page);
  const box = (await axis(page).boundingBox())!;
  const y = box.y + 30; // on the tick row, clear of the cards

  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.wheel(0, -400);
  await expectRange(page, (r) => inside(r, fit), 'wheel up zooms in');
  const zoomed = await visibleRange(page);
  // Around the pointer: at 80 % of the width the left edge moves in further than the right.
  expect(zoomed.start - fit.start).toBeGreaterThan(fit.end - zoomed.end);
  await page.mouse.wheel(0, 2000);
  await expectRange(page, (r) => inside(zoomed, r), 'wheel down zooms out');

  // From the middle there is room to pan both ways.
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.wheel(0, -600);
  await expectRange(page, (r) => inside(r, fit), 'wheel up in the middle zooms in');
  const middle = await visibleRange(page);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.35, y, { steps: 8 });
  await page.mouse.up();
  await expectRange(page, (r) => r.start > middle.start && r.end > middle.end, 'dragging left moves later in time');
  const panned = await visibleRange(page);

  // A drag that starts on a card pans and does not open it.
  const inView = await cards(page).evaluateAll(
    (buttons, [left, right]) =>
      buttons.findIndex((b) => {
        const r = b.getBoundingClientRect();
        return r.left >= left! && r.right <= right! - 130;
      }),
    [box.x, box.x + box.width],
  );
  expect(inView, 'a card wholly in view').toBeGreaterThanOrEqual(0);
  const card = cards(page).nth(inView);
  await card.scrollIntoViewIfNeeded();
  const cardBox = (await card.boundingBox())!;
  await page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(cardBox.x + cardBox.width / 2 + 120, cardBox.y + cardBox.height / 2, { steps: 8 });
  await page.mouse.up();
  await expectRange(page, (r) => r.start < panned.start && r.end < panned.end, 'dragging right moves earlier in time');
  await expect(page).toHaveURL(/view=timeline/);
  await expect(axis(page)).toBeVisible();
});

test('the axis takes focus with a visible ring, and + − ← → Home and the buttons zoom and pan', async ({ page }) => {
  await openFullTimeline(page);
  const fit = await visibleRange(page);
  // Reach the axis with Tab, as a keyboard user would.
  for (let i = 0; i < 12 && !(await axis(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(axis(page)).toBeFocused();
  expect(await axis(page).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expectRange(page, (r) => inside(r, fit), '+ zooms in');
  const zoomed = await visibleRange(page);
  await page.keyboard.press('ArrowLeft');
  await expectRange(page, (r) => r.start < zoomed.start && r.end < zoomed.end, '← moves earlier');
  const left = await visibleRange(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectRange(page, (r) => r.start > left.start && r.end > left.end, '→ moves later');
  const right = await visibleRange(page);
  await page.keyboard.press('-');
  await expectRange(page, (r) => inside(right, r), '− zooms out');
  await page.keyboard.press('Home');
  await expectRange(page, (r) => r.start === fit.start && r.end === fit.end, 'Home fits every event');

  const zoom = page.getByRole('group', { name: 'Zoom' });
  await zoom.getByRole('button', { name: 'Zoom in' }).click();
  await expectRange(page, (r) => inside(r, fit), 'the Zoom in button zooms in');
  const buttonZoomed = await visibleRange(page);
  await zoom.getByRole('button', { name: 'Zoom in' }).click();
  await expectRange(page, (r) => inside(r, buttonZoomed), 'again');
  const twice = await visibleRange(page);
  await zoom.getByRole('button', { name: 'Zoom out' }).click();
  await expectRange(page, (r) => inside(twice, r), 'the Zoom out button zooms out');
  await zoom.getByRole('button', { name: 'Zoom in' }).click();
  await zoom.getByRole('button', { name: 'Fit all' }).click();
  await expectRange(page, (r) => r.start === fit.start && r.end === fit.end, 'Fit all shows every event');
  await expect(zoom.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
});

test('Zoom in from "fit all", whose middle is a break, keeps events on screen', async ({ page }) => {
  // Two weeks of one story eleven months apart: "fit all" cuts the months between to a break, which
  // sits in the middle of the window.
  await compareOnly(page, [
    [
      'Orvik levee finished',
      '',
      'Published 15 December 2014',
      '',
      'Floods hit the valley town of Orvik on 3 January 2014, forcing hundreds of people from their homes.',
      '',
      'The river fell back below its banks on 9 January 2014, the council said.',
      '',
      'Engineers finished the new levee on 9 December 2014.',
    ].join('\n'),
    [
      'Orvik gets its new levee',
      '',
      'Published 15 December 2014',
      '',
      'The town flooded on 3 January 2014 when the old levee failed.',
      '',
      'Work on the new levee ended on 9 December 2014, and the riverside path reopened on 15 December 2014.',
    ].join('\n'),
  ]);
  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  await expect(cards(page).first()).toBeVisible();
  const total = await cards(page).count();
  const zoomIn = page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 8 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  // Every event off screen would count them all as earlier and later.
  const hidden = async () => {
    const [earlier, later] = await Promise.all(
      [/earlier/, /later/].map(async (name) => Number(/\d+/.exec(await page.getByRole('button', { name }).innerText())?.[0] ?? 0)),
    );
    return earlier! + later!;
  };
  await expect.poll(hidden, { message: 'some event is still in the window' }).toBeLessThan(total);
});

test('+ on a focused card zooms around it down to hours, and an event out of view is one button away', async ({ page }) => {
  await openFullTimeline(page);
  const card = cardWithDate(page, '2014-09-24').first();
  await card.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('+');
  await expectRange(page, (r) => r.width <= 6 * 3_600_000, 'zoomed in to a few hours');
  const { start } = await visibleRange(page);
  expect(new Date(start).toISOString().slice(0, 10)).toBe('2014-09-24');
  await expect(page.getByTestId('timeline-range')).toHaveText(/\d{2}:\d{2}/);
  await expect(
    axis(page)
      .getByText(/^\d{2}:\d{2}/)
      .first(),
  ).toBeVisible();

  await page.keyboard.press('Home');
  const earlier = page.getByRole('button', { name: /earlier/ });
  const later = page.getByRole('button', { name: /later/ });
  await expect(earlier).toBeDisabled();
  await expect(later).toBeDisabled();
  await axis(page).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('+');
  await expect.poll(async () => (await earlier.isEnabled()) || (await later.isEnabled()), { message: 'events out of view are counted' }).toBe(true);
  const before = await visibleRange(page);
  await ((await earlier.isEnabled()) ? earlier : later).click();
  await expectRange(page, (r) => r.start !== before.start, 'the button moves to the nearest hidden event');
});

test('a card opens its sentence in the reader, scrolled into view with its date marked', async ({ page }) => {
  await openFullTimeline(page);
  const card = cardWithDate(page, '2014-06')
    .filter({ hasText: /embassy/i })
    .first();
  await card.click();
  await expect(page).not.toHaveURL(/view=timeline/);
  await expect(page.locator('article').first()).toBeVisible();
  const mark = page.locator('[data-pane] [data-sentence] mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(/June/);
  await expect.poll(() => isInPaneView(mark), { message: 'the sentence is scrolled into view in its pane' }).toBe(true);
  await expect(page.locator('[data-pane] [data-sentence]').filter({ has: page.locator('mark') })).toContainText(/embassy/i);
  // Keyboard users land on it too, though only one report states it (not a shared-fact sentence).
  await expect(page.locator('[data-pane] [data-sentence]:focus')).toContainText(/embassy/i);
  // Back returns to the full timeline.
  await page.goBack();
  await expect(axis(page)).toBeVisible();
});

test('on a phone, a card chosen in the full timeline opens its sentence, not the Timeline tab below the reports', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReader(page);
  await waitForAnalysis(page);
  // The Timeline tab open below the reports, where its selected card could pull the page to it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  await expect(axis(page)).toBeVisible();
  await cardWithDate(page, '2014-06')
    .filter({ hasText: /embassy/i })
    .first()
    .click();
  const sentence = page.locator('[data-pane] [data-sentence]').filter({ has: page.locator('mark') });
  await expect(sentence).toContainText(/embassy/i);
  // Given time to settle: the Timeline tab's selected card used to scroll the page away afterwards.
  await page.waitForTimeout(1000);
  await expect(sentence).toBeInViewport();
  await expect(page.locator('[data-pane] [data-sentence]:focus')).toContainText(/embassy/i);
});

test('axe finds nothing serious in the full timeline, fitted and zoomed', async ({ page }) => {
  // Axe measures the cards where they rest: a zoom step glides them for 200 ms, and on a loaded machine
  // it measured three of them mid-glide, overlapping ("target-size"). Without motion they move at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openFullTimeline(page);
  await cardsAtRest(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await axis(page).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await cardsAtRest(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

/** Waits until no card moves between two looks a quarter second apart: the layout axe is to measure. */
async function cardsAtRest(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await cards(page).evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().left, e.getBoundingClientRect().top])));
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

test('on a phone the axis fits the screen, pans by dragging, and the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFullTimeline(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await axis(page).boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await visibleRange(page);
  await page.mouse.move(box.x + box.width * 0.7, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + 20, { steps: 6 });
  await page.mouse.up();
  await expectRange(page, (r) => r.start > zoomed.start, 'a drag pans on a phone too');
});

/** Two reports of an invented crane collapse that date events by a week, a half year and a decade. */
const CRANE_REPORTS = [
  [
    'Harbour crane collapses at Tarnow port',
    '',
    'Published: 2007-04-10',
    '',
    'A crane collapsed at the Tarnow harbour on Monday, injuring two dock workers, the port authority said.',
    '',
    'The crane operator, who was dismissed last week, has been questioned by police.',
    '',
    'The port authority said the crane had been repaired in the first half of 2005.',
    '',
    'Cranes of the same model were installed across the harbour in the 1990s, the operator said.',
  ].join('\n'),
  [
    'Two hurt as crane falls at Tarnow docks',
    '',
    'Published: 2007-04-10',
    '',
    'Two dock workers were injured on Monday when a crane collapsed at the Tarnow harbour, the port authority said.',
    '',
    'Police questioned the crane operator, who had been dismissed last week.',
    '',
    'The crane had been repaired in the first half of 2005, according to the authority.',
  ].join('\n'),
];

test('a card dated without a day says so in full, inside the card, at 1440, 1024 and 390 px', async ({ page }) => {
  await compareOnly(page, CRANE_REPORTS);
  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  await expect(cards(page).first()).toBeVisible();
  for (const width of [1440, 1024, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(async () => {
      const notes = await cards(page).evaluateAll((buttons) =>
        buttons.flatMap((button) => {
          const note = button.querySelector('time + span');
          if (!note) return [];
          const card = button.getBoundingClientRect();
          const box = note.getBoundingClientRect();
          const badges = button.lastElementChild!.getBoundingClientRect();
          const problems = [
            note.scrollWidth > note.clientWidth && 'cut off',
            (box.right > card.right || box.bottom > card.bottom) && 'outside the card',
            badges.bottom > card.bottom - 1 && 'pushes the sources out of the card',
          ].filter(Boolean);
          return [`${note.textContent}${problems.length ? `: ${problems.join(', ')}` : ''}`];
        }),
      );
      expect(notes.sort(), `at ${width} px`).toEqual(['(decade only)', '(half year only)', '(week only)']);
    }).toPass({ timeout: 5_000 });
  }
});

/** Three reports of an invented trial: events in March and October 2011, in 2012 and in February 2013. */
const TRIAL_REPORTS = [
  [
    'Trial opens over Harbour Street shooting',
    '',
    'Published: 2013-04-12',
    '',
    'Marek Nowak was shot dead on Harbour Street on 3 March 2011, prosecutors told the jury.',
    '',
    'Two brothers were arrested on 20 March 2011 after a week-long search.',
    '',
    'The brothers were charged in October 2011 with murder.',
  ].join('\n'),
  [
    'Brothers on trial for Harbour Street killing',
    '',
    'Published: 2013-04-12',
    '',
    'The brothers were arrested on 20 March 2011, days after Marek Nowak was shot on Harbour Street.',
    '',
    'A first trial collapsed in 2012 when a witness withdrew.',
  ].join('\n'),
  [
    'Witness returns for Harbour Street trial',
    '',
    'Published: 2013-04-11',
    '',
    'The witness agreed on 14 February 2013 to testify against the brothers.',
    '',
    'She withdrew from the first trial in 2012, the court heard.',
  ].join('\n'),
];

test('on a phone the full timeline reads in time order from the top down', async ({ page }) => {
  await compareOnly(page, TRIAL_REPORTS);
  await page.setViewportSize({ width: 390, height: 844 });
  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  await expect(cardWithDate(page, '2013-02-14')).toBeVisible();
  // The cards in the list's order, which is time order: none may be drawn above an earlier one.
  const tops = await cards(page).evaluateAll((buttons) =>
    buttons.map((b) => [b.querySelector('time')!.textContent, Math.round(b.getBoundingClientRect().top)] as const),
  );
  expect(tops.length).toBeGreaterThanOrEqual(4);
  for (let i = 1; i < tops.length; i++)
    expect(tops[i]![1], `${tops[i]![0]} below ${tops[i - 1]![0]}: ${JSON.stringify(tops)}`).toBeGreaterThanOrEqual(tops[i - 1]![1]);
});

test('on a phone the cards take most of the axis, and its dates stay on screen while the lanes scroll by', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFullTimeline(page);
  const last = cards(page).last();
  const axisWidth = (await axis(page).boundingBox())!.width;
  expect((await cards(page).first().boundingBox())!.width, 'card width, px').toBeGreaterThan(axisWidth * 0.5);

  // Down at the last card, the axis's top is far above the window, but its dates are under the controls.
  await last.scrollIntoViewIfNeeded();
  expect((await axis(page).boundingBox())!.y, 'the axis starts above the window').toBeLessThan(0);
  const labels = page.getByTestId('tick-labels').locator(':scope > span');
  await expect(labels.first()).toHaveText(/\d/);
  const [controlsBottom, label] = await Promise.all([
    page.getByRole('group', { name: 'Zoom' }).evaluate((g) => g.parentElement!.getBoundingClientRect().bottom),
    labels.first().boundingBox(),
  ]);
  expect(label!.y, 'a date label below the sticky controls').toBeGreaterThanOrEqual(controlsBottom - 1);
  expect(label!.y + label!.height, 'and inside the window').toBeLessThan(844);
});

for (const viewport of [
  // Short, so the lower lanes start below the window.
  { width: 1440, height: 560 },
  { width: 390, height: 844 },
]) {
  test(`Tab brings each card fully into the window, with room below it, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openFullTimeline(page);
    const count = await cards(page).count();
    await axis(page).focus();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const card = cards(page).and(page.locator(':focus'));
      await expect(card).toHaveCount(1);
      await expect
        .poll(() => card.evaluate((element) => Math.round(window.innerHeight - element.getBoundingClientRect().bottom)), {
          message: `room below card ${i + 1} of ${count}`,
        })
        .toBeGreaterThanOrEqual(12);
    }
  });
}

/** Two reports of an invented march that date it by its weekend, one that crossed from January into February. */
const MARCH_REPORTS = [
  [
    'Thousands march in Athens over pension cuts',
    '',
    'Published: 2015-02-02',
    '',
    'Thousands of pensioners marched through Athens over the weekend, police said.',
    '',
    'The government will present its budget to parliament on Wednesday.',
  ].join('\n'),
  [
    'Pensioners protest in Athens',
    '',
    'Published: 2015-02-02',
    '',
    'Police said thousands of pensioners marched through the centre of Athens over the weekend.',
    '',
    'Unions have called a general strike for 12 February.',
  ].join('\n'),
];

test('a weekend is dated by its two days, whole inside its card, at 1440, 1024 and 390 px', async ({ page }) => {
  await compareOnly(page, MARCH_REPORTS);
  // The side panel's card says what the days are and that neither is the exact one.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const listed = page
    .getByRole('tabpanel', { name: 'Timeline' })
    .locator('button[data-event-id]')
    .filter({ hasText: /marched/ });
  await expect(listed.locator('time')).toHaveText('31 Jan – 1 Feb 2015');
  await expect(listed).toContainText('(weekend; exact day not given)');

  await views(page).getByRole('link', { name: 'Full timeline' }).click();
  const weekend = cardWithDate(page, '2015-01-31');
  for (const width of [1440, 1024, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(weekend.locator('time')).toHaveText('31 Jan – 1 Feb 2015');
    await expect(weekend).toContainText('(weekend only)');
    await expect(async () => {
      const problems = await weekend.evaluate((button) => {
        const time = button.querySelector('time')!;
        const card = button.getBoundingClientRect();
        const box = time.getBoundingClientRect();
        const badges = button.lastElementChild!.getBoundingClientRect();
        const label = button.children[1]!.getBoundingClientRect();
        return [
          (box.right > card.right - 1 || box.bottom > card.bottom) && 'the date runs out of the card',
          label.bottom > badges.top + 1 && 'the label runs under the sources',
          badges.bottom > card.bottom - 1 && 'the sources are pushed out of the card',
        ].filter(Boolean);
      });
      expect(problems, `at ${width} px`).toEqual([]);
    }).toPass({ timeout: 5_000 });
    await page.screenshot({ path: `/tmp/timeline-weekend-${width}.png` });
  }
});
