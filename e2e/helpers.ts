import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the app and waits until both bundled reports are on screen, rendered by the app (not the
 * first screen prerendered into index.html, which shows the same text but does nothing).
 */
export async function openReader(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('[data-first-screen]')).toHaveCount(0);
  await expect(page.locator('article')).toHaveCount(2);
}

/** Waits until the worker's analysis has arrived (the facts summary replaces the placeholder). */
export async function waitForAnalysis(page: Page) {
  await expect(page.getByTestId('facts-summary')).toBeVisible({ timeout: 15_000 });
}

/** axe violations of impact serious or critical, as short readable strings. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

export interface SentenceInfo {
  id: string;
  /** The facts the sentence belongs to (a compound sentence may state two). */
  facts: string[];
  kind: string | null;
  /** The sentence as read: without its fact number, its screen-reader note and its event buttons. */
  text: string;
}

/** Every sentence of the pane at `paneIndex` (0 = report A), in reading order. */
export async function readSentences(page: Page, paneIndex: number): Promise<SentenceInfo[]> {
  return page
    .locator('[data-pane]')
    .nth(paneIndex)
    .evaluate((pane) =>
      [...pane.querySelectorAll<HTMLElement>('[data-sentence]')].map((element) => {
        const clone = element.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('sup, .sr-only, button').forEach((n) => n.remove());
        return {
          id: element.dataset.sentence!,
          facts: (element.dataset.facts ?? '').split(' ').filter(Boolean),
          kind: element.dataset.kind ?? null,
          text: (clone.textContent ?? '').replace(/\s+/g, ' ').trim(),
        };
      }),
    );
}

/** True when the element lies (at least half) inside its scrolling pane's visible box and the window. */
export async function isInPaneView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const pane = element.closest('[data-pane]')?.getBoundingClientRect();
    const top = Math.max(0, pane?.top ?? 0);
    const bottom = Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight);
    const visible = Math.min(box.bottom, bottom) - Math.max(box.top, top);
    return box.height > 0 && visible >= Math.min(box.height, bottom - top) / 2;
  });
}

/** The header button that opens the library; its name ends in "(N compared)". */
export function libraryButton(page: Page): Locator {
  return page.getByRole('button', { name: /Library & import/ });
}

