import { MAX_IMPORT_BYTES, formatBytes } from '../analysis/import/limits.ts';
import { CliError } from './cli-error.ts';

/** One input line: its parsed object, or why it is not one. `line` is 1-based. */
export type JsonLine = { line: number; value: Record<string, unknown> } | { line: number; error: string };

/**
 * Splits a byte stream into JSON objects, one per line, skipping blank lines. A line that is not a
 * JSON object is yielded as an error so the command can report it and go on with the next one. A
 * UTF-8 BOM at the start of a line is dropped. A line longer than `maxLineBytes`
 * stops the whole read with a CliError: without a newline in sight (`/dev/zero`, a binary file) the
 * line would otherwise be held in memory without bound, and there is no next line to go on with.
 */
export async function* readJsonLines(input: AsyncIterable<Uint8Array | string>, maxLineBytes = MAX_IMPORT_BYTES): AsyncGenerator<JsonLine> {
  const decoder = new TextDecoder();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  const tooLong = () => new CliError(`stdin line ${lineNumber + 1}: longer than ${formatBytes(maxLineBytes)}, the limit for one line; stopped`);
  const take = (tail: Uint8Array): JsonLine | null => {
    const bytes = concat(pending, pendingBytes, tail);
    pending = [];
    pendingBytes = 0;
    lineNumber++;
    // Each decode call drops a BOM at its start: the one Windows editors write before line 1, and
    // those left mid-stream by files joined with `cat`.
    const text = decoder.decode(bytes);
    return text.trim() ? parseLine(text, lineNumber) : null;
  };
  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a)) {
      if (pendingBytes + nl > maxLineBytes) throw tooLong();
      const row = take(bytes.subarray(0, nl));
      if (row) yield row;
      bytes = bytes.subarray(nl + 1);
    }
    if (pendingBytes + bytes.length > maxLineBytes) throw tooLong();
    if (bytes.length) {
      // Copied: a stream may reuse its chunk's buffer.
      pending.push(bytes.slice());
      pendingBytes += bytes.length;
    }
  }
  if (pendingBytes) {
    const row = take(new Uint8Array());
    if (row) yield row;
  }
}

function parseLine(text: string, line: number): JsonLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, error: 'expected a JSON object' };
  return { line, value: value as Record<string, unknown> };
}

function concat(parts: Uint8Array[], length: number, tail: Uint8Array): Uint8Array {
  if (parts.length === 0) return tail;
  const out = new Uint8Array(length + tail.length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  out.set(tail, at);
  return out;
}

/** "stdin line 3 (id "a7")": where a bad input line is, by number and, when it has one, by id. */
export function lineLabel(line: number, id?: unknown): string {
  return id === undefined || id === null ? `stdin line ${line}` : `stdin line ${line} (id ${JSON.stringify(id)})`;
}
