/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from './src/analysis/report/parse-report.ts';
import { FirstScreen, SHOWN_SETTINGS } from './src/app/first-screen.tsx';
import { DEFAULT_SETTINGS, TEXT_SIZES } from './src/app/settings.ts';
import { contentSecurityPolicy, FIRST_SCREEN_SCRIPTS, HOST_FILES, hostConfig, SECURITY_HEADERS } from './scripts/security-headers.ts';

/**
 * The security policy (scripts/security-headers.ts) in each form the build ships: a `<meta>` tag for
 * hosts that cannot set headers (without `frame-ancestors`, which only a header can carry), and the
 * host files that set it as headers. Only in builds, because the dev server injects inline <style>
 * for hot reload; `vite preview` sends the headers (`preview.headers` below).
 */
function securityPolicy(): Plugin {
  return {
    name: 'parallax-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      for (const { fileName, format } of HOST_FILES) this.emitFile({ type: 'asset', fileName, source: hostConfig(format) });
    },
  };
}

const BUNDLED_REPORTS_MODULE = 'virtual:bundled-reports';
const SEEDS = 'seeds';
/** Where `vite dev` serves the parsed reports (a build emits them as an asset instead). */
const DEV_REPORTS_PATH = '/@parallax/bundled-reports.json';

/**
 * The bundled reports, parsed at build time by the same parser the app and the CLI use, and emitted
 * as one JSON asset (`assets/bundled-reports-[hash].json`, precached like the rest). The first screen
 * then waits for no parser chunk and no parsing: the JSON is preloaded beside the main bundle and
 * shown as it answers. `virtual:bundled-reports` gives its URL and the reports' ids.
 */
const readSeeds = () =>
  readdirSync(SEEDS)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ path: join(SEEDS, file), report: parseReport(readFileSync(join(SEEDS, file), 'utf8'), { id: file.replace(/\.txt$/, ''), file }) }));

