import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { replaceSearch, useLocationSearch } from '../../shared/url-search.ts';

/**
 * URL key of the reader's own choice to show or hide the collapsible filters (`open` / `closed`).
 * In the URL like the filters themselves, so a reload or a shared link keeps the panel as it was;
 * absent until the reader chooses, so the default can follow the room there is.
 */
export const FILTERS_OPEN_PARAM = 'tl.filters';

/** The share of the panel's height the open filters may take before they start closed. */
export const FILTERS_MAX_SHARE = 1 / 3;

/** True when filters this tall, fully open, would crowd out the events of a panel this tall. */
export function filtersTooTall(filtersHeight: number, panelHeight: number): boolean {
  return panelHeight > 0 && filtersHeight > panelHeight * FILTERS_MAX_SHARE;
}

/** The height the panel shows at once: its scrolling ancestor's, but never more than the window (a phone's page scrolls as a whole). */
function visibleHeight(element: HTMLElement): number {
  let parent = element.parentElement;
  while (parent && !/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) parent = parent.parentElement;
  return Math.min(parent?.clientHeight ?? window.innerHeight, window.innerHeight);
}

/**
 * Whether the collapsible filters are open: the reader's choice from the URL, otherwise open unless,
 * measured once when the panel is first laid out, they would take more than a third of its height.
 * Measured once, not on every resize: filters that close under the pointer would be worse.
 */
export function useFiltersOpen(form: RefObject<HTMLFormElement | null>): [boolean, (open: boolean) => void] {
  const param = new URLSearchParams(useLocationSearch()).get(FILTERS_OPEN_PARAM);
  const chosen = param === 'open' ? true : param === 'closed' ? false : null;
  const [fits, setFits] = useState<boolean | null>(null);

  const measure = useCallback(() => {
    const element = form.current;
    // A panel in a hidden tab has no height yet: wait until it is shown.
    if (!element || element.offsetHeight === 0) return false;
    setFits(!filtersTooTall(element.offsetHeight, visibleHeight(element)));
    return true;
  }, [form]);

  useLayoutEffect(() => {
    if (chosen !== null || fits !== null) return;
    measure();
  }, [chosen, fits, measure]);

  useEffect(() => {
    if (chosen !== null || fits !== null || typeof ResizeObserver !== 'function' || !form.current) return;
    const observer = new ResizeObserver(() => {
      if (measure()) observer.disconnect();
    });
    observer.observe(form.current);
    return () => observer.disconnect();
  }, [chosen, fits, measure, form]);

  const setOpen = useCallback((open: boolean) => {
    replaceSearch((params) => {
      params.set(FILTERS_OPEN_PARAM, open ? 'open' : 'closed');
      return params;
    });
  }, []);
  return [chosen ?? fits ?? true, setOpen];
}
