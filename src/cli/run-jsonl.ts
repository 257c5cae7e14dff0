import { CliError } from './cli-error.ts';
import type { CliIo } from './io.ts';
import { lineLabel, readJsonLines } from './read-jsonl.ts';

/** What a command makes of one input object: the object to print, or why the line is refused. */
export type LineAnswer = { ok: true; output: Record<string, unknown> } | { ok: false; error: string };

/**
 * The loop shared by the JSONL commands: one output line per good input line, in input order. A bad
 * line (not JSON, a missing field, a bad `dct`) is reported on stderr by line number and id, and the
 * lines after it are still answered: one typo in a batch of thousands should not cost the rest, and
 * every bad line is listed in one run. The run then ends in a CliError (exit code 1) that counts
 * them, so a script cannot mistake a partial answer for a complete one. Only a line over the size
 * limit stops at once (`readJsonLines`).
 */
export async function runJsonLines(
  command: string,
  input: AsyncIterable<Uint8Array | string>,
  io: CliIo,
  answer: (row: Record<string, unknown>) => LineAnswer,
): Promise<void> {
  let lines = 0;
  let bad = 0;
  for await (const row of readJsonLines(input)) {
    lines++;
    const result = 'error' in row ? row : answer(row.value);
    if ('output' in result) {
      io.stdout(JSON.stringify(result.output) + '\n');
      continue;
    }
    bad++;
    const id = 'value' in row ? row.value.id : undefined;
    io.stderr(`parallax: ${command}: ${lineLabel(row.line, id)}: ${result.error}\n`);
  }
  if (bad) throw new CliError(`${command}: ${bad} of ${lines} input ${lines === 1 ? 'line was' : 'lines were'} refused (listed above) and left unanswered`);
}
