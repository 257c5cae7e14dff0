/**
 * Time-expression benchmark, TempEval-3 style: `npm run -s bench:timex [-- PATH …] [--errors]`.
 * Scores the tagger on the hand-labelled dev sets (src/analysis/time/__fixtures__/dev*.jsonl), or,
 * when PATHs are given, on each of them instead: a JSONL file of `{"id","dct","text","timexes":[{"start","end","type","value"}]}`
 * lines, a TimeML .tml file, or a folder of .tml files (e.g. the public TempEval-3 training data,
 * TBAQ-cleaned: `-- /path/to/TimeBank /path/to/AQUAINT`; not in the repo), one report per PATH.
 *
 * - strict span: same start and end; relaxed span: any overlap (one-to-one, greedy in text order).
 * - type accuracy: share of relaxed matches with the right type.
 * - value P/R/F1: relaxed matches with the right value, over system / gold counts (TE3 attribute F1).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreTimexes, type TimexCase, type TimexScore } from '../src/analysis/time/score-timexes.ts';
import { tagTimexes } from '../src/analysis/time/tag.ts';
import { benchArgs, fail } from './bench-args.ts';
import { readTimeML } from './timeml.ts';

const args = benchArgs();
const showErrors = args.flag('--errors');
const fixtures = fileURLToPath(new URL('../src/analysis/time/__fixtures__/', import.meta.url));
const devSets = readdirSync(fixtures)
  .filter((f) => /^dev\d*\.jsonl$/.test(f))
  .sort()
  .map((f) => fixtures + f);

const prf = (hit: number, sys: number, gold: number): string => {
  const p = sys ? hit / sys : 0;
  const r = gold ? hit / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`;
};

interface Score extends TimexScore {
  texts: number;
  sentences: number;
  ms: number;
}

// Rough sentence count for the timing figure: terminal punctuation followed by space or the end.
const countSentences = (text: string): number => Math.max(1, (text.match(/[.!?]["')\]]*(?:\s+|$)/g) ?? []).length);

function score(cases: TimexCase[], errors: string[]): Score {
  const scored = scoreTimexes(cases, tagTimexes);
  errors.push(...scored.errors);
  // Timing: tag every text repeatedly for at least ~300 ms.
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < 300) {
    for (const c of cases) tagTimexes(c.text, c.dct);
    runs++;
  }
  return { ...scored.score, texts: cases.length, sentences: cases.reduce((n, c) => n + countSentences(c.text), 0), ms: (performance.now() - t0) / runs };
}

function print(name: string, s: Score): void {
  const acc = (n: number): string => (s.relaxed ? (100 * n) / s.relaxed : 0).toFixed(1);
  console.log(`${name}: ${s.texts} texts, ${s.sentences} sentences, ${s.gold} gold, ${s.sys} system timexes`);
  console.log(`  strict span   ${prf(s.strict, s.sys, s.gold)}`);
  console.log(`  relaxed span  ${prf(s.relaxed, s.sys, s.gold)}`);
  console.log(`  type          accuracy ${acc(s.typeOk)}  (${prf(s.typeOk, s.sys, s.gold)})`);
  console.log(`  value         ${prf(s.valueOk, s.sys, s.gold)}  (accuracy on relaxed ${acc(s.valueOk)})`);
  console.log(`  timing        ${((s.ms / s.sentences) * 1000).toFixed(1)} ms per 1,000 sentences`);
}

const total: Score = { texts: 0, sentences: 0, gold: 0, sys: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0, ms: 0 };
function load(path: string): TimexCase[] {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    fail(`bench:timex: no such file or folder: ${path}`);
  }
  const tml = (file: string): TimexCase => readTimeML(readFileSync(file, 'utf8'), file.replace(/.*\//, '').replace(/\.tml$/, ''));
  if (isDir) {
    const names = readdirSync(path)
      .filter((f) => f.endsWith('.tml'))
      .sort();
    if (!names.length) fail(`bench:timex: no .tml files in ${path}`);
    return names.map((f) => tml(`${path.replace(/\/$/, '')}/${f}`));
  }
  if (path.endsWith('.tml')) return [tml(path)];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TimexCase);
}

// Extra paths only: `-- /data/TimeBank` reports that set alone; the dev sets print when none is given.
const files = args.paths.length ? args.paths : devSets;
for (const file of files) {
  const cases = load(file);
  const errors: string[] = [];
  const s = score(cases, errors);
  print(file.replace(/\/$/, '').replace(/.*\//, ''), s);
  if (showErrors) for (const e of errors) console.log(`  ${e}`);
  if (devSets.includes(file)) for (const k of Object.keys(total) as (keyof Score)[]) total[k] += s[k];
}
if (files === devSets && devSets.length > 1) print('all dev sets', total);
