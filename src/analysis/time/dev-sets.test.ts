import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDevText } from './__fixtures__/build-dev.ts';
import { f1, scoreTimexes, type TimexCase } from './score-timexes.ts';
import { tagTimexes } from './tag.ts';

// The hand-labelled dev sets, scored by the same code as `npm run bench:timex`. The floors sit a
// little under the measured figures (all sets: strict span F1 99.5, value F1 99.1), so a change
// that loses expressions or values fails here, not only in a bench nobody ran.

const dir = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => /^dev\d*\.txt$/.test(f))
  .map((f) => f.slice(0, -4));
const read = (name: string): TimexCase[] =>
  readFileSync(`${dir}${name}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TimexCase);

describe('timex dev sets', () => {
  it('each generated dev*.jsonl is what build-dev.ts makes of its dev*.txt', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) expect(read(name), name).toEqual(parseDevText(readFileSync(`${dir}${name}.txt`, 'utf8')));
  });

  const { score } = scoreTimexes(names.flatMap(read), tagTimexes);
  it('finds the expressions: strict span F1 at least 0.97', () => {
    expect(f1(score.strict, score.sys, score.gold)).toBeGreaterThanOrEqual(0.97);
  });
  it('resolves their values: value F1 at least 0.96', () => {
    expect(f1(score.valueOk, score.sys, score.gold)).toBeGreaterThanOrEqual(0.96);
  });
  it('types what it finds: type accuracy at least 0.98 of relaxed matches', () => {
    expect(score.typeOk / score.relaxed).toBeGreaterThanOrEqual(0.98);
  });
});
