import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, FIRST_SCREEN_SCRIPTS, HOST_FILES, hostConfig, SECURITY_HEADERS } from './security-headers.ts';

describe('security headers', () => {
  it('keeps frame-ancestors out of the meta policy, which browsers would ignore there, and in the header', () => {
    expect(contentSecurityPolicy('header')).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy('header').startsWith(contentSecurityPolicy('meta'))).toBe(true);
  });

  it('writes every header, with the same value, into each host format', () => {
    for (const format of ['netlify', 'apache', 'nginx'] as const) {
      const config = hostConfig(format);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        const lines = config.split('\n').filter((line) => line.includes(` ${name}`) || line.trimStart().startsWith(`${name}:`));
        expect(lines, `${format}: ${name}`).toHaveLength(1);
        expect(lines[0]).toContain(value);
      }
    }
    expect(HOST_FILES.map((file) => file.fileName)).toEqual(['_headers', '.htaccess']);
  });

  it('lets scripts run from the app itself and, by their hashes, the inline first-screen scripts, and nothing else', () => {
    const hashes = [FIRST_SCREEN_SCRIPTS.head, FIRST_SCREEN_SCRIPTS.loader].map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    for (const delivery of ['header', 'meta'] as const) {
      const scriptSrc = contentSecurityPolicy(delivery)
        .split('; ')
        .find((directive) => directive.startsWith('script-src '));
      expect(scriptSrc).toBe(`script-src 'self' ${hashes.join(' ')}`);
    }
    // Written minified, as shipped: what each does is still there, and no comment or indentation is.
    expect(FIRST_SCREEN_SCRIPTS.head).toMatch(/\.setAttribute\("data-prerender","stale"\)/);
    expect(FIRST_SCREEN_SCRIPTS.loader).toMatch(/import\(\w+\)/);
    for (const text of Object.values(FIRST_SCREEN_SCRIPTS)) expect(text).not.toMatch(/\/\/|\n\s/);
  });
});
