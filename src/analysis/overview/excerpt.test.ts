import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('keeps short text whole and cuts long text at a word near 90 characters', () => {
    expect(excerpt('Short.')).toBe('Short.');
    const long = 'Cameron is in New York to try to bolster international support for a coalition against Islamic State militants in Iraq and Syria.';
    const cut = excerpt(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(91);
    expect(cut.length).toBeGreaterThan(60);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/\s…$/);
  });

  it('turns the sentence’s own double quotes into single ones', () => {
    expect(excerpt('“We are ready,” he said.')).toBe('‘We are ready,’ he said.');
    expect(excerpt('He said "no".')).toBe("He said 'no'.");
  });
});