/** Opens the library dialog ("Your reports") and returns it. */
export async function openLibrary(page: Page): Promise<Locator> {
  await libraryButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Your reports' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Closes the library dialog with its Close button. */
export async function closeLibrary(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Your reports' });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Expects the header to say that `count` reports are compared. */
export async function expectComparedCount(page: Page, count: number) {
  await expect(libraryButton(page)).toContainText(`(${count} compared)`);
}

export type ImportFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Gives files to the import panel's file chooser (paths, or in-memory files). */
export async function chooseImportFiles(dialog: Locator, files: ImportFile | ImportFile[]) {
  await dialog.getByLabel('Choose report files').setInputFiles(files as never);
}

/** The draft form shown after an import ("Check the report from …"). */
export function importDraft(dialog: Locator): Locator {
  return dialog.getByRole('form', { name: /Check the report from/ });
}

/**
 * Confirms the current draft with "Add to library" and waits until the draft form is gone. `into`
 * picks where imported reports go first: the app starts a new comparison by default and adds the next
 * imports to it (import.spec.ts tests that); most specs here add to the open one, the bundled pair, as
 * they were written to.
 */
export async function addDraftToLibrary(dialog: Locator, into: 'new' | 'started' | 'open' = 'open') {
  const destination = dialog.getByRole('group', { name: 'Imported reports go to' });
  const names = { new: /^a new comparison/, started: /^the comparison started here/, open: /^the open comparison/ };
  const choice = destination.getByRole('radio', { name: names[into] });
  if (await choice.isEnabled()) await choice.check();
  const draft = importDraft(dialog);
  await draft.getByRole('button', { name: 'Add to library' }).click();
  await expect(draft).toBeHidden();
}

/** The library's checkbox for the report called `name` (its title, or its file name when untitled). */
export function libraryEntry(dialog: Locator, name: string | RegExp): Locator {
  return dialog.getByRole('region', { name: 'Library', exact: true }).getByRole('checkbox', { name });
}

/** Shows the compared report whose title is `title` in pane `paneIndex` through its "Shown here" select. */
export async function showInPane(page: Page, paneIndex: number, title: string) {
  const select = page.getByLabel('Shown here').nth(paneIndex);
  const label = await select.locator('option').filter({ hasText: title }).first().innerText();
  await select.selectOption({ label });
}

/** Waits until the service worker controls the page (see pwa.spec.ts). */
export async function waitForServiceWorkerControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}

/**
 * Two reports of one (invented) explosion, worded and ordered differently. The death toll is the
 * only figure that may differ: report A gives it as `tollA`, report B as `tollB`.
 */
export function explosionReports(tollA: string, tollB: string): [string, string] {
  const a = [
    `Explosion at Tarnow chemical plant kills ${tollA} workers`,
    '',
    'An explosion tore through a chemical plant in the southern Polish town of Tarnow on Wednesday morning, local officials said.',
    '',
    `The explosion killed ${tollA} workers and injured dozens more, according to the regional fire service.`,
    '',
    'The blast happened shortly after 9am in a storage hall where solvents were kept.',
    '',
    'Windows in houses more than a kilometre away were shattered by the force of the blast.',
    '',
    "The plant's owner, Azotan Chemicals, said it was cooperating fully with investigators.",
    '',
    'Prosecutors have opened an inquiry into possible safety violations at the site.',
  ].join('\n');
  const b = [
    'Deadly blast rocks Polish chemical factory',
    '',
    'Prosecutors in Poland have opened an investigation after a deadly blast at a chemical factory in Tarnow.',
    '',
    `The fire service said ${tollB} workers were killed in the explosion and dozens more were injured.`,
    '',
    'The explosion struck a solvent storage hall at around 9am.',
    '',
    'Residents said the blast shattered windows in homes more than a kilometre from the factory.',
    '',
    'Azotan Chemicals, which owns the plant, said it would cooperate fully with the investigation.',
    '',
    'Dozens of people were taken to hospital with burns and cuts.',
  ].join('\n');
  return [a, b];
}

/** Pastes the reports into the library, compares them alone (bundled reports unticked) and waits for the analysis. */
export async function compareOnly(page: Page, texts: string[]) {
  await openReader(page);
  const bundledTitles = await page.locator('article').getByRole('heading', { level: 2 }).allInnerTexts();
  const dialog = await openLibrary(page);
  for (const text of texts) {
    await dialog.getByLabel(/Paste a report/).fill(text);
    await dialog.getByRole('button', { name: 'Add report' }).click();
    await addDraftToLibrary(dialog);
  }
  for (const title of bundledTitles) await libraryEntry(dialog, title).uncheck();
  await expectComparedCount(page, texts.length);
  await closeLibrary(page);
  await waitForAnalysis(page);
}

/**
 * Two reports of one ferry grounding, written for the tests: some sentences state one fact in other
 * words than the aligner links ("Divers will inspect the hull" / "… until its hull has been inspected").
 */
export function ferryReports(): [string, string] {
  return [
    [
      'Ferry runs aground off Skye',
      '',
      'A passenger ferry ran aground off the Isle of Skye on Saturday morning with 212 people on board.',
      '',
      'The vessel struck rocks in thick fog shortly after leaving Uig. Everyone was taken off safely by lifeboat crews.',
      '',
      'The operator has cancelled all sailings on the route until Tuesday. Divers will inspect the hull for damage this week.',
    ].join('\n'),
    [
      'Fog blamed as ferry hits rocks',
      '',
      'Thick fog is being blamed after a ferry carrying 212 passengers and crew hit rocks near Uig on Saturday.',
      '',
      'Lifeboats from three stations brought every passenger ashore without injury.',
      '',
      'Services on the route will not resume before Tuesday, the company said. An investigation into why the ship left port in such poor visibility has begun.',
      '',
      'The ship stays in port until its hull has been inspected.',
    ].join('\n'),
  ];
}
