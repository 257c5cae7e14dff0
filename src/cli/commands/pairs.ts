import { scorePair } from '../../analysis/align/pair.ts';
import { CliError } from '../cli-error.ts';
import { readJsonLines } from '../read-jsonl.ts';

/** `pairs --jsonl`: one `{"id","score","same"}` line per `{"id","a","b"}` input line. */
export async function runPairs(args: string[]): Promise<void> {
  if (!args.includes('--jsonl')) throw new CliError('pairs: only --jsonl is supported');
  for await (const row of readJsonLines()) {
    if (typeof row.a !== 'string' || typeof row.b !== 'string') throw new CliError(`pairs: input ${JSON.stringify(row.id)} needs string fields "a" and "b"`);
    const { score, same } = scorePair(row.a, row.b);
    process.stdout.write(JSON.stringify({ id: row.id, score, same }) + '\n');
  }
}
