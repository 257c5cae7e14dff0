/**
 * Time-expression benchmark, TempEval-3 style: `npm run -s bench:timex [-- FILE.jsonl] [--errors]`.
 * Scores the tagger on the hand-labelled dev sets (src/analysis/time/__fixtures__/dev*.jsonl) and on
 * any extra JSONL file of `{"id","dct","text","timexes":[{"start","end","type","value"}]}` lines.
 *
 * - strict span: same start and end; relaxed span: any overlap (one-to-one, greedy in text order).
 * - type accuracy: share of relaxed matches with the right type.
 * - value P/R/F1: relaxed matches with the right value, over system / gold counts (TE3 attribute F1).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagTimexes } from '../src/analysis/time/tag.ts';

interface Gold {
  start: number;
  end: number;
  type: string;
  value: string;
}
interface Case {
  id: string;
  dct: string | null;
  text: string;
  timexes: Gold[];
}

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const fixtures = fileURLToPath(new URL('../src/analysis/time/__fixtures__/', import.meta.url));
const devSets = readdirSync(fixtures).filter((f) => /^dev\d*\.jsonl$/.test(f)).sort().map((f) => fixtures + f);
const files = [...devSets, ...args.filter((a) => !a.startsWith('--'))];

const prf = (hit: number, sys: number, gold: number): string => {
  const p = sys ? hit / sys : 0;
  const r = gold ? hit / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`;
};

for (const file of files) {
  const cases: Case[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  let nGold = 0;
  let nSys = 0;
  let strict = 0;
  let relaxed = 0;
  let typeOk = 0;
  let valueOk = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const sys = tagTimexes(c.text, c.dct);
    nGold += c.timexes.length;
    nSys += sys.length;
    const used = new Set<number>();
    for (const g of c.timexes) {
      const i = sys.findIndex((s, k) => !used.has(k) && s.start < g.end && g.start < s.end);
      const gText = c.text.slice(g.start, g.end);
      if (i < 0) {
        errors.push(`MISS  ${c.id}  "${gText}" ${g.type} ${g.value}`);
        continue;
      }
      used.add(i);
      const s = sys[i]!;
      relaxed++;
      if (s.start === g.start && s.end === g.end) strict++;
      else errors.push(`SPAN  ${c.id}  gold "${gText}"  sys "${s.text}"`);
      if (s.type === g.type) typeOk++;
      else errors.push(`TYPE  ${c.id}  "${gText}" gold ${g.type} sys ${s.type}`);
      if (s.value === g.value) valueOk++;
      else errors.push(`VALUE ${c.id}  "${gText}" gold ${g.value} sys ${s.value} (${s.source})`);
    }
    sys.forEach((s, k) => {
      if (!used.has(k)) errors.push(`EXTRA ${c.id}  "${s.text}" ${s.type} ${s.value} (${s.source})`);
    });
  }

  // Timing: tag every sentence repeatedly for at least ~300 ms.
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < 300) {
    for (const c of cases) tagTimexes(c.text, c.dct);
    runs++;
  }
  const msPer1000 = ((performance.now() - t0) / (runs * cases.length)) * 1000;

  console.log(`${file.replace(/.*\//, '')}: ${cases.length} sentences, ${nGold} gold, ${nSys} system timexes`);
  console.log(`  strict span   ${prf(strict, nSys, nGold)}`);
  console.log(`  relaxed span  ${prf(relaxed, nSys, nGold)}`);
  console.log(`  type          accuracy ${(relaxed ? (100 * typeOk) / relaxed : 0).toFixed(1)}  (${prf(typeOk, nSys, nGold)})`);
  console.log(`  value         ${prf(valueOk, nSys, nGold)}  (accuracy on relaxed ${(relaxed ? (100 * valueOk) / relaxed : 0).toFixed(1)})`);
  console.log(`  timing        ${msPer1000.toFixed(1)} ms per 1,000 sentences`);
  if (showErrors) for (const e of errors) console.log(`  ${e}`);
}
