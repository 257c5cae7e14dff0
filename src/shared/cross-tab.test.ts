// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crossTab } from './cross-tab.ts';

afterEach(() => vi.unstubAllGlobals());

describe('crossTab', () => {
  it('delivers to other channels of the same name, not to the sender', async () => {
    const first = crossTab<{ id: string }>('test-delivery');
    const second = crossTab<{ id: string }>('test-delivery');
    const heardByFirst: unknown[] = [];
    first.subscribe((m) => heardByFirst.push(m));
    const heard = new Promise((resolve) => second.subscribe(resolve));
    first.post({ id: 'a' });
    expect(await heard).toEqual({ id: 'a' });
    expect(heardByFirst).toEqual([]);
    first.close();
    second.close();
  });

  it('falls back to storage events where there is no BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = crossTab<string[]>('test-fallback');
    const heard: string[][] = [];
    channel.subscribe((m) => heard.push(m));
    channel.post(['a']);
    const written = localStorage.getItem('parallax.tab-message.test-fallback');
    expect(JSON.parse(written!).message).toEqual(['a']);
    // The browser fires `storage` in the other tabs only; here the test plays the other tab.
    window.dispatchEvent(new StorageEvent('storage', { key: 'parallax.tab-message.test-fallback', newValue: written }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: '{}' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'parallax.tab-message.test-fallback', newValue: 'not json' }));
    expect(heard).toEqual([['a']]);
  });
});
