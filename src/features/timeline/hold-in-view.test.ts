// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdInView } from './hold-in-view.ts';

/** A ResizeObserver the test fires by hand, and a content box whose height the test sets. */
let fire: () => void = () => {};
let height = 900;
beforeEach(() => {
  vi.useFakeTimers();
  globalThis.ResizeObserver = class {
    constructor(callback: ResizeObserverCallback) {
      fire = () => callback([], this as unknown as ResizeObserver);
    }
    observe() {}
    unobserve() {}
    disconnect() {
      fire = () => {};
    }
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  vi.useRealTimers();
  height = 900;
});

function setup() {
  const content = document.createElement('section');
  content.getBoundingClientRect = () => ({ height }) as DOMRect;
  const card = document.createElement('button');
  content.append(card);
  document.body.append(content);
  const scrollIntoView = vi.fn();
  card.scrollIntoView = scrollIntoView;
  return { content, card, scrollIntoView };
}

describe('holdInView', () => {
  it('centres the card, and again each time the panel around it changes height while it settles', () => {
    const { content, card, scrollIntoView } = setup();
    holdInView(card, content, true);
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' });
    fire(); // the first report of an unchanged size moves nothing
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    height = 600; // the filters folded away above the card
    fire();
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
  });

  it('jumps again when a jump ends with the card off the screen, as when the page shrank under it', () => {
    const { content, card, scrollIntoView } = setup();
    let top = 300;
    card.getBoundingClientRect = () => ({ top, bottom: top + 156 }) as DOMRect;
    holdInView(card, content, true);
    window.dispatchEvent(new Event('scrollend'));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    top = -91;
    window.dispatchEvent(new Event('scrollend'));
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
  });

  it('lets go once the panel has settled, or as soon as the reader scrolls', () => {
    const { content, card, scrollIntoView } = setup();
    holdInView(card, content, false, 1000);
    vi.advanceTimersByTime(1000);
    height = 600;
    fire();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);

    holdInView(card, content, false);
    window.dispatchEvent(new Event('wheel'));
    height = 300;
    fire();
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'auto' });
  });
});
