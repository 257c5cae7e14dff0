import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../compare.ts';
import { parseReport } from '../report/parse-report.ts';
import { withPublished } from '../report/with-published.ts';

const dir = fileURLToPath(new URL('./__fixtures__/three-outlet/', import.meta.url));

/** Each card of a story as `date [outlets] title`, outlets by their file's letter. */
function cards(story: string): string[] {
  const published = readFileSync(`${dir}${story}/published.txt`, 'utf8').trim();
  const reports = ['a', 'b', 'c'].map((id) => withPublished(parseReport(readFileSync(`${dir}${story}/${id}.txt`, 'utf8'), { id }), published));
  return compareReports(reports).timeline.map((e) => `${e.date} [${[...new Set(e.mentions.map((m) => m.report))].sort().join('')}] ${e.label}`);
}
const dated = (lines: string[]) => lines.map((l) => l.slice(0, l.indexOf(']') + 1));

describe('the timeline of three outlets telling one story', () => {
  it('derailment: one Monday card whatever clock each outlet gives, and no card for the day officials spoke', () => {
    const found = cards('derail');
    expect(dated(found)).toEqual(['2025-01 [a]', '2025-03-10 [abc]', '2025-03-11 [b]', '2025-03-11 [b]', '2025-03-11 [c]', '2025-03-11 [c]', '2025-03-12 [a]']);
    expect(found[1]).toBe('2025-03-10 [abc] The freight train derailed near Millbrook');
    expect(found).toContain('2025-03-11 [b] The line would reopen within a week');
  });
  it('plant closure: the order is Monday’s in all three, "eight days later" restates Tuesday, a pay rise’s year is no card', () => {
    const found = cards('plant');
    expect(found).toContain('2025-03-10 [abc] The Hollis chemical plant was ordered to shut its doors');
    expect(found).toContain('2025-03-11 [b] Inspectors returned');
    expect(found.filter((l) => l.startsWith('2025-03-19') || l.startsWith('2025 '))).toEqual([]);
    // "has until Friday" and "would appeal the order by Friday" are the coming Friday.
    expect(found.filter((l) => /appeal/.test(l)).map((l) => l.slice(0, 10))).toEqual(['2025-03-14']);
  });
  it('stadium: one approval card, and neither the old stadium’s cost a decade ago nor a year-ago price', () => {
    expect(dated(cards('stadium'))).toEqual(['1962 [c]', '2025-03-03 [b]', '2025-03-11 [abc]', '2025-06 [ab]', '2027 [b]', '2027-08 [c]']);
  });
  it('wildfire: the outbreak, the evacuation and the crash each one card', () => {
    const found = dated(cards('fire'));
    for (const card of ['2025-03-08 [abc]', '2025-03-09 [ab]', '2025-03-10 [bc]']) expect(found).toContain(card);
  });
  it('wildfire told in a relative clause: each day titled by its own clause', () => {
    const found = cards('fire2');
    expect(found[0]).toBe('2025-03-01 [ab] A wildfire broke out near Carver Ridge');
    expect(found[1]).toBe('2025-03-02 [abc] A wildfire jumped Highway 9');
  });
  it('strike talks: one card for Monday’s round however it is told', () => {
    expect(dated(cards('talks'))).toEqual(['2025-03-01 [abc]', '2025-03-10 [abc]', '2025-03-13 [abc]']);
    expect(dated(cards('talks2')).filter((l) => l.startsWith('2025-03-04'))).toEqual(['2025-03-04 [abc]']);
  });
  it('strike talks: one card for Thursday’s round however it is worded, and the rally and the vote of that day apart', () => {
    const thursday = cards('talks3').filter((l) => l.startsWith('2025-03-13'));
    expect(thursday.map((l) => l.slice(0, l.indexOf(']') + 1)).sort()).toEqual(['2025-03-13 [a]', '2025-03-13 [abc]', '2025-03-13 [b]']);
    expect(thursday.filter((l) => /rally|vote/.test(l)).map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual(['2025-03-13 [a]', '2025-03-13 [b]']);
  });
  it('bus strike: "walked out", "the strike began" and "began their strike" on one day are one card; the fare rise that day is another', () => {
    const march1 = cards('walkout').filter((l) => l.startsWith('2026-03-01'));
    expect(march1.map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual(['2026-03-01 [abc]', '2026-03-01 [ab]']);
    expect(march1.filter((l) => /fare/i.test(l)).map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual(['2026-03-01 [ab]']);
  });
  it('bus strike: an assault on a picket line that day is no part of the strike', () => {
    const march1 = cards('walkout2').filter((l) => l.startsWith('2026-03-01'));
    expect(march1.map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual(['2026-03-01 [abc]', '2026-03-01 [ab]', '2026-03-01 [bc]']);
    expect(march1.filter((l) => /attack|assault/i.test(l)).map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual(['2026-03-01 [bc]']);
  });
  it('gas leak: the cause officials gave on Monday is a card of its own, not the leak of that Monday', () => {
    const monday = cards('leak').filter((l) => l.startsWith('2025-03-10'));
    expect(monday).toHaveLength(2);
    expect(monday.map((l) => l.slice(0, l.indexOf(']') + 1))).toEqual(['2025-03-10 [abc]', '2025-03-10 [abc]']);
    expect(monday.filter((l) => /valve/.test(l))).toHaveLength(1);
  });
});
