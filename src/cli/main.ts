import { runCompare } from './commands/compare.ts';
import { runPairs } from './commands/pairs.ts';
import { runTimex } from './commands/timex.ts';
import { CliError } from './cli-error.ts';

const USAGE = `usage: parallax <command> [options]
  compare --json FILE...      compare reports (plain text, HTML or Markdown), print JSON
  compare --format F FILE...  the same comparison as json | md | csv (facts) | timeline-csv | ics
  compare --published FILE=YYYY-MM-DD ...
                              set a report's publication date (repeatable, FILE as given among the
                              inputs); it wins over a date the text states, its front matter or one inferred
  timex --jsonl               tag time expressions: stdin {"id","dct","text"} lines → {"id","timexes"} lines
                              ("dct": YYYY-MM-DD or an ISO timestamp; missing, null or "" for none)
  pairs --jsonl [--story]     score sentence pairs: stdin {"id","a","b"} lines → {"id","score","same","reasons"} lines
                              (--story: with the model and threshold the app links reports' sentences by;
                              a pair alone weighs its words by the pair and English, so the score can differ
                              from the same two sentences' in \`compare\`, which weighs them over all the reports)

A report file (a regular file, a pipe, a device, /dev/stdin) or one JSONL line over 5 MB is refused;
reading stops at the limit. A bad JSONL line (not JSON, a missing field, a bad "dct") is reported on
stderr by line number and id and gets no output line; the lines after it are still answered, and the
exit code is then 1.`;

const commands: Record<string, (args: string[]) => Promise<void>> = {
  compare: runCompare,
  timex: runTimex,
  pairs: runPairs,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) throw new CliError(name ? `unknown command "${name}"\n${USAGE}` : USAGE);
  await command(args);
}

// A reader that stops early (`… | head`) closes the pipe: nothing more is wanted, so stop quietly,
// as Unix tools do, rather than die on the failed write with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  // One line on stderr that says what was wrong with which input; stack traces only for real bugs.
  process.stderr.write(`parallax: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!(error instanceof CliError) && error instanceof Error && process.env.PARALLAX_DEBUG) console.error(error.stack);
  process.exitCode = 1;
});
