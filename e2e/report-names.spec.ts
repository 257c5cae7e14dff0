import { expect, test, type Locator, type Page } from '@playwright/test';
import { addDraftToLibrary, chooseImportFiles, closeLibrary, expectComparedCount, openLibrary, openReader, waitForAnalysis } from './helpers.ts';

/**
 * Three reports of one story whose first lines read as body text, so none has a title: two come
 * from files, one is pasted. The reader must be able to tell them apart, by one name everywhere.
 */
const FIRED = [
  'Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers, who are slumping at 9-14 a year after making the playoffs.',
  'Assistant general manager Tony DiLeo was appointed coach for rest of the season. The dismissal came hours before the 76ers were to play at home, with DiLeo making his coaching debut against Washington. Team president Ed Stefanski said he met with Cheeks, describing the former 76er star as a "gentleman throughout" and a "class act."',
  '"I felt we were not progressing the way we had wanted to progress," Stefanski said. "I didn\'t feel on the floor we were executing the philosophy we wanted to have as Sixers basketball." Cheeks was one of more the popular players in 76ers history and was starting his fourth season as coach, a job he took in May 2005. Stefanski had given Cheeks two contract extensions in the past season, but the slow start was enough to cost him his job.',
].join('\n\n');
const DPA = [
  'The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort, dpa reported.',
  "Expected by many to be one of the top teams in the Eastern Conference, the 76ers have opened 9-14 with eight losses in their last 10 games, including Friday's dispirited 88-72 setback at Cleveland. Cheeks was replaced on an interim basis by assistant general manager Tony DiLeo, a long-time member of the team's front office. DiLeo will coach the Sixers in Saturday's game at Washington and is expected to remain coach for the rest of the season. A year ago, the Sixers fired president Billy King and replaced him with Ed Stefanski, who gave Cheeks a one-year contract extension through the 2008-09 season and another one-year extension earlier this year, after Philadelphia used a second-half surge to make the playoffs for the first time since 2005.",
  '"Decisions of this nature are never easy, and this was particularly difficult due to the great amount of respect I have for Maurice Cheeks," Stefanski said. "However, at this time I felt that it is in the best interest of this team to make a change while there is still time to accomplish the goals we set forth for ourselves at the start of the season." In the off-season, Stefanski landed free agent forward Elton Brand and reinked young stars Andre Iguodala and Louis Williams to long- term deals.',
].join('\n\n');
const TEAM = [
  'Philadelphia 76ers President and General Manager Ed Stefanski announced that the team has relieved Maurice Cheeks of his head coaching responsibilities.',
  'Cheeks will be replaced on an interim basis by Sixers Senior Vice President and Assistant General Manager Tony DiLeo, who will remain in the position through the end of the 2008-09 season. "Decisions of this nature are never easy, and this was particularly difficult due to the great amount of respect I have for Maurice Cheeks," Stefanski said. "However, at this time I felt that it is in the best interest of this team to make a change while there is still time to accomplish the goals we set forth for ourselves at the start of the season.',
].join('\n\n');

const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

async function importUntitled(page: Page): Promise<Locator> {
  await openReader(page);
  const dialog = await openLibrary(page);
  await chooseImportFiles(dialog, file('cheeks-a.txt', FIRED));
  await addDraftToLibrary(dialog, 'new');
  await chooseImportFiles(dialog, file('cheeks-dpa.txt', DPA));
  await addDraftToLibrary(dialog, 'started');
  await dialog.getByLabel(/Paste a report/).fill(TEAM);
  await dialog.getByRole('button', { name: 'Add report' }).click();
  await addDraftToLibrary(dialog, 'started');
  await expectComparedCount(page, 3);
  return dialog;
}

const PASTED = 'Philadelphia 76ers President and General Manager Ed Stefanski…';

test('an untitled report has one name everywhere: its file name, else its opening words, never an id', async ({ page }) => {
  const dialog = await importUntitled(page);
  const library = dialog.getByRole('region', { name: 'Library', exact: true });
  for (const name of ['cheeks-a', 'cheeks-dpa', PASTED]) await expect(library.getByRole('checkbox', { name })).toBeChecked();
  // The comparison the imports started is named after its first report, not "Untitled comparison".
  await expect(dialog.getByText('cheeks-a(open now)')).toBeVisible();
  await closeLibrary(page);
  await waitForAnalysis(page);

  await expect(page.getByLabel('Shown here').first().locator('option')).toHaveText(['A: cheeks-a', 'B: cheeks-dpa', `C: ${PASTED}`]);
  await expect(page.locator('article h2')).toHaveText(['cheeks-a', 'cheeks-dpa']);
  await expect(page.locator('body')).not.toContainText('Untitled');

  await page.getByRole('link', { name: 'Full timeline' }).click();
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources).toContainText('cheeks-a · no publication date');
  await expect(page.locator('body')).not.toContainText('import-');
});
