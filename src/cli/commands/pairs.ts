import { scorePair } from '../../analysis/align/pair.ts';
import { CliError } from '../cli-error.ts';
import { readJsonLines } from '../read-jsonl.ts';

/**
 * `pairs --jsonl [--story]`: one `{"id","score","same"}` line per `{"id","a","b"}` input line.
 * `--story` answers as the app does for two sentences of reports compared as one story.
 */
export async function runPairs(args: string[]): Promise<void> {
  if (!args.includes('--jsonl')) throw new CliError('pairs: only --jsonl is supported');
  const unknown = args.filter((a) => a !== '--jsonl' && a !== '--story');
  if (unknown.length) throw new CliError(`pairs: unknown option ${unknown[0]}`);
  const context = args.includes('--story') ? 'story' : 'pair';
  for await (const row of readJsonLines()) {
    if (typeof row.a !== 'string' || typeof row.b !== 'string') throw new CliError(`pairs: input ${JSON.stringify(row.id)} needs string fields "a" and "b"`);
    const { score, same } = scorePair(row.a, row.b, { context });
    process.stdout.write(JSON.stringify({ id: row.id, score, same }) + '\n');
  }
}
