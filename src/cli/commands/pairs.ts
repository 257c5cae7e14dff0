import { scorePair } from '../../analysis/align/pair.ts';
import { CliError } from '../cli-error.ts';
import { processIo, type CliIo } from '../io.ts';
import { runJsonLines } from '../run-jsonl.ts';

/**
 * `pairs --jsonl [--story]`: one `{"id","score","same","reasons"}` line per `{"id","a","b"}` input line.
 * `--story` answers as the app does for two sentences of reports compared as one story. `reasons` are
 * what the app's tooltips say of a link ("tfidf=0.61", "names=cameron", "differs number: 12 vs 15"):
 * a score alone left a reader no way to see why two sentences did or did not match.
 */
export async function runPairs(args: string[], io: CliIo = processIo, input: AsyncIterable<Uint8Array | string> = process.stdin): Promise<void> {
  if (!args.includes('--jsonl')) throw new CliError('pairs: only --jsonl is supported');
  const unknown = args.filter((a) => a !== '--jsonl' && a !== '--story');
  if (unknown.length) throw new CliError(`pairs: unknown option ${unknown[0]}`);
  const context = args.includes('--story') ? 'story' : 'pair';
  await runJsonLines('pairs', input, io, (row) => {
    if (typeof row.a !== 'string' || typeof row.b !== 'string') return { ok: false, error: 'needs string fields "a" and "b"' };
    const { score, same, reasons } = scorePair(row.a, row.b, { context });
    return { ok: true, output: { id: row.id, score, same, reasons } };
  });
}
