import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse-report.ts';
import { segmentReport } from '../text/segment-report.ts';
import { findFacts } from './facts.ts';

// Whole pipeline on the two bundled reports (China Daily / AFP on Cameron meeting Rouhani).
const dir = join(import.meta.dirname, '../../../seeds');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const reports = files.map((f) => segmentReport(parseReport(readFileSync(join(dir, f), 'utf8'), { id: f.replace(/\.txt$/, ''), file: f })));
const facts = findFacts(reports);

const text = (report: string, sentence: string) => reports.find((r) => r.id === report)?.sentences.find((s) => s.id === sentence)?.text ?? '';

/** Some fact holds a sentence of the first report matching `a` and one of the second matching `b`. */
function linked(a: RegExp, b: RegExp): boolean {
  return facts.some(
    (f) =>
      f.mentions.some((m) => m.report === reports[0]!.id && a.test(text(m.report, m.sentence))) &&
      f.mentions.some((m) => m.report === reports[1]!.id && b.test(text(m.report, m.sentence))),
  );
}

describe('bundled reports', () => {
  it('has the two seeds', () => {
    expect(reports).toHaveLength(2);
  });
  it('links the meeting between Cameron and Rouhani', () => {
    expect(linked(/Cameron and Iranian President Hassan Rouhani will meet/, /Cameron held talks with Iran.s President Hassan Rouhani/)).toBe(true);
  });
  it('links its being the first meeting since 1979', () => {
    expect(linked(/first meeting .*since Iran's 1979/, /first meeting .*since the 1979/)).toBe(true);
  });
  it('links its place: the sidelines of the UN General Assembly', () => {
    expect(linked(/sidelines of the United Nations General Assembly/, /sidelines of the General Assembly/)).toBe(true);
  });
  it('links the search for cooperation against the Islamic State group', () => {
    expect(linked(/help in the fight against Islamic State/, /cooperation from Iran.s President Hassan Rouhani against jihadists/)).toBe(true);
  });
  it('finds no conflict: the reports agree on the meeting (two days ahead vs 35 years since are different spans)', () => {
    expect(facts.filter((f) => f.kind === 'conflict').map((f) => f.differences)).toEqual([]);
  });
  it('keeps distinct facts apart: the 1979 fact and the sidelines fact are not one giant group', () => {
    const holding = (re: RegExp) => facts.filter((f) => f.mentions.some((m) => m.report === reports[0]!.id && re.test(text(m.report, m.sentence))));
    const since1979 = holding(/since Iran's 1979/).map((f) => f.id);
    const sidelines = holding(/sidelines of the United Nations/).map((f) => f.id);
    expect(since1979.some((id) => !sidelines.includes(id))).toBe(true);
    expect(facts.length).toBeGreaterThanOrEqual(3);
  });
  it('does not link the White House spokesman to anything in the AFP report', () => {
    expect(linked(/White House spokesman Josh Earnest/, /./)).toBe(false);
  });
});
