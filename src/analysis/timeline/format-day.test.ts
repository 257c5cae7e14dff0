import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ANALYSIS = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every module a file reaches through value imports (`import type` is erased and costs nothing). */
function reachedModules(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(ANALYSIS, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      queue.push(resolve(dirname(file), m[1]!));
    }
  }
  return [...seen].map((file) => relative(ANALYSIS, file)).sort();
}

describe('formatIsoDay: its share of the first-paint bundle', () => {
  // The reader's first screen writes publication days with it. A module is bundled whole with every
  // export any lazy chunk uses, so reaching time/calendar.ts or text/calendar-words.ts from here put
  // the timeline's day arithmetic and the month readers into the first-paint JavaScript (bench:size).
  it('reaches only the month lengths and the month names', () => {
    expect(reachedModules('timeline/format-day.ts')).toEqual(['text/month-names.ts', 'time/month-length.ts', 'timeline/format-day.ts']);
  });
});
