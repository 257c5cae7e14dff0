import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A static server on its own port (so its own origin, service worker and storage) that can switch builds. */
export interface TwoBuilds {
  url: string;
  /** Serve the next build from now on, as a deploy would. */
  deploy(): void;
  close(): Promise<void>;
}

/**
 * Serves the production build in `dist`, then, after `deploy()`, a next build made from it: every
 * hashed script renamed (as a changed build renames its chunks), references and the service worker's
 * precache list rewritten to match. A tab still running the first build then asks for chunks the
 * server no longer has, exactly as after a real deploy, without a second `vite build`.
 */
export async function serveTwoBuilds(dist: string): Promise<TwoBuilds> {
  const root = await mkdtemp(path.join(tmpdir(), 'parallax-builds-'));
  const first = path.join(root, 'first');
  const next = path.join(root, 'next');
  await cp(dist, first, { recursive: true });
  await cp(dist, next, { recursive: true });
  await makeNextBuild(next);
  let current = first;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(current, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(current)) {
      response.writeHead(400).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => {
      current = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function makeNextBuild(dir: string): Promise<void> {
  const assets = path.join(dir, 'assets');
  const renamed = new Map<string, string>();
  for (const name of await readdir(assets)) {
    if (!name.endsWith('.js')) continue;
    const to = name.replace(/\.js$/, '-next.js');
    await rename(path.join(assets, name), path.join(assets, to));
    renamed.set(name, to);
  }
  const textFiles = [
    path.join(dir, 'index.html'),
    path.join(dir, 'sw.js'),
    ...(await readdir(assets)).filter((n) => /\.(js|css)$/.test(n)).map((n) => path.join(assets, n)),
  ];
  for (const file of textFiles) {
    let text = await readFile(file, 'utf8');
    for (const [from, to] of renamed) text = text.split(from).join(to);
    // index.html changed with its script names, so its precache revision changes too.
    if (file.endsWith('sw.js')) text = text.replace(/(url:"index\.html",revision:")[^"]+/, '$1next-build');
    await writeFile(file, text);
  }
}
