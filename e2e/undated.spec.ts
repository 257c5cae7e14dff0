import { expect, test, type Page } from '@playwright/test';
import {
  addDraftToLibrary,
  closeLibrary,
  expectComparedCount,
  importDraft,
  openLibrary,
  openReader,
  seriousA11yViolations,
  showInPane,
  waitForAnalysis,
} from './helpers.ts';

const FERRY_TITLE = 'Harbour ferry crews end strike after pay talks';

/** A report with no date anywhere: no stamp, no dateline, no absolute date to infer one from. */
const FERRY_TEXT = `${FERRY_TITLE}

Ferry crews on the harbour line ended their strike on Monday after talks with the operator, the union said.

The strike began last week when crews walked out over a pay offer they called insulting.

Commuters had faced long queues for buses since the walkout started, and some schools closed early.

The operator said the new agreement raises pay for deckhands and engineers over the next two years.
`;

const timelinePanel = (page: Page) => page.getByRole('tabpanel', { name: 'Timeline' });
const undatedLane = (page: Page) => timelinePanel(page).getByRole('region', { name: new RegExp(`can’t be placed ${FERRY_TITLE}`) });
const events = (page: Page) => timelinePanel(page).getByRole('list', { name: 'Timeline' }).locator('button[data-event-id]');