function bundledReports(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  return {
    name: 'parallax-bundled-reports',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    resolveId: (id) => (id === BUNDLED_REPORTS_MODULE ? `\0${BUNDLED_REPORTS_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${BUNDLED_REPORTS_MODULE}`) return;
      const seeds = readSeeds();
      for (const { path } of seeds) this.addWatchFile(path);
      const reports = seeds.map((seed) => seed.report);
      const url =
        command === 'build'
          ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'bundled-reports.json', source: JSON.stringify(reports) })}`
          : JSON.stringify(base + DEV_REPORTS_PATH.slice(1));
      return `export const BUNDLED_REPORT_IDS = ${JSON.stringify(reports.map((r) => r.id))};\nexport const BUNDLED_REPORTS_URL = ${url};\n`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_REPORTS_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(readSeeds().map((seed) => seed.report)));
      });
    },
  };
}

/**
 * A preload link for the bundled reports, which the first render waits for (main.tsx): fetched with
 * the main bundle instead of after it, the articles show a round trip or two sooner.
 *
 * No lazy chunk is preloaded. The library's IndexedDB code used to be, as saved reports were read
 * before the reader chose its reports; the bundled ones now show without waiting for the library, a
 * first visit has no saved reports, and a later one gets the chunk from the service worker's cache.
 */
function preloadFirstScreen(): Plugin {
  let base = '/';
  return {
    name: 'parallax-preload-first-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const tags: HtmlTagDescriptor[] = [];
        for (const file of Object.values(bundle)) {
          // `crossorigin`: the app fetch()es the reports in CORS mode, and a preload only serves a request of the same mode.
          if (file.type === 'asset' && file.names.includes('bundled-reports.json')) {
            // Low priority: the first paint needs only the stylesheet (with the prerender, the head script requests it instead, prerenderFirstScreen).
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'fetch', href: base + file.fileName, crossorigin: 'anonymous', fetchpriority: 'low' },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}

const ROOT_ELEMENT = '<div id="root"></div>';
const CHARSET = '<meta charset="UTF-8" />';
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The reader's first screen, prerendered into index.html's #root (src/app/first-screen.tsx, through
 * React's escaping, never as raw HTML), so the bundled reports' text is painted before any script has
 * run: the main bundle's download and compile and React's first render and layout no longer stand
 * before the first text. React's first render replaces it (main.tsx).
 *
 * It shows the bundled reports compared, with no URL parameters. `src/app/first-screen-head.js`, a
 * small script written inline into <head> (allowed by its hash, scripts/security-headers.ts), applies
 * the saved theme and text size and, once the body is parsed, sets the prerendered controls to the
 * saved settings (`SHOWN_SETTINGS`). It marks <html> `data-prerender="stale"` when the saved
 * selection, another saved setting (the facts panel open changes the layout) or a URL parameter other
 * than `?fact=` (which the first frame does not show) differs: index.css then hides the prerender
 * before its first paint, and that visitor sees the app's own first render, never text they did not
 * choose. The defaults reach it as data attributes of its tag, from the modules the app reads them from.
 *
 * The head of the page is ordered for that first paint (measured with bench:browser, issue 12):
 * - first of all (after <meta charset>), a preload link for the stylesheet, before the `<meta>` policy:
 *   Chromium's preload scanner holds what it finds after a `<meta>` policy until the parser has read
 *   the policy, and the parser reached the stylesheet only once the head script had run (the page's
 *   first script, which also sets up the script context). The stylesheet was requested 10–40 ms
 *   after the static page's (bench:browser, under load), now 6–13 ms after. It is the app's own
 *   stylesheet: on a host that sends the policy as a header, the header still checks it;
 * - the head script, right after <title>: inline, it runs at once, where an external one blocked the
 *   parser for a request, and before the stylesheet's <link>, so the parser reads the body while the
 *   stylesheet loads;
 * - then the stylesheet, the only thing the page requests before its first paint: the app's entry,
 *   its chunks and the bundled reports (`data-preload`) are requested by the loader once the first
 *   paint is reported (by the head script at once when the prerender is hidden);
 * - the app's entry is not a <script> tag: `first-screen-loader.js`, an inline module script, imports
 *   it once the prerendered text is painted (at once when the prerender is hidden). Run as soon as it
 *   had loaded, the app's evaluation (45–70 ms on a 2-core machine) came before the first layout; and
 *   a module script makes DOMContentLoaded wait for the stylesheet, where Chrome's form autofill lays
 *   out the page (the prerender has a <select> and checkboxes): before the stylesheet had loaded, that
 *   was a layout of the unstyled page, 20 ms for nothing.
 * Builds only: `vite dev` shows the app's own first render.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'parallax-prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has written its own tags, which this reorders.
      order: 'post',
      handler(html) {
        const reports = readSeeds().map((seed) => seed.report);
        // first-screen.tsx draws two panes; with more reports the app's panes depend on the screen's width.
        if (reports.length !== 2 || !html.includes(ROOT_ELEMENT)) return html;
        const markup = renderToStaticMarkup(createElement(FirstScreen, { reports }));
        // The policy's `style-src 'self'` refuses style attributes in the page (React's styles, set through the DOM, are allowed).
        if (/<[^>]+\sstyle=/.test(markup)) throw new Error('first-screen.tsx: a style attribute would be refused by the Content-Security-Policy; use a class.');
        const entries = [...html.matchAll(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
        const stylesheets = [...html.matchAll(/\s*<link rel="stylesheet" crossorigin href="([^"]+)">/g)];
        if (entries.length !== 1 || stylesheets.length !== 1 || !html.includes('</title>') || !html.includes(CHARSET) || !html.includes('<head>')) {
          throw new Error('prerenderFirstScreen: expected <head>, <meta charset>, one entry script, one stylesheet and a <title> in index.html');
        }
        const [entryTag, entry] = entries[0]!;
        const [stylesheet, stylesheetHref] = stylesheets[0]!;
        // The entry's chunks (Vite's modulepreload links) and the bundled reports (preloadFirstScreen): the head script requests them.
        const chunkLinks = [...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
        const dataLinks = [...html.matchAll(/\s*<link rel="preload" as="fetch" href="([^"]+)" crossorigin="anonymous" fetchpriority="low">/g)];
        const preload = [entry!, ...chunkLinks.map((m) => m[1]!)]
          .map((href) => ({ href, as: 'script' }))
          .concat(dataLinks.map((m) => ({ href: m[1]!, as: 'fetch' })));
        const data = {
          'data-app': entry!,
          'data-preload': JSON.stringify(preload),
          'data-reports': JSON.stringify(reports.map((r) => r.id)),
          'data-settings': JSON.stringify(DEFAULT_SETTINGS),
          'data-shown-settings': JSON.stringify(SHOWN_SETTINGS),
          'data-text-sizes': JSON.stringify(TEXT_SIZES),
        };
        const attributes = Object.entries(data)
          .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
          .join('');
        let page = html.replace(stylesheet, '').replace(entryTag, '');
        for (const [tag] of [...chunkLinks, ...dataLinks]) page = page.replace(tag, '');
        return page
          .replace(
            '</title>',
            () =>
              `</title>\n    <script${attributes}>${FIRST_SCREEN_SCRIPTS.head}</script>\n    <script type="module">${FIRST_SCREEN_SCRIPTS.loader}</script>${stylesheet}`,
          )
          .replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>`)
          .replace(/\s*<meta charset="UTF-8" \/>/, '')
          .replace('<head>', () => `<head>\n    ${CHARSET}\n    <link rel="preload" as="style" crossorigin href="${stylesheetHref!}">`);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    securityPolicy(),
    bundledReports(),
    preloadFirstScreen(),
    prerenderFirstScreen(),
    react(),
    tailwindcss(),
    VitePWA({
      // A new version waits for the user's Reload (src/app/register-sw.ts): taking over open tabs at
      // once would remove the chunks they still need from the cache.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'robots.txt'],
      manifest: {
        name: 'Parallax — compare news reports',
        short_name: 'Parallax',
        description: 'Read two news reports of the same event side by side: what they share, what each leaves out, and when things happened.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#fafaf9',
        theme_color: '#1e3a5f',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The bundled reports (JSON) must be precached for offline reading.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        navigateFallback: 'index.html',
        // Take control of the open page on first install, so it works offline without a second visit.
        clientsClaim: true,
      },
    }),
  ],
  // What `npm start`, the e2e suite and bench:browser serve: the policy as real headers, so framing is refused.
  preview: { headers: SECURITY_HEADERS },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // No preloading of a lazy chunk's own imports: Vite would write every lazy chunk's dependencies,
    // file names and all, into the first screen's script (0.35 KB, growing with each chunk two views
    // share) to fetch them beside the chunk instead of after it. The lazy views open after the first
    // screen, from the service worker's cache once installed, where one fetch after another costs a
    // few milliseconds. (Its polyfill, for browsers without <link rel="modulepreload">, went first.)
    modulePreload: false,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/vitest-setup.ts'],
    // One worker runs many files: starting a fresh process and jsdom per file was most of the suite's
    // CPU (94 s → 24 s). scripts/vitest-setup.ts gives each DOM file fresh modules and a blank page;
    // spies and stubbed globals are undone after every test.
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
