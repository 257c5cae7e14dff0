/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, HOST_FILES, hostConfig, SECURITY_HEADERS } from './scripts/security-headers.ts';

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

/**
 * Lazy chunks the first screen waits for: the report parser (the bundled texts are parsed before they
 * show) and the library's IndexedDB code (saved reports are read before the reader picks its reports).
 * Lazy so that they stay out of the main bundle, and preloaded so that they do not wait for it.
 */
const FIRST_SCREEN_CHUNKS = ['/src/analysis/report/parse-report.ts', '/src/features/library/idb-backend.ts'];

/**
 * Preload links for what the first screen fetches after the main bundle: the chunks above (Vite
 * would only preload a lazy chunk once the bundle asks for it) and the bundled report texts. Fetched
 * with the main bundle instead of after it, the articles show a round trip or two sooner.
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
      handler(html, { bundle }) {
        if (!bundle) return [];
        const tags: HtmlTagDescriptor[] = [];
        const files = Object.values(bundle);
        const preloaded = new Set<string>();
        for (const chunk of files) {
          if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => FIRST_SCREEN_CHUNKS.some((path) => id.endsWith(path)))) continue;
          for (const file of [chunk.fileName, ...chunk.imports]) {
            if (html.includes(base + file) || preloaded.has(file)) continue;
            preloaded.add(file);
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + file }, injectTo: 'head' });
          }
        }
        for (const file of files) {
          // `crossorigin`: the reader fetch()es the texts in CORS mode, and a preload only serves a request of the same mode.
          if (file.type === 'asset' && file.originalFileNames.some((name) => /(^|\/)seeds\/[^/]+\.txt$/.test(name))) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: base + file.fileName, crossorigin: 'anonymous' }, injectTo: 'head' });
          }
        }
        return tags;
      },
    },
  };
}

export default defineConfig({
  plugins: [
    securityPolicy(),
    preloadFirstScreen(),
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
        // Workbox skips .txt by default; the bundled reports must be precached for offline reading.
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
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
    // Vite inlines small assets as data: URLs; report texts must stay real files so the
    // service worker can precache them and the reader fetches them like any other report.
    assetsInlineLimit: (file) => (file.endsWith('.txt') ? false : undefined),
    target: 'es2022',
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
