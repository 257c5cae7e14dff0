// Whole-pipeline check on the bundled reports. The assertions are about categories of furniture
// (navigation, legal lines, sign-offs), not about these two pages' exact sentences: the rules that
// make them pass are general and are tested on other layouts in parse-report.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentReport } from '../text/segment-report.ts';
import { parseReport } from './parse-report.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const files = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const reports = files.map((f) => parseReport(readFileSync(join(SEEDS, f), 'utf8'), { id: f, file: f }));

describe('bundled seed reports', () => {
  it('are both present', () => {
    expect(reports).toHaveLength(2);
  });

  it.each(files.map((f, i) => [f, i] as const))('%s: has a headline, the right date and a clean body', (_f, i) => {
    const r = reports[i]!;
    expect(r.title.length).toBeGreaterThan(10);
    expect(r.title).not.toMatch(/\.$/);
    expect(r.published).toBe('2014-09-24');
    expect(r.paragraphs.length).toBeGreaterThan(5);
    for (const p of r.paragraphs) {
      expect(p).not.toMatch(/copyright|all rights reserved|registration number|follow us|browsers with|updated:|editor's picks/i);
      expect(p).not.toMatch(/^(?:Home|China)\b.*\//);
      expect(p).not.toMatch(/^[\s(—–-]*(?:Reuters|AP|AFP)(?:[\s/,-]+(?:Reuters|AP|AFP))*[)\s]*$/);
      expect(p).toBe(p.trim());
      expect(p).not.toMatch(/\s{2,}|\u00a0/);
    }
    // The headline is the title, not a paragraph; sub-headings stay in the body.
    expect(r.paragraphs).not.toContain(r.title);
    // Every paragraph segments into at least one sentence.
    expect(segmentReport(r).sentences.length).toBeGreaterThanOrEqual(r.paragraphs.length);
  });

  it('the China Daily-style page: navigation, byline, sign-off and legal furniture are removed', () => {
    const r = reports.find((x) => x.removed.some((l) => /Home \//.test(l)))!;
    expect(r).toBeDefined();
    expect(r.source).toBe('China Daily');
    expect(r.removed.some((l) => l.startsWith('By '))).toBe(true);
    expect(r.removed.some((l) => /copyright/i.test(l))).toBe(true);
    expect(r.removed.some((l) => /registration number/i.test(l))).toBe(true);
    expect(r.removed.some((l) => /licen[cs]e/i.test(l))).toBe(true);
    expect(r.removed.some((l) => /follow us/i.test(l))).toBe(true);
    expect(r.removed.some((l) => /editor's picks/i.test(l))).toBe(true);
    expect(r.removed.some((l) => l.startsWith('Reuters'))).toBe(true);
    expect(r.removed.some((l) => /Français/.test(l))).toBe(true);
    // A short sub-heading inside the body survives.
    expect(r.paragraphs.some((p) => p.split(' ').length <= 4)).toBe(true);
  });

  it('the other page: the update stamp is removed and its dash-framed sub-heading kept', () => {
    const r = reports.find((x) => x.removed.some((l) => /^Last updated/i.test(l)))!;
    expect(r).toBeDefined();
    expect(r.removed).toHaveLength(1);
    expect(r.paragraphs.some((p) => /^– .* –$/.test(p))).toBe(true);
  });
});
