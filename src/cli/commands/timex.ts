import { tagTimexes } from '../../analysis/time/tag.ts';
import { CliError } from '../cli-error.ts';
import { readJsonLines } from '../read-jsonl.ts';

/** `timex --jsonl`: one `{"id","timexes"}` line per `{"id","dct","text"}` input line. */
export async function runTimex(args: string[]): Promise<void> {
  if (!args.includes('--jsonl')) throw new CliError('timex: only --jsonl is supported');
  for await (const row of readJsonLines()) {
    if (typeof row.text !== 'string') throw new CliError(`timex: input ${JSON.stringify(row.id)} needs a string field "text"`);
    const dct = typeof row.dct === 'string' && row.dct ? row.dct : null;
    const timexes = tagTimexes(row.text, dct).map(({ start, end, type, value }) => ({ start, end, type, value }));
    process.stdout.write(JSON.stringify({ id: row.id, timexes }) + '\n');
  }
}
