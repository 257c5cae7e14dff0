import { expect, test, type Page } from '@playwright/test';
import { compareOnly, seriousA11yViolations, showInPane } from './helpers.ts';

// Three (invented) reports of one footbridge collapse. All three state the collapse; only A and B
// the rescue of four people; only A and C the mayor's inspections. At 1280 px two panes show.
const A = [
  'Footbridge collapses into the Velna river in Korsby',
  '',
  'A pedestrian footbridge collapsed into the Velna river in the town of Korsby on Saturday afternoon, local police said.',
  '',
  'Four people were pulled from the water by firefighters and taken to the regional hospital in Dalmo.',
  '',
  "The mayor of Korsby, Ingrid Halvorsen, ordered an inspection of the town's eleven other bridges.",
  '',
  'The footbridge had been closed for repairs twice in the past decade.',
].join('\n');
const B = [
  'Four rescued after Korsby bridge falls into river',
  '',
  'Police said a footbridge over the Velna river in Korsby collapsed on Saturday afternoon.',
  '',
  'Firefighters rescued four people from the river and took them to the regional hospital in Dalmo.',
  '',
  'Witnesses said the bridge was crowded with spectators watching a rowing race.',
].join('\n');
const C = [
  'Korsby mayor orders checks on bridges after collapse',
  '',
  'The Velna footbridge in Korsby collapsed on Saturday afternoon, according to police.',
  '',
  'Mayor Ingrid Halvorsen ordered inspections of the eleven other bridges in Korsby.',
  '',
  'Engineers will examine the steel cables that held the deck.',
].join('\n');

const sentenceIn = (page: Page, paneIndex: number, text: string) =>
  page.locator('[data-pane]').nth(paneIndex).locator('[data-sentence]').filter({ hasText: text });
const marker = (sentence: ReturnType<typeof sentenceIn>) => sentence.locator('sup');
const note = (sentence: ReturnType<typeof sentenceIn>) => sentence.locator('.sr-only');

test('pane partners: a fact shared only with a report not shown says so, and Enter shows that report', async ({ page }) => {
  await compareOnly(page, [A, B, C]);
  await expect(page.locator('article h2')).toHaveText([/^Footbridge collapses/, /^Four rescued/]);

  // A beside B: the collapse (1) and the rescue (2) pair up; the mayor's inspections (3) are only in C.
  const collapseA = sentenceIn(page, 0, 'A pedestrian footbridge collapsed');
  const rescueA = sentenceIn(page, 0, 'Four people were pulled');
  const mayorA = sentenceIn(page, 0, 'The mayor of Korsby');
  await expect(collapseA).toHaveAttribute('data-kind', 'shared');
  await expect(marker(collapseA)).toHaveText('1');
  await expect(rescueA).toHaveAttribute('data-kind', 'shared');
  await expect(marker(rescueA)).toHaveText('2');
  await expect(mayorA).toHaveAttribute('data-kind', 'elsewhere');
  await expect(marker(mayorA)).toHaveText('3·C');
  await expect(note(mayorA)).toHaveText(/Shared fact 3, shared with a report not shown: report C \(not shown\)\. Press Enter to show it in the other pane\./);
  await expect(page.locator('[data-pane]').nth(1).locator('[data-kind="elsewhere"]')).toHaveCount(0);
  // The change map draws it apart from the facts both panes state.
  await expect(page.getByTestId('change-map-A').locator('rect[data-kind="elsewhere"]')).toHaveCount(1);
  // The legend explains the marker.
  await expect(page.getByRole('definition').filter({ hasText: 'which no pane shows' })).toBeVisible();

  // j/k step only through the facts both panes state: 1, 2, then round to 1 again, never 3.
  for (const [sentence, other] of [
    [collapseA, rescueA],
    [rescueA, collapseA],
    [collapseA, rescueA],
  ] as const) {
    await page.keyboard.press('j');
    await expect(sentence).toHaveAttribute('data-lit', 'true');
    await expect(other).not.toHaveAttribute('data-lit');
    await expect(mayorA).not.toHaveAttribute('data-lit');
  }

  // A beside C: now the inspections pair up and the rescue is the one only in a hidden report (B).
  await showInPane(page, 1, 'Korsby mayor orders checks');
  await expect(page.locator('article h2')).toHaveText([/^Footbridge collapses/, /^Korsby mayor/]);
  await expect(mayorA).toHaveAttribute('data-kind', 'shared');
  await expect(marker(mayorA)).toHaveText('3');
  await expect(marker(sentenceIn(page, 1, 'Mayor Ingrid Halvorsen'))).toHaveText('3');
  await expect(rescueA).toHaveAttribute('data-kind', 'elsewhere');
  await expect(marker(rescueA)).toHaveText('2·B');
  await expect(note(rescueA)).toHaveText(/shared with a report not shown: report B \(not shown\)/);
  await expect(collapseA).toHaveAttribute('data-kind', 'shared');
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A reload keeps the reader's choice of panes, as it keeps the compared reports.
  await page.reload();
  await expect(page.locator('article h2')).toHaveText([/^Footbridge collapses/, /^Korsby mayor/]);
  await expect(marker(rescueA)).toHaveText('2·B');

  // Enter on it shows report B in the other pane, A stays, and focus lands on B's wording.
  await rescueA.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('article h2')).toHaveText([/^Footbridge collapses/, /^Four rescued/]);
  await expect(sentenceIn(page, 1, 'Firefighters rescued four people')).toBeFocused();
  await expect(rescueA).toHaveAttribute('data-kind', 'shared');
  await expect(marker(rescueA)).toHaveText('2');
});
