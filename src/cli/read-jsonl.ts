import { createInterface } from 'node:readline';
import { CliError } from './cli-error.ts';

/** Reads JSON lines from stdin, skipping blank lines; a malformed line is a CliError naming its number. */
export async function* readJsonLines(): AsyncGenerator<Record<string, unknown>> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`stdin line ${lineNumber}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new CliError(`stdin line ${lineNumber}: expected a JSON object`);
    }
    yield value as Record<string, unknown>;
  }
}
