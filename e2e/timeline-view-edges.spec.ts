import { expect, test } from '@playwright/test';
import { compareOnly, openReader } from './helpers.ts';

// The bundled pair's "now" (24 Sep 2014) is the axis's last date: at "fit all" its label and the last
// tick stand at the right edge, where the axis clips whatever runs past it.
for (const width of [390, 1024, 1440]) {
  test(`the "now" labels and tick labels stay inside the axis at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openReader(page, '/?view=timeline');
    const axis = page.getByTestId('timeline-axis');
    await expect(axis.getByText(/^Now:/)).toBeVisible({ timeout: 15_000 });
    const outside = await axis.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const labels = [...element.querySelectorAll<HTMLElement>(':scope > p, :scope > [aria-hidden] span')];
      return labels
        .map((label) => ({ text: label.textContent, rect: label.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && (rect.left < box.left || rect.right > box.right))
        .map(({ text, rect }) => `${text} [${Math.round(rect.left)}, ${Math.round(rect.right)}] outside [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    });
    expect(outside).toEqual([]);
  });
}

// Tab onto the axis or a card after scrolling down the lanes: the browser scrolls what takes focus
// into view, but would leave its year labels under the sticky zoom controls.
for (const [width, height] of [
  [390, 844],
  [1280, 700],
] as const) {
  test(`Tab onto the axis and its cards keeps them and the year labels clear of the controls at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openReader(page, '/?view=timeline');
    const axis = page.getByTestId('timeline-axis');
    await expect(axis.locator('button[data-event-id]').first()).toBeVisible({ timeout: 15_000 });
    // Scroll whatever scrolls the view (the page on a phone, the main column on a laptop) until the axis's top is out of sight.
    await axis.evaluate((element) => {
      let scroller: Element | null = element.parentElement;
      while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY)))
        scroller = scroller.parentElement;
      (scroller ?? document.scrollingElement!).scrollBy(0, element.getBoundingClientRect().top + 200);
    });
    await page.getByRole('button', { name: 'Fit all' }).focus();

    /** Where the focused element and the first year label stand against the controls' bottom edge. */
    const clearance = () =>
      axis.evaluate((element) => {
        // The sticky controls are the axis's previous sibling.
        const bottom = element.previousElementSibling!.getBoundingClientRect().bottom;
        const label = element.querySelector(':scope > [aria-hidden] span')!.getBoundingClientRect();
        const focused = document.activeElement!.getBoundingClientRect();
        return { label: Math.round(label.top - bottom) >= 0, focused: Math.round(focused.top - bottom) >= 0 && focused.top < window.innerHeight };
      });

    // The "earlier"/"later" buttons between take focus only when events lie out of view.
    for (let i = 0; i < 3 && !(await axis.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(axis).toBeFocused();
    await expect.poll(clearance).toEqual({ label: true, focused: true });
    await page.keyboard.press('Tab');
    await expect(axis.locator('button[data-event-id]').first()).toBeFocused();
    await expect.poll(clearance).toEqual({ label: true, focused: true });
  });
}

/** Two reports of an invented bank fire, published in May 2010, that reach back to the 1960s. */
const FIRE_REPORTS = [
  [
    'Three killed as bank burns during Athens strike',
    '',
    'Published: 2010-05-05',
    '',
    'Three bank employees died on Wednesday when protesters set fire to a branch in central Athens, police said.',
    '',
    'The measures are the harshest since the government overhauled the pension system in the 1960s.',
  ].join('\n'),
  [
    'Athens bank fire kills three',
    '',
    'Published: 2010-05-06',
    '',
    'Three people died when a bank in Athens was set on fire during a general strike on Wednesday.',
    '',
    'A similar fire in the 1980s had been blamed on anarchists.',
  ].join('\n'),
];

test('"Fit all" ends just after the last date, every card and label inside the axis and no label over another', async ({ page }) => {
  await compareOnly(page, FIRE_REPORTS);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Full timeline' }).click();
  const axis = page.getByTestId('timeline-axis');
  await expect(axis.locator('button[data-event-id]').first()).toBeVisible();
  for (const width of [1440, 1024, 1000, 900, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(async () => {
      // From the 1960s to May 2010: a margin of a few years, not decades of empty future.
      const end = new Date((await axis.getAttribute('data-visible-end'))!).getUTCFullYear();
      expect(end, `the window's end at ${width} px`).toBeLessThanOrEqual(2013);
      const problems = await axis.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const labels = [...element.querySelectorAll<HTMLElement>(':scope > [aria-hidden] > div > span')].map((label) => ({
          text: label.firstChild?.textContent ?? '',
          rect: label.getBoundingClientRect(),
        }));
        const cards = [...element.querySelectorAll<HTMLElement>('button[data-event-id]')].map((card) => card.getBoundingClientRect());
        return [
          ...labels.flatMap(({ text, rect }, i) => {
            const before = labels[i - 1];
            return before && rect.left < before.rect.right ? [`"${before.text}" runs into "${text}"`] : [];
          }),
          ...labels.filter(({ rect }) => rect.left < box.left || rect.right > box.right).map(({ text }) => `"${text}" is cut off`),
          ...cards.filter((rect) => rect.left < box.left || rect.right > box.right + 1).map(() => 'a card is cut off'),
        ];
      });
      expect(problems, `at ${width} px`).toEqual([]);
    }).toPass({ timeout: 5_000 });
    await page.screenshot({ path: `/tmp/timeline-fit-${width}.png` });
  }
});

