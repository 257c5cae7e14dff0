import { expect, test } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { addDraftToLibrary, chooseImportFiles, importDraft, openLibrary, openReader } from './helpers.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

/** `name value` as one directive of a Content-Security-Policy. */
const directive = (name: string, value: string) => new RegExp(`(^|;\\s*)${name} ${value}\\s*(;|$)`);
/** `'self'` and sha256 hashes, nothing else: no 'unsafe-inline', no other origin. */
const SCRIPT_SOURCES = "'self'( 'sha256-[A-Za-z0-9+/]+=*')+";

test('the app is served with its security policy as headers; the meta tag keeps what a meta tag can carry', async ({ page }) => {
  for (const url of ['/', '/?view=timeline&fact=f2']) {
    const response = await page.goto(url);
    expect(response?.ok()).toBe(true);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(directive('frame-ancestors', "'none'"));
    // Scripts: the app's own files, and by its hash the one inline script the build writes (the prerender's head script).
    expect(headers['content-security-policy']).toMatch(directive('script-src', SCRIPT_SOURCES));
    expect(headers['content-security-policy']).toMatch(directive('style-src', "'self'"));
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');

    // For hosts that cannot set headers; frame-ancestors is ignored in a meta tag, so it is not there.
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(meta).toMatch(directive('script-src', SCRIPT_SOURCES));
    expect(meta).not.toContain('frame-ancestors');
  }
});

test('a page on another origin cannot frame the app', async ({ page, baseURL }) => {
  // A real server on another port (another origin, but a local one: Chromium refuses a public page
  // framing localhost anyway, which would let this test pass without the policy).
  const framer = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>Framer</title><iframe src="${baseURL}/" width="900" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, 'localhost', resolve));
  try {
    const { port } = framer.address() as AddressInfo;
    // The framer's load event waits for the iframe's: after goto, the frame holds the app or an error page.
    await page.goto(`http://localhost:${port}/`);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(framed).toBeDefined();
    expect(await framed!.evaluate(() => document.getElementById('root') !== null)).toBe(false);
    expect(framed!.url()).not.toBe(`${baseURL}/`);
  } finally {
    framer.close();
  }
});

test('importing an HTML page full of inline styles logs no console errors, and what a style hid stays out', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openReader(page);
  const dialog = await openLibrary(page);
  await chooseImportFiles(dialog, fixture('styled-page.html'));
  const draft = importDraft(dialog);
  await expect(draft.getByLabel('Title', { exact: true })).toHaveValue('Water board approves second reservoir');
  await expect(draft.getByLabel('Source', { exact: true })).toHaveValue('Marlow Gazette');
  await expect(draft).toContainText('The regional water board voted on Wednesday');
  // Five paragraphs: the display:none promo between them is not one.
  await expect(draft).toContainText('5 paragraphs');
  await addDraftToLibrary(dialog);
  expect(errors).toEqual([]);
});