test('a report without a date shows its relative days in an undated lane until its date is set, then places them', async ({ page }) => {
  await openReader(page);
  const dialog = await openLibrary(page);
  await dialog.getByLabel(/Paste a report/).fill(FERRY_TEXT);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  const draft = importDraft(dialog);
  await expect(draft.getByLabel('Title', { exact: true })).toHaveValue(FERRY_TITLE);
  // Nothing to read a date from: the field stays empty and says why it matters.
  await expect(draft.getByLabel('Publication date', { exact: true })).toHaveValue('');
  await expect(draft.getByLabel('Publication date', { exact: true })).toHaveAccessibleDescription(/Not found in the text/);
  await addDraftToLibrary(dialog);
  await expectComparedCount(page, 3);
  await closeLibrary(page);
  await waitForAnalysis(page);

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const lane = undatedLane(page);
  await expect(lane).toBeVisible();
  await expect(lane.getByRole('heading', { level: 3 })).toHaveText(/^\d+ events? can’t be placed$/);
  await expect(lane).toContainText(`Set the publication date of ${FERRY_TITLE} (C)`);
  const mentions = lane.getByRole('list', { name: `Undated in ${FERRY_TITLE}` });
  await expect(mentions.getByRole('button', { name: /“Monday”/ })).toBeVisible();
  await expect(mentions.getByRole('button', { name: /“last week”/ })).toBeVisible();
  // Nothing of this report is on the timeline yet.
  await expect(events(page).filter({ hasText: /C ·/ })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A mention opens its sentence in the reader, with the expression marked.
  await mentions.getByRole('button', { name: /“Monday”/ }).click();
  const mark = page.locator('[data-pane] [data-sentence] mark');
  await expect(mark).toHaveText('Monday');
  await expect(mark).toBeInViewport();
  await expect(page.getByRole('region', { name: `Report C: ${FERRY_TITLE}` })).toContainText('Publication date unknown');

  // An empty date is explained, not set; then the date is typed and set from the keyboard.
  const field = lane.getByLabel(`Publication date of ${FERRY_TITLE}`);
  await lane.getByRole('button', { name: 'Set date' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(lane.getByRole('alert')).toHaveText('Enter the publication date: day, month and year.');
  await field.fill('2019-03-06');
  await field.press('Enter');

  await expect(timelinePanel(page).getByRole('status')).toHaveText(`Publication date of “${FERRY_TITLE}” set to 6 Mar 2019.`);
  await expect(lane).toBeHidden();
  // "ended their strike on Monday", counted from Wednesday 6 March 2019.
  const monday = events(page).filter({ has: page.locator('time[datetime="2019-03-04"]') });
  await expect(monday.filter({ hasText: /strike/ })).not.toHaveCount(0);
  await expect(monday.first()).toContainText('C ·');
  await expect(timelinePanel(page).getByText(/Published: 6 Mar 2019/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Saved like a library edit: a reload keeps the date, the reader shows it as given.
  await page.reload();
  // The reload returns to the Timeline tab (it is in the URL), where the analysis shows as events.
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(events(page).filter({ has: page.locator('time[datetime="2019-03-04"]') })).not.toHaveCount(0, { timeout: 15_000 });
  await expect(timelinePanel(page).getByRole('region', { name: /can’t be placed/ })).toHaveCount(0);
  const library = await openLibrary(page);
  await expect(library.getByRole('region', { name: 'Library', exact: true })).toContainText('6 Mar 2019');
  await expect(library.getByRole('region', { name: 'Library', exact: true })).not.toContainText('inferred');
});

/** The bundled pair and a pasted report with no date anywhere, compared and analysed. */
async function compareWithUndated(page: Page, text: string) {
  await openReader(page);
  const dialog = await openLibrary(page);
  await dialog.getByLabel(/Paste a report/).fill(text);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await expect(importDraft(dialog).getByLabel('Publication date', { exact: true })).toHaveValue('');
  await addDraftToLibrary(dialog);
  await expectComparedCount(page, 3);
  await closeLibrary(page);
  await waitForAnalysis(page);
}

const LEADERS_TITLE = 'Leaders of Britain and Iran meet in New York';
/** No date anywhere, but its Wednesday meeting is the bundled reports' fact, dated by them. */
const LEADERS_TEXT = `${LEADERS_TITLE}

David Cameron held talks with Iranian President Hassan Rouhani on Wednesday at the United Nations, the first meeting of the two countries' leaders since 1979.

The two men discussed the fight against Islamic State militants, aides said.
`;

test('a weekday of an undated report is placed by a dated report that states the same fact, and the card says so', async ({ page }) => {
  await compareWithUndated(page, LEADERS_TEXT);

  await page.getByRole('tab', { name: 'Timeline' }).click();
  // Its only relative date is placed, so there is nothing to ask for.
  await expect(timelinePanel(page).getByRole('region', { name: /can’t be placed/ })).toHaveCount(0);
  const meeting = events(page)
    .filter({ has: page.locator('time[datetime="2014-09-24"]') })
    .filter({ hasText: 'C ·' });
  await expect(meeting).toHaveCount(1);
  await expect(meeting).toContainText(/“Wednesday” dated by “Wednesday” in [AB] · .*, which tells the same fact/);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

const BLAZE_TITLE = 'Residents return after supermarket blaze';
/** No date anywhere; its first sentence dates one fire once ("8.49pm on Friday night", one time), its last one return twice. */
const BLAZE_TEXT = `${BLAZE_TITLE}

The fire, which is being treated as suspicious, broke out in the roof of the store at 8.49pm on Friday night and quickly spread to the rest of the building.

Dozens of people were evacuated from their homes and spent the night in a nearby church.

They began returning to their properties at 10am today, Saturday.
`;

test('the undated lane lists and counts each dated claim once, its expressions together, and the full timeline agrees', async ({ page }) => {
  await compareWithUndated(page, BLAZE_TEXT);

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const lane = timelinePanel(page).getByRole('region', { name: new RegExp(`can’t be placed ${BLAZE_TITLE}`) });
  await expect(lane).toBeVisible();
  const entries = lane.getByRole('list', { name: `Undated in ${BLAZE_TITLE}` }).getByRole('listitem');
  // The fire and the return: two events, two entries, whatever the number of expressions.
  await expect(lane.getByRole('heading', { level: 3 })).toHaveText('2 events can’t be placed');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('“8.49pm on Friday night”');
  await expect(entries.nth(1)).toContainText(/“10am today”, “Saturday”/);
  await expect(lane.getByRole('button', { name: /^Show all/ })).toHaveCount(0);

  // Opening the fire marks its first expression in the sentence.
  await entries.first().getByRole('button').click();
  await expect(page.locator('[data-pane] [data-sentence] mark')).toHaveText('8.49pm on Friday night');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Full timeline' }).click();
  await expect(page.getByText(/not on this axis/)).toHaveText(/^2 events are not on this axis: C has no publication date/);
});

const SECOND_TITLE = 'Harbour ferries run again as strike ends';
const SECOND_TEXT = `${SECOND_TITLE}

Ferries on the harbour line ran again on Tuesday, a day after crews ended their strike, the operator said.

Crews had walked out last week over pay.
`;

test('one date typed for an undated report can date the comparison’s other undated reports too', async ({ page }) => {
  await openReader(page);
  const dialog = await openLibrary(page);
  for (const [index, text] of [FERRY_TEXT, SECOND_TEXT].entries()) {
    await dialog.getByLabel(/Paste a report/).fill(text);
    await dialog.getByRole('button', { name: 'Add report' }).click();
    // The first starts a comparison of its own, the second joins it: two reports, neither dated.
    await addDraftToLibrary(dialog, index === 0 ? 'new' : 'started');
  }
  await expectComparedCount(page, 2);
  await closeLibrary(page);
  await waitForAnalysis(page);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const lanes = timelinePanel(page).getByRole('region', { name: /can’t be placed/ });
  await expect(lanes).toHaveCount(2);
  const first = lanes.filter({ hasText: FERRY_TITLE }).first();
  const also = first.getByRole('checkbox', { name: `Set it for the other undated report too (${SECOND_TITLE})` });
  await expect(also).not.toBeChecked();
  await also.check();
  await first.getByLabel(`Publication date of ${FERRY_TITLE}`).fill('2019-03-06');
  await first.getByRole('button', { name: 'Set date' }).click();
  await expect(timelinePanel(page).getByRole('status')).toHaveText(`Publication date of “${FERRY_TITLE}” and “${SECOND_TITLE}” set to 6 Mar 2019.`);
  await expect(lanes).toHaveCount(0);
  // The second report's "on Tuesday" is now placed, counted from the same day.
  await expect(events(page).filter({ has: page.locator('time[datetime="2019-03-05"]') })).not.toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a wire report dated only by a dateline without its year takes the year of the reports beside it, marked as inferred', async ({ page }) => {
  const title = 'Harbour ferry crews walk out over pay';
  await openReader(page);
  const dialog = await openLibrary(page);
  await dialog
    .getByLabel(/Paste a report/)
    .fill(
      `${title}\n\nLONDON, Sept 25 (Reuters) - Ferry crews on the harbour line walked out on Wednesday over a pay offer they called insulting, the union said.\n\nThe operator said talks would resume next week.\n`,
    );
  await dialog.getByRole('button', { name: 'Add report' }).click();
  const draft = importDraft(dialog);
  // Alone, the day has no year: the field stays empty.
  await expect(draft.getByLabel('Publication date', { exact: true })).toHaveValue('');
  await addDraftToLibrary(dialog);
  await expectComparedCount(page, 3);
  await closeLibrary(page);
  await waitForAnalysis(page);

  // Beside the bundled reports of September 2014, the dateline's 25 September is theirs, and says it was inferred.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const inferred = timelinePanel(page).getByRole('list', { name: 'Publication dates inferred from the text' });
  await expect(inferred).toContainText('C · Reuters published 25 Sep 2014 (year inferred)');
  await expect(timelinePanel(page).getByRole('region', { name: new RegExp(`can’t be placed ${title}`) })).toHaveCount(0);
  await expect(events(page).filter({ hasText: /C ·/ }).first()).toBeVisible();
  // The reader's header says the day is the dateline's: only its year was inferred (user test X, U3).
  await showInPane(page, 1, title);
  await expect(page.getByRole('article', { name: title })).toContainText('Published 25 Sep 2014 (year inferred)');
});
