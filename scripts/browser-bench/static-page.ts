import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/analysis/report/parse-report.ts';

/** Where the static page is written inside the build, and served from by the preview. */
export const STATIC_PAGE = 'bench-static.html';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The floor for "first article text": the bundled reports as the app shows them (same parser, same
 * stylesheet, same classes for the header and the articles), but as plain HTML with no script. The
 * app's first text is measured as a multiple of this page's.
 */
export function writeStaticPage(dist: string, seeds: string): void {
  const css = readdirSync(join(dist, 'assets')).find((f) => f.endsWith('.css'));
  const reports = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => parseReport(readFileSync(join(seeds, file), 'utf8'), { id: file.replace(/\.txt$/, ''), file }));
  const articles = reports
    .map(
      (report, index) => `
      <section class="flex min-h-0 min-w-0 flex-col"><div class="relative min-w-0 lg:min-h-0 lg:flex-1 lg:overflow-y-auto">
        <article class="mx-auto max-w-[68ch] px-4 py-6 sm:px-6">
          <header class="mb-5 border-b border-stone-300 pb-4">
            <p class="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-stone-600">Report ${String.fromCharCode(65 + index)}${report.source ? ` · ${escape(report.source)}` : ''}</p>
            <h2 class="font-serif text-2xl leading-tight font-bold text-stone-900 sm:text-[1.7rem]">${escape(report.title)}</h2>
          </header>
          <div class="reader-body font-serif leading-relaxed text-stone-900" style="font-size: var(--reader-font-size)">
            ${report.paragraphs.map((p) => `<p class="mb-4 break-words">${escape(p)}</p>`).join('\n            ')}
          </div>
        </article>
      </div></section>`,
    )
    .join('');
  writeFileSync(
    join(dist, STATIC_PAGE),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Parallax bench: static page</title>
    ${css ? `<link rel="stylesheet" href="/assets/${css}" />` : ''}
  </head>
  <body>
    <div id="root"><div class="flex min-h-dvh flex-col bg-stone-50 text-stone-900 lg:h-dvh lg:overflow-clip">
      <header class="flex shrink-0 items-center border-b border-stone-300 px-4 py-3 lg:min-h-16 lg:py-2"><h1 class="font-sans text-lg font-bold tracking-tight">Parallax</h1></header>
      <main class="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-2 lg:grid-rows-[minmax(0,1fr)]">${articles}
      </main>
    </div></div>
  </body>
</html>
`,
  );
}
