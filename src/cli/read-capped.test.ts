import { describe, expect, it } from 'vitest';
import { readCapped, readFileCapped } from './read-capped.ts';

/** A source that never ends, as a pipe from `yes` or a device would be. */
async function* endless(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  for (;;) yield chunk;
}

describe('readCapped', () => {
  it('returns everything up to the limit, joined', async () => {
    const bytes = await readCapped([new Uint8Array([1, 2]), 'ab', new Uint8Array([3])], 5);
    expect(bytes && [...bytes]).toEqual([1, 2, 0x61, 0x62, 3]);
  });

  it('stops an endless source once it passes the limit', async () => {
    expect(await readCapped(endless(new Uint8Array(1000)), 10_000)).toBeNull();
  });

  it('stops reading /dev/zero, whose size is 0, at the limit', async () => {
    expect(await readFileCapped('/dev/zero', 100_000)).toBeNull();
  });
});
