/**
 * The one statement of Parallax's security policy, and every form it is shipped in: HTTP headers for
 * `vite preview` (vite.config.ts), a `<meta>` tag in the built index.html for hosts that cannot set
 * headers, and the host files the build writes (`dist/_headers` for Netlify and Cloudflare Pages,
 * `dist/.htaccess` for Apache). For nginx, `npx tsx scripts/security-headers.ts nginx` prints the
 * `add_header` lines. Change the policy here; nothing else spells it out.
 *
 * Imported reports are untrusted: no inline script may run but the two the build writes into
 * index.html, allowed by their hashes; nothing is fetched from elsewhere, and no other site may frame
 * the app (a framed reader could be overlaid to trick clicks).
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * A script to write inline, minified: it is shipped in every page and counts against the first
 * screen's budget (`bench:size`), 0.26 KB less than as written. The hash is of the minified text.
 */
const readScript = (path: string, format?: 'esm') => {
  const source = readFileSync(new URL(path, import.meta.url), 'utf8');
  const text = transformSync(source, { minify: true, ...(format ? { format } : {}) }).code.trim();
  if (/<\/script/i.test(text)) throw new Error(`${path} cannot be written inline: it contains "</script".`);
  return text;
};

/**
 * The scripts vite.config.ts writes inline into index.html with the prerendered first screen
 * (`prerenderFirstScreen`): the head script (saved theme and size; hides the prerender from a visitor
 * whose choices differ) and the module that loads the app once the prerender is painted. Inline
 * rather than files: a classic script in <head> blocks the parser until it has loaded, which held the
 * first paint for a request. Their hashes, in `script-src`, let exactly these texts run and nothing else.
 */
export const FIRST_SCREEN_SCRIPTS = {
  head: readScript('../src/app/first-screen-head.js'),
  loader: readScript('../src/app/first-screen-loader.js', 'esm'),
};

/** A CSP source that allows one inline script whose text is exactly `text`. */
export const scriptHashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Directive → sources. Order is the order written. */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', ["'self'", ...Object.values(FIRST_SCREEN_SCRIPTS).map(scriptHashSource)].join(' ')],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta>` policy may not carry: browsers ignore them there and warn in the console. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as delivered: in a header, everything; in a `<meta>` tag, what a meta tag can enforce. */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Every response's security headers. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  // Browsers older than CSP 2 know only this way of refusing to be framed.
  'X-Frame-Options': 'DENY',
  // A report file served as text/plain is never sniffed into HTML or script.
  'X-Content-Type-Options': 'nosniff',
  // The app links out only from reports the user imported; the address it was opened at (with `?fact=`) stays private.
  'Referrer-Policy': 'no-referrer',
};

for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
  // Host files quote values with double quotes.
  if (/["\n\\]/.test(value)) throw new Error(`security header ${name} cannot be written to host files: ${value}`);
}

export type HostFormat = 'netlify' | 'apache' | 'nginx';

/** The headers in a host's configuration syntax. */
export function hostConfig(format: HostFormat): string {
  const entries = Object.entries(SECURITY_HEADERS);
  const generated = 'Generated from scripts/security-headers.ts; edit the policy there, not here.';
  switch (format) {
    case 'netlify':
      // Netlify and Cloudflare Pages: a `_headers` file at the site's root.
      return [`# ${generated}`, '/*', ...entries.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
    case 'apache':
      // An `.htaccess` beside index.html (needs mod_headers and AllowOverride FileInfo).
      return [
        `# ${generated}`,
        '<IfModule mod_headers.c>',
        ...entries.map(([name, value]) => `  Header always set ${name} "${value}"`),
        '</IfModule>',
        '',
      ].join('\n');
    case 'nginx':
      // In the server block; nginx drops these in any location that has add_header lines of its own.
      return [`# ${generated}`, ...entries.map(([name, value]) => `add_header ${name} "${value}" always;`), ''].join('\n');
  }
}

/** Host files the build writes next to index.html. */
export const HOST_FILES: { fileName: string; format: HostFormat }[] = [
  { fileName: '_headers', format: 'netlify' },
  { fileName: '.htaccess', format: 'apache' },
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const format = process.argv[2] as HostFormat | undefined;
  if (format !== 'netlify' && format !== 'apache' && format !== 'nginx') {
    process.stderr.write('usage: npx tsx scripts/security-headers.ts nginx|apache|netlify\n');
    process.exit(1);
  }
  process.stdout.write(hostConfig(format));
}
