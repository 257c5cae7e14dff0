import { expect, test } from '@playwright/test';
import { openReader } from './helpers.ts';

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
