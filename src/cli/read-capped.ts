import { createReadStream } from 'node:fs';

/**
 * Reads a whole source, or stops once it holds more than `limit` bytes and returns null. A size
 * check before reading only works for regular files: `/dev/zero`, a pipe or a terminal report size
 * 0 and would be read into memory without end, so the bytes themselves are counted. Memory stays
 * under `limit` plus one chunk; leaving the loop early destroys the stream and closes the file.
 */
export async function readCapped(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > limit) return null;
    chunks.push(bytes);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `readCapped` over a path: a regular file, a device, a named pipe or `/dev/stdin` alike. */
export function readFileCapped(path: string, limit: number): Promise<Uint8Array | null> {
  return readCapped(createReadStream(path), limit);
}
