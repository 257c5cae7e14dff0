import { readIsoDate } from '../../analysis/report/dateline.ts';
import { tagTimexes } from '../../analysis/time/tag.ts';
import { CliError } from '../cli-error.ts';
import { processIo, type CliIo } from '../io.ts';
import { runJsonLines, type LineAnswer } from '../run-jsonl.ts';

/**
 * `timex --jsonl`: one `{"id","timexes"}` line per `{"id","dct","text"}` input line. `dct` may be
 * missing, null or "" (no reference date); otherwise it must be an ISO date or timestamp, because
 * a mistyped one would silently leave every relative expression unresolved.
 */
export async function runTimex(args: string[], io: CliIo = processIo, input: AsyncIterable<Uint8Array | string> = process.stdin): Promise<void> {
  if (!args.includes('--jsonl')) throw new CliError('timex: only --jsonl is supported');
  const unknown = args.filter((a) => a !== '--jsonl');
  if (unknown.length) throw new CliError(`timex: unknown option ${unknown[0]}`);
  await runJsonLines('timex', input, io, answer);
}

function answer(row: Record<string, unknown>): LineAnswer {
  if (typeof row.text !== 'string') return { ok: false, error: 'needs a string field "text"' };
  const dct = row.dct === undefined || row.dct === null || row.dct === '' ? null : row.dct;
  if (dct !== null && (typeof dct !== 'string' || !readIsoDate(dct))) {
    return { ok: false, error: `"dct" ${JSON.stringify(dct)} is not a date in the form YYYY-MM-DD (or an ISO timestamp)` };
  }
  const timexes = tagTimexes(row.text, dct).map(({ start, end, type, value }) => ({ start, end, type, value }));
  return { ok: true, output: { id: row.id, timexes } };
}
