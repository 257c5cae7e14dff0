// Prints the gzip size of the JavaScript a browser loads for the first paint: the entry script
// in dist/index.html plus every chunk it statically imports (modulepreload), and scripts inline in it. Lazy chunks and the
// analysis worker are not on that path and are listed separately. Budget: 100 KB.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 100;
const dist = 'dist';
if (!process.argv.includes('--no-build') || !existsSync(dist)) execSync('npx vite build', { stdio: 'ignore' });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The entry is a script tag, or (with the prerendered first screen) the `data-app` its loader imports.
const entries = [...html.matchAll(/<(?:script[^>]+src|script[^>]+data-app|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
const firstPaint = new Set<string>();
const queue = [...entries];
while (queue.length) {
  const file = queue.pop()!;
  if (firstPaint.has(file)) continue;
  firstPaint.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports between chunks: `import … from "./x.js"` / `import "./x.js"` (not import()).
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(join('assets', m[1]!));
}
const kb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;
let total = 0;
for (const file of firstPaint) {
  const size = kb(file);
  total += size;
  console.log(`first paint  ${size.toFixed(1).padStart(7)} KB  ${file}`);
}
// Scripts written into index.html itself (the prerendered first screen's head script) count too.
for (const [, code] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  const size = gzipSync(code!).length / 1024;
  total += size;
  console.log(`first paint  ${size.toFixed(1).padStart(7)} KB  inline script in index.html`);
}
for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
  if (!firstPaint.has(join('assets', file))) console.log(`lazy         ${kb(join('assets', file)).toFixed(1).padStart(7)} KB  assets/${file}`);
}
console.log(
  `first-paint JavaScript: ${total.toFixed(2)} KB gzip (${Math.round(total * 1024)} B; budget ${BUDGET_KB} KB) ${total <= BUDGET_KB ? 'OK' : 'OVER BUDGET'}`,
);
process.exitCode = total <= BUDGET_KB ? 0 : 1;
