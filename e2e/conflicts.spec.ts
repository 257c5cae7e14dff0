import { expect, test, type Page } from '@playwright/test';
import { compareOnly, explosionReports, waitForAnalysis } from './helpers.ts';

const pane = (page: Page, name: string) => page.getByRole('region', { name, exact: true }).locator('[data-pane]');
const PANE_A = (toll: string) => `Report A: Explosion at Tarnow chemical plant kills ${toll} workers`;
const PANE_B = 'Report B: Deadly blast rocks Polish chemical factory';

test('conflicts: two death tolls for one explosion are marked as a conflict naming both figures', async ({ page }) => {
  await compareOnly(page, explosionReports('12', '15'));

  // The facts panel lists one conflict, the death toll, with both figures and both wordings.
  const conflicts = page.getByRole('region', { name: 'Conflicts (1)' });
  await expect(conflicts).toBeVisible();
  const entry = conflicts.locator('[data-fact-button]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('differs: number: Report A: 12 · Report B: 15');
  await expect(entry).toContainText('A:The explosion killed 12 workers');
  await expect(entry).toContainText('B:The fire service said 15 workers were killed');
  await expect(page.getByTestId('facts-summary')).toContainText(/(^|\D)1 conflict,/);
  const factId = (await entry.getAttribute('data-fact-button'))!;
  // Conflicts are numbered apart from shared facts: the only conflict is C1, whatever its fact id.
  const label = (await entry.innerText()).match(/^≠(C\d+) ·/)?.[1];
  expect(label, 'the conflict entry starts with ≠ and its label').toBe('C1');

  // In the reader, the two sentences carry that fact as a conflict, with a "≠C1" marker.
  const sentences = [
    pane(page, PANE_A('12')).locator('[data-sentence]').filter({ hasText: 'The explosion killed 12 workers' }),
    pane(page, PANE_B).locator('[data-sentence]').filter({ hasText: 'The fire service said 15 workers were killed' }),
  ];
  for (const [index, sentence] of sentences.entries()) {
    await expect(sentence).toHaveCount(1);
    await expect(sentence).toHaveAttribute('data-kind', 'conflict');
    await expect(sentence).toHaveAttribute('data-facts', new RegExp(`(^| )${factId}( |$)`));
    await expect(sentence.locator('sup').filter({ hasText: /^≠C1$/ })).toHaveCount(1);
    await expect(sentence.locator('.sr-only')).toContainText(`Conflict C1: number: 12 in report A, 15 in report B; compare report ${index === 0 ? 'B' : 'A'}`);
  }
  // No other sentence is marked as a conflict.
  await expect(page.locator('[data-pane] [data-sentence][data-kind="conflict"]')).toHaveCount(2);
  // Shared facts keep plain numbers: no shared marker carries a C.
  for (const sup of await page.locator('[data-pane] [data-sentence][data-kind="shared"] sup').allInnerTexts()) expect(sup).toMatch(/^\d+$/);
});

test('conflicts: with three reports, a sentence says which value each other report holds, one no pane shows too', async ({ page }) => {
  const [a, b] = explosionReports('12', '15');
  const c = [
    'Tarnow factory blast: twelve dead',
    '',
    'The fire service said 12 workers were killed when the explosion tore through the chemical plant in Tarnow.',
    '',
    'Rescue teams searched the ruined storage hall through the night.',
    '',
    'The plant owner promised to help the families of the dead.',
  ].join('\n');
  await compareOnly(page, [a, b, c]);
  // At 1280 px two panes show reports A and B; report C is compared but on no pane.
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  const inA = pane(page, PANE_A('12')).locator('[data-sentence]').filter({ hasText: 'The explosion killed 12 workers' });
  await expect(inA).toHaveAttribute('data-kind', 'conflict');
  const note = /Conflict C1: number: 12 in report A, 15 in report B, 12 in report C; compare report B \(shown\), report C \(not shown\)\./;
  await expect(inA.locator('.sr-only')).toContainText(note);
  await expect(inA).toHaveAttribute('title', note);
});

test('conflicts: while the conflict is active, the differing figures are marked in both wordings; at rest nothing is', async ({ page }) => {
  await compareOnly(page, explosionReports('12', '15'));
  const inA = pane(page, PANE_A('12')).locator('[data-sentence]').filter({ hasText: 'The explosion killed 12 workers' });
  const inB = pane(page, PANE_B).locator('[data-sentence]').filter({ hasText: 'The fire service said 15 workers were killed' });
  await expect(inA).toHaveAttribute('data-kind', 'conflict');

  // At rest, the page stays quiet: no word is marked anywhere.
  await expect(page.locator('[data-diff]')).toHaveCount(0);

  // Choosing the conflict in the facts panel makes it active…
  const entry = page.getByRole('region', { name: 'Conflicts (1)' }).locator('[data-fact-button]');
  await entry.click();
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(inA).toHaveAttribute('data-lit', /.*/);

  // …and marks "12" in A and "15" in B as strong differences (numbers come first), nothing else strong.
  await expect(inA.locator('[data-diff="strong"]')).toHaveText(['12']);
  await expect(inB.locator('[data-diff="strong"]')).toHaveText(['15']);
  // Words that only moved ("explosion", "killed", "injured") are not marked at all.
  for (const sentence of [inA, inB]) {
    for (const word of await sentence.locator('[data-diff]').allInnerTexts()) expect(['explosion', 'killed', 'injured', 'workers']).not.toContain(word);
  }
  // Not colour alone: the strong mark is bold and boxed.
  const style = await inA.locator('[data-diff="strong"]').evaluate((el) => {
    const css = getComputedStyle(el);
    return { weight: Number(css.fontWeight), outline: css.outlineStyle };
  });
  expect(style.weight).toBeGreaterThanOrEqual(700);
  expect(style.outline).toBe('dotted');
  await expect(inA.locator('.sr-only')).toContainText('Differs here: 12.');
  // Only the active fact's sentences are marked.
  await expect(page.locator('[data-sentence]:not([data-facts~="' + (await entry.getAttribute('data-fact-button')) + '"]) [data-diff]')).toHaveCount(0);

  // Stepping to another fact with j moves the marks away from the conflict.
  await page.keyboard.press('j');
  await expect(entry).not.toHaveAttribute('aria-current', 'true');
  await expect(inA.locator('[data-diff]')).toHaveCount(0);
});

test('conflicts: a toll written in words in one report and in digits in the other is a shared fact, not a conflict', async ({ page }) => {
  await compareOnly(page, explosionReports('twelve', '12'));

  // The two sentences are linked as one shared fact, without a "≠" marker…
  const inA = pane(page, PANE_A('twelve')).locator('[data-sentence]').filter({ hasText: 'The explosion killed twelve workers' });
  const inB = pane(page, PANE_B).locator('[data-sentence]').filter({ hasText: 'The fire service said 12 workers were killed' });
  await expect(inA).toHaveAttribute('data-kind', 'shared');
  await expect(inB).toHaveAttribute('data-kind', 'shared');
  const factIds = (await inA.getAttribute('data-facts'))!.split(' ');
  const idsB = (await inB.getAttribute('data-facts'))!.split(' ');
  const factId = factIds.find((id) => idsB.includes(id));
  expect(factId, `the two toll sentences share a fact (A: ${factIds.join(' ')}, B: ${idsB.join(' ')})`).toBeTruthy();
  for (const sentence of [inA, inB]) {
    await expect(sentence.locator('sup').first()).toBeAttached();
    await expect(sentence.locator('sup').filter({ hasText: '≠' })).toHaveCount(0);
    await expect(sentence.locator('.sr-only')).toContainText(/Shared fact \d+, also in report [AB]/);
  }

  // …and the facts panel lists it among the shared facts and counts no conflict.
  const shared = page.getByRole('region', { name: /^Shared facts \(\d+\)$/ });
  const entry = shared.locator(`[data-fact-button="${factId}"]`);
  await expect(entry).toContainText('A:The explosion killed twelve workers');
  await expect(entry).toContainText('B:The fire service said 12 workers were killed');
  await expect(entry).not.toContainText('differs');
  await expect(page.getByTestId('facts-summary')).toContainText(/(^|\D)0 conflicts,/);
  await expect(page.getByRole('region', { name: /^Conflicts/ })).toHaveCount(0);
  await expect(page.locator('[data-pane] [data-sentence][data-kind="conflict"]')).toHaveCount(0);
});

test('a link to a fact by the label the reader shows (?fact=c1) opens that fact, and the URL takes its id', async ({ page }) => {
  await compareOnly(page, explosionReports('12', '15'));
  const factId = (await page.getByRole('region', { name: 'Conflicts (1)' }).locator('[data-fact-button]').getAttribute('data-fact-button'))!;

  // User test W: `?fact=c1`, the conflict's label on screen, was ignored; only its id worked.
  for (const label of ['c1', 'C1']) {
    await page.goto(`/?fact=${label}`);
    await waitForAnalysis(page);
    await expect(page.locator(`[data-pane] [data-sentence][data-facts~="${factId}"][data-lit]`)).toHaveCount(2);
    await expect.poll(() => new URL(page.url()).searchParams.get('fact'), { message: 'the URL is rewritten to the fact id' }).toBe(factId);
  }
  // An old link by id still works.
  await page.goto(`/?fact=${factId}`);
  await waitForAnalysis(page);
  await expect(page.locator(`[data-pane] [data-sentence][data-facts~="${factId}"][data-lit]`)).toHaveCount(2);
});
