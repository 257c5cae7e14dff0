/**
 * Turns dev.txt (expression text + occurrence labels, written by hand) into dev.jsonl with UTF-16
 * offsets, so nobody counts characters. Run: `npx tsx src/analysis/time/__fixtures__/build-dev.ts`.
 * Fails loudly when a label's text is not found in its sentence.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}
export interface DevCase {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

export function parseDevText(source: string): DevCase[] {
  const blocks = source
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() && !l.startsWith('#')))
    .filter((lines) => lines.length >= 2);
  return blocks.map((lines) => {
    const [head = '', text = '', ...labels] = lines;
    const [id = '', dct = '-'] = head.trim().split(/\s+/);
    const timexes = labels.map((line) => {
      const [spanPart = '', type = '', value = ''] = line.split('|').map((s) => s.trim());
      const [needle = '', occ = '1'] = spanPart.split('#');
      let at = -1;
      for (let k = 0; k < Number(occ); k++) {
        at = text.indexOf(needle, at + 1);
        // Whole-word occurrences only: "2014" must not match inside "2014-09-24".
        while (at >= 0 && (/[\w-]/.test(text[at - 1] ?? ' ') || /[\w]/.test(text[at + needle.length] ?? ' '))) at = text.indexOf(needle, at + 1);
      }
      if (at < 0) throw new Error(`${id}: "${needle}" (occurrence ${occ}) not found in: ${text}`);
      return { start: at, end: at + needle.length, type, value };
    });
    return { id, dct: dct === '-' ? null : dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  for (const name of readdirSync(dir).filter((f) => /^dev\d*\.txt$/.test(f)).map((f) => f.slice(0, -4))) {
    const cases = parseDevText(readFileSync(`${dir}${name}.txt`, 'utf8'));
    writeFileSync(`${dir}${name}.jsonl`, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const n = cases.reduce((s, c) => s + c.timexes.length, 0);
    console.log(`${name}.jsonl: ${cases.length} texts, ${n} timexes`);
  }
}