/** A story written for this test: a wire dated only by its dateline shares A's day, so their "now" label is long. */
const PENMARROW = [
  '---\ntitle: Storm floods harbour town of Penmarrow\ndate: 2023-03-17\n---\nA storm flooded the harbour town of Penmarrow on 14 March 2023, forcing hundreds of people from their homes.\n\nThe same quay was badly damaged by a storm in 1996, when the old fish market collapsed.\n\nEngineers said on 16 March that the sea wall had been breached in two places.\n\nThe council said the new sea wall will be finished in 2031.',
  'Storm breaches Penmarrow sea wall\n\nPENMARROW, England, March 17 (Reuters) - A storm flooded the harbour town of Penmarrow on 14 March, driving hundreds of people from their homes.\n\nEngineers found on 16 March that the sea wall had been breached in two places.\n\nA new sea wall is due to be completed in 2031, the council said.',
  '---\ntitle: Penmarrow counts the cost of the flood\ndate: 2023-03-18\n---\nResidents of Penmarrow began clearing mud from their homes on Friday after the storm of 14 March.\n\nThe town last flooded in 2011, when the river burst its banks.',
];

test('on a phone, each "now" label stands over its band, and no two labels above the cards overlap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await compareOnly(page, PENMARROW);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Full timeline' }).click();
  const axis = page.getByTestId('timeline-axis');
  await expect(axis.locator('[data-now-label]')).toHaveCount(2);
  await expect(axis.locator('[data-now-label]').first()).toContainText('inferred');
  const faults = await axis.evaluate((element) => {
    const found: string[] = [];
    // The long label had been drawn at the window's left edge, over 1996, far from its band (user test Y).
    for (const label of element.querySelectorAll<HTMLElement>('[data-now-label]')) {
      const band = element.querySelector<HTMLElement>(`[data-now-band="${label.dataset.nowLabel}"]`)!.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      // By its band: the band under the label, and the label reaching no further than most of a window's width to its left.
      const near = band.left >= box.left - 1 && band.left <= box.right + 1 && band.left - box.left <= 0.6 * element.clientWidth + 1;
      if (!near) found.push(`${label.textContent} [${Math.round(box.left)}, ${Math.round(box.right)}] away from its band at ${Math.round(band.left)}`);
    }
    const labels = [...element.querySelectorAll<HTMLElement>(':scope > p')].map((p) => ({ text: p.textContent, box: p.getBoundingClientRect() }));
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        if (!apart) found.push(`${a.text} overlaps ${b.text}`);
      }),
    );
    return found;
  });
  expect(faults).toEqual([]);
});
